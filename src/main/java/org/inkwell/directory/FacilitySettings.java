package org.inkwell.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a platform admin sets on a facility: its name, prices and policies. Left out: time zone
 * America/New_York, 30 contacts per person, invitations from inside need staff approval, every message is
 * reviewed by a person (no auto-approval), no kiosk networks, 5 invitations a day per person, kiosk
 * sessions of at most {@code inkwell.kiosk.session-limit} (30 minutes), kiosks in English. On a change,
 * kiosk networks, invitations a day, the kiosk settings and the phone number left out stay as they are
 * (a blank phone removes it). The second build's settings are optional: left out on creation, messages are
 * kept 365 days, legal mail is priced like any message, 5 photos a message at one unit's price each; left
 * out on a change, they stay as they are.
 */
public record FacilitySettings(
        @NotBlank @Size(max = 200) String name,
        @NotNull FacilityKind kind,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
        @NotNull DeliveryMode delivery,
        @NotNull @Valid PricingSettings pricing,
        @Min(1) @Max(100_000) int maxMessageChars,
        @Min(1) @Max(720) int reviewTargetHours,
        @NotNull ReplyPolicy replyPolicy,
        @Valid List<@NotNull @Valid KioskHours> kioskHours,
        @Size(max = 64) String timeZone,
        @Min(1) @Max(1000) Integer maxContacts,
        Boolean invitationsNeedApproval,
        Boolean autoApproveClean,
        @Size(max = 50) List<@NotNull @Size(max = 64) String> kioskNetworks,
        @Min(1) @Max(100) Integer invitationsPerDay,
        String phone,
        @Min(5) @Max(120) Integer kioskSessionMinutes,
        @Pattern(regexp = "en|es", message = "must be en or es") String kioskLanguage,
        @Min(30) @Max(3650) Integer retentionDays,
        Boolean legalMailFree,
        @Min(0) @Max(20) Integer maxPhotosPerMessage) {

    public record PricingSettings(
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
            @Min(0) @Max(100_000) long unitPriceCents,
            @Min(1) @Max(100_000) int charsPerUnit,
            @Min(0) @Max(100_000) Long photoPriceCents) {

        public PricingSettings(String currency, long unitPriceCents, int charsPerUnit) {
            this(currency, unitPriceCents, charsPerUnit, null);
        }
    }
}
