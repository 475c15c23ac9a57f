package org.inkwell.investigations.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.investigations.ArchiveSearch;
import org.inkwell.investigations.CaseStatus;
import org.inkwell.investigations.Cases;
import org.inkwell.investigations.EvidenceExport;
import org.inkwell.investigations.InvestigationCase;
import org.inkwell.investigations.LinkedPeople;
import org.inkwell.investigations.NewSubject;
import org.inkwell.investigations.WatchKind;
import org.inkwell.investigations.WatchLists;
import org.inkwell.messaging.MessageStatus;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.FieldError;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.inkwell.screening.Category;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The investigator's pages: their cases, opening one, and under an open case the archive searched, a
 * message read with its history, tagged, watched for and exported. Every read goes through the same
 * services as the API, so the page is refused, logged and audited exactly as the API is.
 */
@WebPage
class InvestigationPages {

    /** What the search form sends; {@code q} is present whenever the form was submitted. */
    record SearchForm(String q, String facility, String inmateNumber, String email, String from, String to,
                      String status, String category, String before) {

        boolean submitted() {
            return q != null;
        }
    }

    private final Cases cases;
    private final ArchiveSearch archive;
    private final WatchLists watchLists;
    private final EvidenceExport evidence;
    private final LinkedPeople linkedPeople;
    private final FormErrors formErrors;
    private final Clock clock;

