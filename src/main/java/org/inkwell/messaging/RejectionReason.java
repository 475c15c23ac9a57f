package org.inkwell.messaging;

/** Why a message was not delivered, with the explanation its sender reads. */
public enum RejectionReason {
    THREAT_OR_VIOLENCE("The message contains a threat or talks about violence or weapons."),
    DRUGS_OR_CONTRABAND("The message talks about drugs or bringing forbidden items into the facility."),
    ESCAPE_OR_SECURITY("The message talks about escape or the facility's security."),
    GANG_ACTIVITY("The message refers to gang activity."),
    SEXUAL_CONTENT("The message has sexually explicit content, which the facility does not allow."),
    THIRD_PARTY_RELAY("The message passes on messages to or from another person in custody, which is not allowed."),
    CODED_LANGUAGE("The message seems to use a code or hidden language that staff could not read."),
    FINANCIAL_SOLICITATION("The message asks for or arranges money transfers, which the facility does not allow."),
    OTHER("The message breaks the facility's correspondence rules.");

    private final String explanation;

    RejectionReason(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
