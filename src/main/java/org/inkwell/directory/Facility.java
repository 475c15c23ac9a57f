package org.inkwell.directory;

import java.util.List;
import java.util.UUID;

/**
 * A facility with everything a sender, a reviewer or the send path needs to know about it.
 * {@code kioskNetworks}: where its kiosks and tablets connect from (CIDR); when set, people inside
 * log in from there only. {@code phone}: how families reach the facility; null when it has not given one.
 * log in from there only. {@code kioskSessionMinutes}: how long "More time" may stretch a kiosk session,
 * counted from login; {@code kioskLanguage} ({@code en} or {@code es}): the language its kiosks start in.
 * {@code retentionDays}: how long messages are kept after delivery, rejection, withdrawal or release;
 * {@code legalMailFree}: privileged legal mail costs nothing; {@code maxPhotosPerMessage}: 0 when photos
 * are not accepted.
 */
public record Facility(
        UUID id,
        Agency agency,
        String code,
        String name,
        FacilityKind kind,
        String state,
        DeliveryMode delivery,
        Pricing pricing,
        int maxMessageChars,
        int reviewTargetHours,
        ReplyPolicy replyPolicy,
        List<KioskHours> kioskHours,
        String timeZone,
        int maxContacts,
        boolean invitationsNeedApproval,
        boolean autoApproveClean,
        List<String> kioskNetworks,
        int invitationsPerDay,
        String phone,
        int kioskSessionMinutes,
        String kioskLanguage,
        int retentionDays,
        boolean legalMailFree,
        int maxPhotosPerMessage) {
}