    InvestigationPages(Cases cases, ArchiveSearch archive, WatchLists watchLists, EvidenceExport evidence,
            LinkedPeople linkedPeople, FormErrors formErrors, Clock clock) {
        this.linkedPeople = linkedPeople;
        this.cases = cases;
        this.archive = archive;
        this.watchLists = watchLists;
        this.evidence = evidence;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/staff/investigations")
    String mine(Model model) {
        model.addAttribute("cases", cases.mine(Caller.required()).stream().map(c -> CaseView.of(c, clock)).toList());
        return "staff/investigations";
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/staff/investigations/new")
    String openForm(Model model) {
        model.addAttribute("accessDays", "30");
        return "staff/investigation-new";
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/staff/investigations")
    String open(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String legalBasis,
            @RequestParam(defaultValue = "") String accessDays, @RequestParam(defaultValue = "") String people,
            @RequestParam(defaultValue = "") String emails, HttpServletResponse response, Model model) {
        List<NewSubject> subjects = new ArrayList<>();
        List<String> origin = new ArrayList<>();
        for (String line : lines(people)) {
            String[] parts = line.split("[\\s:]+", 2);
            subjects.add(new NewSubject(parts[0], parts.length > 1 ? parts[1] : "", null));
            origin.add("people");
        }
        for (String line : lines(emails)) {
            subjects.add(new NewSubject(null, null, line));
            origin.add("emails");
        }
        try {
            InvestigationCase opened = cases.open(Caller.required(), caseNumber, legalBasis, number(accessDays), subjects);
            return "redirect:/staff/investigations/" + opened.id() + "?opened";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "caseNumber", "caseForm");
            model.addAttribute("errors", subjectErrorsBesideTheirBox(model, origin));
            model.addAttribute("caseNumber", caseNumber);
            model.addAttribute("legalBasis", legalBasis);
            model.addAttribute("accessDays", accessDays);
            model.addAttribute("people", people);
            model.addAttribute("emails", emails);
            return "staff/investigation-new";
        }
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/staff/investigations/{id}")
    String casePage(@PathVariable UUID id, @ModelAttribute("search") SearchForm search, HttpServletResponse response,
            Model model) {
        Caller caller = Caller.required();
        InvestigationCase found = show(caller, id, model);
        if (search.submitted() && found.status(clock.instant()) == CaseStatus.OPEN) {
            try {
                ArchiveSearch.Results results = archive.search(caller,
                        request(id, search, (ZoneId) model.getAttribute("facilityZone")));
                model.addAttribute("results", results.results());
                model.addAttribute("snippets", results.results().stream().map(r -> Snippet.of(r.snippet())).toList());
                model.addAttribute("nextBefore", results.nextBefore());
            } catch (ApiException refused) {
                formErrors.show(model, response, refused, "q", "caseSearch");
            }
        }
        return "staff/investigation";
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/staff/investigations/{id}/members")
    String addMember(@PathVariable UUID id, @RequestParam(defaultValue = "") String username,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        try {
            cases.addMember(caller, id, username.strip());
            return "redirect:/staff/investigations/" + id + "?memberAdded#members";
        } catch (ApiException refused) {
            show(caller, id, model);
            formErrors.show(model, response, refused, "username");
            model.addAttribute("search", new SearchForm(null, null, null, null, null, null, null, null, null));
            model.addAttribute("typedUsername", username);
            return "staff/investigation";
        }
    }

    /**
     * Who is linked to a person in custody ({@code facility} and {@code inmateNumber}) or an outside account
     * ({@code email}), under the case: the list, and the same links drawn. Asking is in the access log.
     */
    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/staff/investigations/{id}/links")
    String links(@PathVariable UUID id, @RequestParam(defaultValue = "") String facility,
            @RequestParam(defaultValue = "") String inmateNumber, @RequestParam(defaultValue = "") String email,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        CaseView view = CaseView.of(cases.get(caller, id), clock);
        model.addAttribute("investigation", view);
        model.addAttribute("usable", view.status() == CaseStatus.OPEN);
        model.addAttribute("facility", facility);
        model.addAttribute("inmateNumber", inmateNumber);
        model.addAttribute("email", email);
        boolean asked = !facility.isBlank() || !inmateNumber.isBlank() || !email.isBlank();
        if (asked && view.status() == CaseStatus.OPEN) {
            boolean byEmail = !email.isBlank();
            try {
                LinkedPeople.Links links = byEmail ? linkedPeople.of(caller, id, null, null, email.strip())
                        : linkedPeople.of(caller, id, facility.strip(), inmateNumber.strip(), null);
                String person = byEmail ? null : facility.strip() + ":" + inmateNumber.strip();
                model.addAttribute("links", links);
                model.addAttribute("asked", byEmail ? email.strip() : facility.strip() + " " + inmateNumber.strip());
                model.addAttribute("graph", LinkGraph.of(links, person, byEmail ? email.strip() : null));
                model.addAttribute("peopleInside", links.accounts().stream().flatMap(a -> a.contacts().stream())
                        .map(c -> c.facility() + ":" + c.inmateNumber()).distinct().count());
                model.addAttribute("sharedLinks", links.accounts().stream().mapToLong(a -> a.sharedWith().size()).sum());
            } catch (ApiException refused) {
                formErrors.show(model, response, refused, byEmail ? "email" : "inmateNumber");
                model.addAttribute("errors", besideTheAskedField(model, byEmail));
            }
        }
        return "staff/investigation-links";
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/staff/investigations/{id}/close")
    String close(@PathVariable UUID id) {
        cases.close(Caller.required(), id);
        return "redirect:/staff/investigations/" + id;
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/staff/investigations/{id}/watch")
    String watch(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String value, HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        try {
            watchLists.add(caller, id, parse(WatchKind.class, kind), value);
            return "redirect:/staff/investigations/" + id + "?watched#watch";
        } catch (ApiException refused) {
            show(caller, id, model);
            formErrors.show(model, response, refused, "value", "watchForm");
            model.addAttribute("search", new SearchForm(null, null, null, null, null, null, null, null, null));
            model.addAttribute("watchKind", kind);
            model.addAttribute("watchValue", value);
            return "staff/investigation";
        }
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/staff/investigations/{id}/watch/{watchId}/remove")
    String unwatch(@PathVariable UUID id, @PathVariable UUID watchId) {
        watchLists.remove(Caller.required(), id, watchId);
        return "redirect:/staff/investigations/" + id + "?unwatched#watch";
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/staff/investigations/{id}/alerts")
    String alerts(@PathVariable UUID id, Model model) {
        Caller caller = Caller.required();
        model.addAttribute("investigation", CaseView.of(cases.get(caller, id), clock));
        model.addAttribute("alerts", watchLists.alerts(caller, id));
        return "staff/investigation-alerts";
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping("/staff/investigations/{id}/messages/{messageId}")
    String message(@PathVariable UUID id, @PathVariable UUID messageId, Model model) {
        return showMessage(Caller.required(), id, messageId, model);
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @PostMapping("/staff/investigations/{id}/items")
    String tag(@PathVariable UUID id, @RequestParam(required = false) UUID messageId, HttpServletResponse response,
            Model model) {
        Caller caller = Caller.required();
        try {
            archive.tag(caller, id, messageId);
            return "redirect:/staff/investigations/" + id + "/messages/" + messageId + "?tagged";
        } catch (ApiException refused) {
            if (messageId == null) {
                throw refused;
            }
            formErrors.show(model, response, refused, "tag");
            return showMessage(caller, id, messageId, model);
        }
    }

    @PreAuthorize("hasRole('INVESTIGATOR')")
    @GetMapping(value = "/staff/investigations/{id}/export.zip", produces = "application/zip")
    @ResponseBody
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        EvidenceExport.Export export = evidence.export(Caller.required(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName())
                        .build().toString())
                .header("X-Manifest-SHA256", export.manifestSha256())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(export.zip());
    }

    private String showMessage(Caller caller, UUID id, UUID messageId, Model model) {
        model.addAttribute("investigation", CaseView.of(cases.get(caller, id), clock));
        model.addAttribute("message", archive.open(caller, id, messageId));
        return "staff/investigation-message";
    }

    /** The service names the asked subject {@code query}; on the page it is the box the investigator filled. */
    private static List<FieldError> besideTheAskedField(Model model, boolean byEmail) {
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) model.getAttribute("errors");
        return errors.stream().map(e -> e.field().equals("query") ? new FieldError(byEmail ? "email" : "inmateNumber",
                e.message().equals("request.invalid") ? "linksForm.query" : e.message()) : e).distinct().toList();
    }

    /** The case with what may be shown of it whatever its status; what it holds only while it is open. */
    private InvestigationCase show(Caller caller, UUID id, Model model) {
        InvestigationCase found = cases.get(caller, id);
        CaseView view = CaseView.of(found, clock);
        model.addAttribute("members", cases.members(caller, id));
        model.addAttribute("opener", found.openedBy().equals(caller.id())
                && (found.storedStatus() == CaseStatus.PENDING || found.storedStatus() == CaseStatus.OPEN));
        model.addAttribute("investigation", view);
        model.addAttribute("usable", view.status() == CaseStatus.OPEN);
        model.addAttribute("watches", watchLists.of(caller, id));
        model.addAttribute("items", view.status() == CaseStatus.OPEN ? archive.items(caller, id) : List.of());
        model.addAttribute("statuses", List.of(MessageStatus.IN_REVIEW, MessageStatus.APPROVED, MessageStatus.DELIVERED,
                MessageStatus.READ, MessageStatus.REJECTED));
        model.addAttribute("categories", Category.values());
        model.addAttribute("watchKinds", WatchKind.values());
        return found;
    }

    /** The form's words as a search; a day is a day where the investigator works, its end included. */
    private static ArchiveSearch.Request request(UUID id, SearchForm form, ZoneId zone) {
        ZoneId where = zone == null ? FacilityTime.UTC : zone;
        List<ApiException> refusals = new ArrayList<>();
        LocalDate from = day("from", form.from(), refusals);
        LocalDate to = day("to", form.to(), refusals);
        MessageStatus status = choice(MessageStatus.class, "status", form.status(), refusals);
        Category category = choice(Category.class, "category", form.category(), refusals);
        if (!refusals.isEmpty()) {
            throw ApiException.together(refusals);
        }
        Instant start = from == null ? null : from.atStartOfDay(where).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(where).toInstant();
        return new ArchiveSearch.Request(id, form.q(), form.facility(), form.inmateNumber(), form.email(), start, end,
                status, category, null, form.before());
    }

    private static LocalDate day(String field, String text, List<ApiException> refusals) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            refusals.add(ApiException.invalidField(field, "is not a date"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String text, List<ApiException> refusals) {
        try {
            return parse(type, text);
        } catch (ApiException refused) {
            refusals.add(ApiException.invalidField(field, "is not one of the choices"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidField("kind", "is not one of the choices");
        }
    }

    /**
     * The service names subjects by their place in one list; the form has two boxes, so each refusal goes
     * beside the box its line came from, once.
     */
    private static List<FieldError> subjectErrorsBesideTheirBox(Model model, List<String> origin) {
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) model.getAttribute("errors");
        LinkedHashSet<FieldError> placed = new LinkedHashSet<>();
        for (FieldError e : errors) {
            String field = e.field();
            if (field.startsWith("subjects[")) {
                int index = Integer.parseInt(field.substring("subjects[".length(), field.length() - 1));
                field = index < origin.size() ? origin.get(index) : "people";
            } else if (field.equals("subjects")) {
                field = "people";
            }
            String message = e.message().equals("request.invalid") && !field.equals(e.field())
                    ? "caseForm." + field : e.message();
            placed.add(new FieldError(field, message));
        }
        return List.copyOf(placed);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** What was typed as a whole number; anything else is treated as missing, and refused as such. */
    private static Integer number(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
