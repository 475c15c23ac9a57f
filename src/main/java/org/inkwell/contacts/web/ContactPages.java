package org.inkwell.contacts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.Contacts;
import org.inkwell.contacts.Relationship;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Roster;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldError;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding a loved one by facility and number, and asking to become their contact. */
@WebPage
class ContactPages {

    private final Contacts contacts;
    private final Facilities facilities;
    private final Roster roster;
    private final FormErrors formErrors;

    ContactPages(Contacts contacts, Facilities facilities, Roster roster, FormErrors formErrors) {
        this.contacts = contacts;
        this.facilities = facilities;
        this.roster = roster;
        this.formErrors = formErrors;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/contacts/new")
    String find(@RequestParam(required = false) String facility, @RequestParam(required = false) String number,
            HttpServletResponse response, Model model) {
        model.addAttribute("facilities", facilities.search(null));
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("facility", facility);
        model.addAttribute("number", number);
        if (facility != null && number != null && !number.isBlank()) {
            roster.findInCustody(facility, number).ifPresentOrElse(
                    person -> model.addAttribute("person", person),
                    () -> {
                        model.addAttribute("errors", List.of(new FieldError("number", "find.notFound")));
                        response.setStatus(404);
                    });
        }
        return "family/find";
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/contacts")
    String request(@RequestParam String facility, @RequestParam String number,
            @RequestParam(required = false) Relationship relationship, HttpServletResponse response, Model model) {
        try {
            contacts.request(Caller.required(), facility, number, relationship);
            return "redirect:/home?requested";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "number");
            model.addAttribute("facilities", facilities.search(null));
            model.addAttribute("relationships", Relationship.values());
            model.addAttribute("facility", facility);
            model.addAttribute("number", number);
            roster.findInCustody(facility, number).ifPresent(person -> model.addAttribute("person", person));
            return "family/find";
        }
    }
}
