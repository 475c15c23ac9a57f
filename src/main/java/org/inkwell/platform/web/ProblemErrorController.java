package org.inkwell.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside a handler (by the servlet container or a filter, such as the page chain's 403)
 * are forwarded here: a browser asking for a page gets the error page, everyone else the same
 * problem+json shape, and never a stack trace or the container's HTML page.
 */
@RestController
class ProblemErrorController implements ErrorController {

    /** Answers a {@code ModelAndView} for browsers, a problem for the rest; the declared type is the widest. */
    @PreAuthorize("permitAll()")
    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String original ? original : request.getRequestURI();
        if (ErrorPage.wanted(request, path)) {
            return ErrorPage.of(status, null, path);
        }
        String detail = status.is5xxServerError()
                ? "Something went wrong on our side; nothing you sent was lost. Please try again."
                : status.getReasonPhrase() + ".";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
