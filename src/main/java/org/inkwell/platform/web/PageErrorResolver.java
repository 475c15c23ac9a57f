package org.inkwell.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Framework refusals that no page controller gets to handle (an unknown address, a wrong method, a path
 * variable of the wrong shape) become the error page for a browser; API clients fall through to
 * {@link ProblemHandler}'s problem+json.
 */
@Component
class PageErrorResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        HttpStatusCode status = ErrorPage.statusOf(e);
        if (status == null || !ErrorPage.wanted(request, request.getRequestURI())) {
            return null;
        }
        response.setStatus(status.value());
        return ErrorPage.of(status, null, request.getRequestURI());
    }

    /** Ahead of the exception handlers, behind Spring Boot's recorder of the error. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
