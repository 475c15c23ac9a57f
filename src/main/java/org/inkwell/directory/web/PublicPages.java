package org.inkwell.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.FacilityKind;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: how Inkwell works, and every facility's prices and rules, before any account. */
@WebPage
class PublicPages {

    static final int MAX_COMPARED = 4;

    private final Facilities facilities;

    PublicPages(Facilities facilities) {
        this.facilities = facilities;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/")
    String home() {
        return "public/home";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/facilities")
    String directory(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
            @RequestParam(required = false) FacilityKind kind, Model model) {
        List<Facility> found = facilities.search(q).stream()
                .filter(f -> state == null || state.isBlank() || f.state().equalsIgnoreCase(state.trim()))
                .filter(f -> kind == null || f.kind() == kind)
                .sorted(Comparator.comparing(Facility::state).thenComparing(Facility::name))
                .toList();
        model.addAttribute("facilities", found);
        model.addAttribute("q", q);
        model.addAttribute("state", state == null ? "" : state.trim().toUpperCase(Locale.ROOT));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", FacilityKind.values());
        model.addAttribute("states", facilities.search(null).stream().map(Facility::state).distinct().sorted().toList());
        return "public/facilities";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/facilities/compare")
    String compare(@RequestParam(name = "code", required = false) List<String> codes, Model model) {
        List<Facility> chosen = codes == null ? List.of() : codes.stream().distinct().limit(MAX_COMPARED)
                .map(facilities::find).flatMap(java.util.Optional::stream).toList();
        model.addAttribute("facilities", chosen);
        model.addAttribute("tooMany", codes != null && codes.stream().distinct().count() > MAX_COMPARED);
        return "public/compare";
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/facilities/{code}")
    String facility(@PathVariable String code, Model model) {
        model.addAttribute("facility", facilities.find(code)
                .orElseThrow(() -> ApiException.notFound("No facility has code " + code + ".")));
        return "public/facility";
    }
}
