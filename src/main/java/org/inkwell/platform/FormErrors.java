package org.inkwell.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a refusal on a form page: the answer's status, and the {@code errors} the layout's error summary
 * and each field show. A message is found by the refusal's code, so the words come from where the
 * refusal was raised and never from its HTTP status; a code with no words in the bundles falls back to
 * the generic {@code request.invalid}. It lives in the platform's API (not {@code platform.web}) because every
 * module's pages use it.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The refusal's field errors beside their fields; a refusal without any is shown beside {@code field}. */
    public void show(Model model, HttpServletResponse response, ApiException refused, String field) {
        show(model, response, refused, field, null);
    }

    /**
     * As {@link #show(Model, HttpServletResponse, ApiException, String)}; a field error whose refusal has no
     * words for that field is looked up as {@code fieldKeys.<field>} (the form's own words for the field).
     */
    public void show(Model model, HttpServletResponse response, ApiException refused, String field, String fieldKeys) {
        response.setStatus(refused.status().value());
        model.addAttribute("errors", errorsOf(refused, field, fieldKeys));
    }

    /**
     * As {@link #show(Model, HttpServletResponse, ApiException, String)} on a page with a form per row (a list
     * of requests, each with its own reason): there each field is named {@code <field>-<row>}.
     */
    public void showInRow(Model model, HttpServletResponse response, ApiException refused, String field, Object row) {
        response.setStatus(refused.status().value());
        model.addAttribute("errors", errorsOf(refused, field, null).stream()
                .map(e -> new FieldError(e.field() + "-" + row, e.message())).toList());
    }

    private List<FieldError> errorsOf(ApiException refused, String field, String fieldKeys) {
        List<FieldError> errors = new ArrayList<>();
        for (ApiException part : refused.parts()) {
            for (FieldError error : part.errors()) {
                String perField = part.code() + "." + error.field();
                String formKey = fieldKeys + "." + error.field();
                errors.add(new FieldError(error.field(), known(perField) ? perField
                        : fieldKeys != null && known(formKey) ? formKey : keyOf(part.code())));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError(field, keyOf(refused.code())));
        }
        return List.copyOf(errors);
    }

    /** A refusal known only by its status and code, as a stored answer to a keyed request keeps it. */
    public void show(Model model, HttpServletResponse response, int status, String code, String field) {
        response.setStatus(status);
        model.addAttribute("errors", List.of(new FieldError(field, keyOf(code))));
    }

    /** The bundles' key for a refusal's words, for a page that lists several refusals of its own. */
    public String messageKeyOf(ApiException refused) {
        return keyOf(refused.code());
    }

    private String keyOf(String code) {
        return code != null && known(code) ? code : "request.invalid";
    }

    private boolean known(String key) {
        return messages.getMessage(key, null, null, Locale.ENGLISH) != null;
    }
}
