package org.inkwell.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.inkwell.platform.Caller;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page a browser sees, in the site layout and the reader's language, and the rule that tells a
 * browser asking for a page from an API client: API paths always answer problem+json, other paths answer
 * HTML to a client that names {@code text/html} ahead of JSON.
 */
final class ErrorPage {

    private static final List<String> API_PATHS = List.of("/api/", "/actuator", "/v3/api-docs", "/swagger-ui");
    private static final List<Integer> EXPLAINED = List.of(400, 403, 404, 405);

    private ErrorPage() {
    }

    static boolean wanted(HttpServletRequest request, String path) {
        if (path == null || API_PATHS.stream().anyMatch(path::startsWith) || path.equals("/api")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            double html = quality(types, MediaType.TEXT_HTML);
            return html > 0 && html >= Math.max(quality(types, MediaType.APPLICATION_JSON),
                    quality(types, MediaType.APPLICATION_PROBLEM_JSON));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** The quality the client gives this exact type by name; a wildcard names none. */
    private static double quality(List<MediaType> types, MediaType wanted) {
        return types.stream()
                .filter(t -> t.getType().equalsIgnoreCase(wanted.getType()) && t.getSubtype().equalsIgnoreCase(wanted.getSubtype()))
                .mapToDouble(MediaType::getQualityValue)
                .max().orElse(0);
    }

    static ModelAndView of(HttpStatusCode status, String detail, String path) {
        ModelAndView page = new ModelAndView("error-page", status);
        int code = status.value();
        page.addObject("status", code);
        page.addObject("kind", code >= 500 ? "500" : EXPLAINED.contains(code) ? Integer.toString(code) : "other");
        page.addObject("detail", detail);
        page.addObject("caller", Caller.current().orElse(null));
        page.addObject("currentPath", path);
        return page;
    }

    /** The status a framework refusal stands for; a path variable of the wrong shape names nothing here. */
    static HttpStatusCode statusOf(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
                    ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        }
        if (e instanceof ErrorResponse response) {
            return response.getStatusCode();
        }
        if (e instanceof TypeMismatchException) {
            return HttpStatus.BAD_REQUEST;
        }
        return null;
    }
}
