package org.inkwell.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal that the client can act on, rendered as {@code application/problem+json}. Thrown by module
 * services; the transaction it crosses rolls back, so a refused request changes nothing. Its code (e.g.
 * {@code send.balance-too-low}) is stable: pages look it up in the message bundles, API clients find it
 * in the problem's {@code code} property. Refusals raised without one carry their status's generic code.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Duration retryAfter;
    private final List<ApiException> parts;
    private final List<Object> arguments;

    private ApiException(HttpStatus status, String code, String title, String detail, List<FieldError> errors,
            Duration retryAfter) {
        this(status, code, title, detail, errors, retryAfter, List.of(), List.of());
    }

    private ApiException(HttpStatus status, String code, String title, String detail, List<FieldError> errors,
            Duration retryAfter, List<ApiException> parts, List<Object> arguments) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.parts = List.copyOf(parts);
        this.arguments = List.copyOf(arguments);
    }

    /**
     * The same refusal with values for the placeholders of its code's words (e.g. when the kiosks open), so
     * a page words it in its own language; a {@link java.time.ZonedDateTime} is shown in its zone's local time.
     */
    public ApiException with(Object... values) {
        return new ApiException(status, code, title, getMessage(), errors, retryAfter, parts, List.of(values));
    }

    /**
     * Several invalid fields of one form refused together, so a person corrects them all at once. Each
     * part keeps its own code, which pages use to find the words beside each field; the answer's code is
     * the first part's.
     */
    public static ApiException together(List<ApiException> refusals) {
        if (refusals.size() == 1) {
            return refusals.get(0);
        }
        ApiException first = refusals.get(0);
        List<FieldError> all = refusals.stream().flatMap(r -> r.errors().stream()).toList();
        String detail = String.join("; ", refusals.stream().map(ApiException::getMessage).toList());
        return new ApiException(first.status, first.code, first.title, detail, all, null, refusals, List.of());
    }

    public static ApiException badRequest(String detail) {
        return badRequest("request.invalid", detail);
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, "Invalid request", detail, List.of(), null);
    }

    public static ApiException invalidField(String field, String message) {
        return invalidField("request.invalid", field, message);
    }

    public static ApiException invalidField(String code, String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    public static ApiException notFound(String detail) {
        return notFound("request.not-found", detail);
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, code, "Not found", detail, List.of(), null);
    }

    public static ApiException forbidden(String detail) {
        return forbidden("request.forbidden", detail);
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, code, "Forbidden", detail, List.of(), null);
    }

    public static ApiException conflict(String detail) {
        return conflict("request.conflict", detail);
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, "Conflict", detail, List.of(), null);
    }

    public static ApiException paymentRequired(String detail) {
        return paymentRequired("request.payment-required", detail);
    }

    public static ApiException paymentRequired(String code, String detail) {
        return new ApiException(HttpStatus.PAYMENT_REQUIRED, code, "Payment required", detail, List.of(), null);
    }

    public static ApiException unprocessable(String detail) {
        return unprocessable("request.unprocessable", detail);
    }

    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, "Unprocessable request", detail, List.of(), null);
    }

    /** The body is larger than the endpoint takes (413). */
    public static ApiException contentTooLarge(String code, String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, code, "Request too large", detail, List.of(), null);
    }

    /** The body is of a media type the endpoint does not take (415). */
    public static ApiException unsupportedMediaType(String code, String detail) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, code, "Unsupported media type", detail, List.of(), null);
    }

    public static ApiException unauthorized(String detail) {
        return unauthorized("request.unauthorized", detail);
    }

    public static ApiException unauthorized(String code, String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, code, "Unauthorized", detail, List.of(), null);
    }

    public static ApiException tooManyRequests(String detail, Duration retryAfter) {
        return tooManyRequests("request.too-many", detail, retryAfter);
    }

    public static ApiException tooManyRequests(String code, String detail, Duration retryAfter) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, "Too many requests", detail, List.of(), retryAfter);
    }

    /** An outside service the request depends on did not answer; the client should retry later. */
    public static ApiException unavailable(String detail, Duration retryAfter) {
        return unavailable("request.unavailable", detail, retryAfter);
    }

    public static ApiException unavailable(String code, String detail, Duration retryAfter) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, code, "Service unavailable", detail,
                List.of(), retryAfter);
    }

    public HttpStatus status() {
        return status;
    }

    /** The stable name of this refusal, also the key of its message in the bundles. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The refusals this one gathers (see {@link #together}); just itself for a single refusal. */
    public List<ApiException> parts() {
        return parts.isEmpty() ? List.of(this) : parts;
    }

    /** Values for the placeholders of the code's words; empty for most refusals. */
    public List<Object> arguments() {
        return arguments;
    }

    /** For 429 and 503 answers: how long until the client may try again; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
