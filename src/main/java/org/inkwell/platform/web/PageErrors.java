package org.inkwell.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.SessionRefusal;
import org.inkwell.platform.WebPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Errors of browser pages are pages: a login for the anonymous, a plain explanation for the rest. */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (Caller.current().isEmpty() && SessionRefusal.of(request).isPresent()) {
            return refused(SessionRefusal.of(request).get(), response, model);
        }
        if (Caller.current().isEmpty()) {
            return "redirect:/login";
        }
        response.setStatus(403);
        model.addAttribute("status", 403);
        return "error-page";
    }

    @ExceptionHandler(ApiException.class)
    String refused(ApiException e, HttpServletResponse response, Model model) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("detail", e.getMessage());
        return "error-page";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Unhandled error on a page", e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        return "error-page";
    }
}
