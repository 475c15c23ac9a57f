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
 * What a platform admin sets on a facility: its name, prices and policies. A value left out comes to its
 * {@link FacilityDefaults} (a photo's price to one unit's price). On a change, kiosk networks, invitations a
 * day, the kiosk settings, the phone number and the second build's settings (retention, legal mail, photos)
 * left out stay as they are (a blank phone removes it); currency, time zone, contacts per person and the
 * approval settings left out come to their defaults again.
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
