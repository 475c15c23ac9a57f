package org.inkwell.directory.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facility;
import org.inkwell.directory.FacilityKind;
import org.inkwell.directory.KioskHours;
import org.inkwell.directory.MonitoringNotice;
import org.inkwell.directory.ReplyPolicy;

/**
 * A facility as the public sees it. The list leaves the policy fields out (docs/api.md, "Directory");
 * the detail adds them, the facility's phone number and its monitoring notice (in English). Kiosk networks are shown to platform admins only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FacilityView(
        String code,
        String name,
        AgencyView agency,
        FacilityKind kind,
        String state,
        DeliveryMode delivery,
        PricingView pricing,
        int reviewTargetHours,
        Integer maxMessageChars,
        ReplyPolicy replyPolicy,
        List<KioskHours> kioskHours,
        String timeZone,
        Integer maxContacts,
        Boolean invitationsNeedApproval,
        Boolean autoApproveClean,
        List<String> kioskNetworks,
        Integer invitationsPerDay,
        String phone,
        Integer kioskSessionMinutes,
        String kioskLanguage,
        Integer retentionDays,
        Integer maxPhotosPerMessage,
        Boolean legalMailFree,
        String monitoringNotice) {

    record AgencyView(String code, String name) {
    }

    record PricingView(String currency, long unitPriceCents, int charsPerUnit, long photoPriceCents) {

        static PricingView of(Facility f) {
            return new PricingView(f.pricing().currency(), f.pricing().unitPriceCents(), f.pricing().charsPerUnit(),
                    f.pricing().photoPriceCents());
        }
    }

    static FacilityView summary(Facility f) {
        return new FacilityView(f.code(), f.name(), new AgencyView(f.agency().code(), f.agency().name()), f.kind(),
                f.state(), f.delivery(), PricingView.of(f), f.reviewTargetHours(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static FacilityView detail(Facility f) {
        return new FacilityView(f.code(), f.name(), new AgencyView(f.agency().code(), f.agency().name()), f.kind(),
                f.state(), f.delivery(), PricingView.of(f), f.reviewTargetHours(), f.maxMessageChars(), f.replyPolicy(),
                f.kioskHours(), f.timeZone(), f.maxContacts(), f.invitationsNeedApproval(), f.autoApproveClean(), null,
                f.invitationsPerDay(), f.phone(), f.kioskSessionMinutes(), f.kioskLanguage(), f.retentionDays(),
                f.maxPhotosPerMessage(), f.legalMailFree(), null);
    }

    /** The detail with the facility's monitoring notice, as families read it before writing. */
    static FacilityView detail(Facility f, MonitoringNotice notice) {
        FacilityView d = detail(f);
        return new FacilityView(d.code, d.name, d.agency, d.kind, d.state, d.delivery, d.pricing, d.reviewTargetHours,
                d.maxMessageChars, d.replyPolicy, d.kioskHours, d.timeZone, d.maxContacts, d.invitationsNeedApproval,
                d.autoApproveClean, d.kioskNetworks, d.invitationsPerDay, d.phone, d.kioskSessionMinutes, d.kioskLanguage,
                d.retentionDays, d.maxPhotosPerMessage, d.legalMailFree, notice.english(f));
    }

    /** The detail with what only its operators see: the kiosk networks. */
    static FacilityView forAdmin(Facility f) {
        FacilityView d = detail(f);
        return new FacilityView(d.code, d.name, d.agency, d.kind, d.state, d.delivery, d.pricing, d.reviewTargetHours,
                d.maxMessageChars, d.replyPolicy, d.kioskHours, d.timeZone, d.maxContacts, d.invitationsNeedApproval,
                d.autoApproveClean, f.kioskNetworks(), d.invitationsPerDay, d.phone, d.kioskSessionMinutes, d.kioskLanguage,
                d.retentionDays, d.maxPhotosPerMessage, d.legalMailFree, d.monitoringNotice);
    }
}
