package org.inkwell.screening.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.inkwell.screening.Category;
import org.inkwell.screening.TermLists;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The facility's screening terms: the agency's list it extends, and its own additions to add or retire. */
@WebPage
class TermListPages {

    private final TermLists lists;
    private final FormErrors formErrors;

    TermListPages(TermLists lists, FormErrors formErrors) {
        this.lists = lists;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/staff/terms")
    String page(Model model) {
        return show(model);
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/terms")
    String add(@RequestParam(required = false) Category category, @RequestParam(defaultValue = "") String term,
            HttpServletResponse response, Model model) {
        try {
            lists.addForFacility(Caller.required(), category, term);
            return "redirect:/staff/terms?added";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "term");
            model.addAttribute("term", term);
            model.addAttribute("category", category);
            return show(model);
        }
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/staff/terms/{id}/retire")
    String retire(@PathVariable long id) {
        lists.retireForFacility(Caller.required(), id);
        return "redirect:/staff/terms?retired";
    }

    private String show(Model model) {
        TermLists.Lists current = lists.forFacility(Caller.required());
        model.addAttribute("version", current.version());
        model.addAttribute("facilityTerms", current.terms().stream().filter(t -> t.scope().equals("FACILITY")).toList());
        model.addAttribute("agencyTerms", current.terms().stream().filter(t -> t.scope().equals("AGENCY")).toList());
        model.addAttribute("categories", Arrays.stream(Category.values()).filter(Category::termList).toList());
        return "staff/terms";
    }
}
