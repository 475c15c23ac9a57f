package org.inkwell.wallet.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.wallet.ChargeSubjects;
import org.inkwell.wallet.WalletStatement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A statement as a family reads it: each line says what it was and, for a message, to whom; its time is
 * in the zone of that person's facility, and every other line's in the family's zone ({@link FamilyZone}).
 * Purchases and balance refunds link to their receipt.
 */
@Component
public class StatementLines {

    private static final String REPLY = "reply:";
    private static final String PHOTO = "photo:";

    /**
     * {@code what} is the bundle key of the line's words ({@code entry.<kind>}, with {@code .to} when the
     * person is known); {@code receipt} is the id of its receipt page, if it has one.
     */
    public record Line(WalletStatement.Entry entry, String what, String person, ZoneId zone, UUID receipt) {
    }

    private final ObjectProvider<ChargeSubjects> subjects;
    private final FamilyZone zones;

    StatementLines(ObjectProvider<ChargeSubjects> subjects, FamilyZone zones) {
        this.subjects = subjects;
        this.zones = zones;
    }

    public List<Line> of(UUID owner, WalletStatement statement) {
        ZoneId familyZone = zones.of(owner);
        List<String> references = statement.entries().stream().map(WalletStatement.Entry::reference).distinct().toList();
        Map<String, ChargeSubjects.Subject> known = subjects.stream().findFirst()
                .map(s -> s.of(references)).orElse(Map.of());
        return statement.entries().stream().map(e -> {
            ChargeSubjects.Subject subject = known.get(e.reference());
            String kind = e.reference() == null ? e.kind()
                    : e.reference().startsWith(REPLY) ? "REPLY_" + e.kind()
                    : e.reference().startsWith(PHOTO) ? "PHOTO_" + e.kind() : e.kind();
            return new Line(e, "entry." + kind + (subject == null ? "" : ".to"), subject == null ? null : subject.personName(),
                    subject == null ? familyZone : subject.zone(), receiptOf(e));
        }).toList();
    }

    private static UUID receiptOf(WalletStatement.Entry entry) {
        String prefix = switch (entry.kind()) {
            case "PURCHASE" -> "payment:";
            case "BALANCE_REFUND" -> "refund:";
            default -> null;
        };
        if (prefix == null || entry.reference() == null || !entry.reference().startsWith(prefix)) {
            return null;
        }
        try {
            return UUID.fromString(entry.reference().substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
