package org.inkwell.screening;

/**
 * What a flag is about, with its weight in the risk score. The first seven are term-list categories;
 * the rest come from detectors.
 */
public enum Category {
    THREAT_OR_VIOLENCE(45, true),
    DRUGS_OR_CONTRABAND(35, true),
    ESCAPE_OR_SECURITY(45, true),
    GANG_ACTIVITY(30, true),
    SEXUAL_CONTENT(20, true),
    FINANCIAL_SOLICITATION(25, true),
    CODED_LANGUAGE(25, true),
    THIRD_PARTY_RELAY(40, false),
    PHONE_NUMBER(15, false),
    EMAIL_ADDRESS(10, false),
    URL(10, false),
    STREET_ADDRESS(15, false),
    PAYMENT_HANDLE(25, false),
    /** Invisible or look-alike characters that make a word read differently to a machine than to a person. */
    OBFUSCATION(25, false),
    /** A term an investigation watches for: always held for a reviewer, who is never told which case. */
    WATCHLIST(50, false);

    private final int weight;
    private final boolean termList;

    Category(int weight, boolean termList) {
        this.weight = weight;
        this.termList = termList;
    }

    public int weight() {
        return weight;
    }

    public boolean termList() {
        return termList;
    }
}
