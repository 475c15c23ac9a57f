package org.inkwell.legal.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.inkwell.directory.Agency;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.legal.LegalRegistration;
import org.inkwell.legal.LegalRegistrations;
import org.inkwell.legal.LegalSender;
import org.inkwell.legal.RegistrationChange;
import org.inkwell.legal.Suspension;
import org.springframework.stereotype.Component;

/** Puts registrations and senders into the shapes the API and pages show, with names instead of ids. */
@Component
class LegalViews {

    private final LegalRegistrations registrations;
    private final Accounts accounts;
    private final Facilities facilities;

    LegalViews(LegalRegistrations registrations, Accounts accounts, Facilities facilities) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.facilities = facilities;
    }

    RegistrationView forApplicant(LegalRegistration r) {
        return RegistrationView.of(r, agencyCodes().get(r.agencyId()), registrations.today(), false, null,
                registrations.histories(List.of(r)).getOrDefault(r.id(), List.of()));
    }

    List<RegistrationView> forStaff(Collection<LegalRegistration> list) {
        Map<UUID, AccountSummary> people = accounts.findAll(list.stream().map(LegalRegistration::accountId).toList());
        Map<UUID, String> agencies = agencyCodes();
        Map<UUID, List<RegistrationChange>> histories = registrations.histories(list);
        return list.stream().map(r -> RegistrationView.of(r, agencies.get(r.agencyId()), registrations.today(),
                true, people.get(r.accountId()), histories.getOrDefault(r.id(), List.of()))).toList();
    }

    List<SenderView> senders(List<LegalSender> senders) {
        List<RegistrationView> views = forStaff(senders.stream().map(LegalSender::registration).toList());
        Map<UUID, String> facilityCodes = new HashMap<>();
        return IntStream.range(0, senders.size()).mapToObj(i -> {
            RegistrationView view = views.get(i);
            List<SenderView.SuspensionView> suspended = senders.get(i).suspensions().stream()
                    .map(s -> SenderView.SuspensionView.of(s, facilityCodes.computeIfAbsent(s.facilityId(),
                            id -> facilities.findById(id).map(Facility::code).orElse(null))))
                    .toList();
            return new SenderView(view.applicant().id(), view.applicant().fullName(), view.applicant().email(),
                    view.id(), view.barNumber(), view.barState(), view.firm(), view.phone(), view.agency(),
                    view.scope(), view.recheckOn(), view.recheckDue(), suspended);
        }).toList();
    }

    SenderView.SuspensionView suspension(Suspension s) {
        return SenderView.SuspensionView.of(s, facilities.findById(s.facilityId()).map(Facility::code).orElse(null));
    }

    private Map<UUID, String> agencyCodes() {
        return facilities.agencies().stream().collect(Collectors.toMap(Agency::id, Agency::code, (a, b) -> a));
    }
}
