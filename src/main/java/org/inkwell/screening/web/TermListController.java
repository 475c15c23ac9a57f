package org.inkwell.screening.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.inkwell.platform.Caller;
import org.inkwell.screening.Category;
import org.inkwell.screening.TermLists;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/staff/screening/terms")
class TermListController {

    private final TermLists lists;

    TermListController(TermLists lists) {
        this.lists = lists;
    }

    /** The agency's list and the facility's additions, with the current version. */
    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping
    TermLists.Lists terms() {
        return lists.forFacility(Caller.required());
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TermLists.ListedTerm add(@Valid @RequestBody NewTerm request) {
        return lists.addForFacility(Caller.required(), request.category(), request.term());
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retire(@PathVariable long id) {
        lists.retireForFacility(Caller.required(), id);
    }

    record NewTerm(@NotNull Category category, @NotBlank @Size(max = 100) String term) {
    }
}
