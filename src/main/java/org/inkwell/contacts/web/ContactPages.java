package org.inkwell.contacts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.contacts.Contacts;
import org.inkwell.contacts.Relationship;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Roster;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
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

    /**
     * The search form, and the person it found. A first visit (no number asked for yet) shows the form alone;
     * a search names what is missing or not found.
     */
    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/contacts/new")
    String find(@RequestParam(required = false) String facility, @RequestParam(required = false) String number,
            HttpServletResponse response, Model model) {
        if (number != null) {
            try {
                model.addAttribute("person", contacts.find(facility, number));
            } catch (ApiException refused) {
                formErrors.show(model, response, refused, "number");
            }
        }
        return form(facility, number, model);
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/contacts")
    String request(@RequestParam(required = false) String facility, @RequestParam(required = false) String number,
            @RequestParam(required = false) Relationship relationship, HttpServletResponse response, Model model) {
        try {
            contacts.request(Caller.required(), facility, number, relationship);
            return "redirect:/home?requested";
        } catch (ApiException refused) {
            formErrors.show(model, response, refused, "number");
            if (facility != null && number != null) {
                roster.findInCustody(facility, number).ifPresent(person -> model.addAttribute("person", person));
            }
            return form(facility, number, model);
        }
    }

    private String form(String facility, String number, Model model) {
        model.addAttribute("facilities", facilities.search(null));
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("facility", facility);
        model.addAttribute("number", number);
        return "family/find";
    }
}
