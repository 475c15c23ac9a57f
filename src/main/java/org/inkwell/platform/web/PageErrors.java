package org.inkwell.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.ReturnPath;
import org.inkwell.platform.SessionRefusal;
import org.inkwell.platform.WebPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors of browser pages are pages: a login for the anonymous, a plain explanation for the rest. */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(HttpServletRequest request, HttpServletResponse response) {
        if (Caller.current().isEmpty() && SessionRefusal.of(request).isPresent()) {
            return refused(SessionRefusal.of(request).get(), request, response);
        }
        if (Caller.current().isEmpty()) {
            return new ModelAndView("redirect:" + loginReturningTo(request));
        }
        return page(HttpStatus.FORBIDDEN, null, request, response);
    }

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException e, HttpServletRequest request, HttpServletResponse response) {
        return page(e.status(), detailOf(e), request, response);
    }

    /**
     * The refusal's words from the bundles by its code; a refusal without words of its own adds its English
     * detail only to an English page, so a Spanish page never shows English (its heading already explains).
     */
    private String detailOf(ApiException e) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        Object[] arguments = e.arguments().stream()
                .map(a -> a instanceof ZonedDateTime at ? FacilityTime.format(at.toInstant(), at.getZone(), locale) : a)
                .toArray();
        String known = e.code() == null ? null : messages.getMessage(e.code(), arguments, null, locale);
        if (known != null) {
            return known;
        }
        return "en".equals(locale.getLanguage()) ? e.getMessage() : null;
    }

    /** Framework refusals (a path variable of the wrong shape, a missing parameter) keep their 4xx; the rest is a bug. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        HttpStatusCode status = ErrorPage.statusOf(e);
        if (status == null) {
            log.error("Unhandled error on a page", e);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return page(status, null, request, response);
    }

    /**
     * The login page, remembering the page asked for so that logging in (or creating an account) opens it.
     * A form post cannot be replayed and the kiosk has its own login, so those go to the plain login page.
     */
    private static String loginReturningTo(HttpServletRequest request) {
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (!"GET".equals(request.getMethod()) || request.getRequestURI().startsWith("/kiosk")) {
            return "/login";
        }
        return ReturnPath.of(path).map(next -> "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
                .orElse("/login");
    }

    private static ModelAndView page(HttpStatusCode status, String detail, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(status.value());
        return ErrorPage.of(status, detail, request.getRequestURI());
    }
}
