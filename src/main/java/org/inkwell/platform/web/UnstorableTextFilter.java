package org.inkwell.platform.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.inkwell.platform.FieldError;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, with 400 and the fields named, any request whose text holds a NUL character or a lone
 * surrogate ({@link UnstorableText}): query and form parameters, every string and property
 * name of a JSON body, text bodies (a CSV roster) and text files in a multipart form. It runs for every
 * request before security and before any handler, so a new endpoint is covered without doing anything;
 * checking field by field in the handlers would be forgotten sooner or later, and a forgotten field
 * answers 500 when PostgreSQL refuses the NUL. Paths never get here with either: Tomcat refuses a NUL
 * or bytes that are not UTF-8 in the address itself ({@link ProblemReportValve} words the answer).
 */
@Component
class UnstorableTextFilter extends OncePerRequestFilter implements Ordered {

    private static final String BODY = "body";

    /**
     * The largest JSON or text body read: a long letter is a few kilobytes and a roster of a large
     * prison a few hundred; a bigger body is refused before it is held in memory, so forty parallel
     * 10 MB bodies cost the service nothing.
     */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    /** Tomcat's own limit on a form body it parses (maxPostSize); past it the parameters cannot be read. */
    private static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    private static final long MAX_DRAINED_BYTES = 32L * 1024 * 1024;

    private final JsonMapper json;

    UnstorableTextFilter(JsonMapper json) {
        this.json = json;
    }

    /** After the filters that set the request encoding and parse PUT forms, before Spring Security. */
    @Override
    public int getOrder() {
        return OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 1000;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unparsable) {
            List<FieldError> notUtf8 = QueryText.undecodable(request.getQueryString());
            if (!notUtf8.isEmpty()) {
                refuse(response, notUtf8);
            } else if (request.getContentLengthLong() > MAX_FORM_BYTES) {
                tooLarge(request, response);
            } else {
                refuse(response, List.of(new FieldError(BODY, "could not be read as form fields")));
            }
            return;
        }
        parameters.forEach((name, values) -> {
            check("parameter name", name, errors);
            for (String value : values) {
                check(name, value, errors);
            }
        });
        HttpServletRequest checked = request;
        MediaType type = mediaType(request);
        boolean jsonBody = type != null && isJson(type);
        boolean textBody = type != null && type.getType().equals("text");
        if (jsonBody || textBody) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                tooLarge(request, response);
                return;
            }
            if (jsonBody) {
                checkJson(body, errors);
            } else {
                check(BODY, new String(body, charset(type)), errors);
            }
            checked = new BufferedBodyRequest(request, body);
        } else if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
            checkFiles(request, errors);
        }
        if (!errors.isEmpty()) {
            refuse(response, errors);
            return;
        }
        chain.doFilter(checked, response);
    }

    private static void check(String field, String text, List<FieldError> errors) {
        String refusal = UnstorableText.refusal(text);
        if (refusal != null) {
            errors.add(new FieldError(UnstorableText.printable(field), refusal));
        }
    }

    /** Every string value and property name, named by its path as the validation errors name fields. */
    private void checkJson(byte[] body, List<FieldError> errors) {
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    String refusal = UnstorableText.refusal(parser.getStringCharacters(),
                            parser.getStringOffset(), parser.getStringLength());
                    if (refusal != null) {
                        errors.add(new FieldError(path(parser.streamReadContext()), refusal));
                    }
                }
            }
        } catch (JacksonException malformed) {
            // Not JSON after all: the handler's converter answers with its own 400.
        }
    }

    private static String path(TokenStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (TokenStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inArray()) {
                steps.push("[" + Math.max(0, step.getCurrentIndex()) + "]");
            } else if (step.currentName() != null) {
                steps.push(UnstorableText.printable(step.currentName()));
            }
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (!path.isEmpty() && !step.startsWith("[")) {
                path.append('.');
            }
            path.append(step);
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    /** Files sent as text (a CSV roster); images and other binary files may hold any byte. */
    private static void checkFiles(HttpServletRequest request, List<FieldError> errors) throws IOException {
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null && isText(part)) {
                    try (var in = part.getInputStream()) {
                        check(part.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8), errors);
                    }
                }
            }
        } catch (ServletException | IllegalStateException notReadable) {
            // Too large or not multipart after all: the handler's multipart resolver answers for it.
        }
    }

    private static boolean isText(Part part) {
        String name = part.getSubmittedFileName().toLowerCase(Locale.ROOT);
        return (part.getContentType() != null && part.getContentType().toLowerCase(Locale.ROOT).startsWith("text/"))
                || name.endsWith(".csv") || name.endsWith(".txt");
    }

    private static MediaType mediaType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || (type.getSubtypeSuffix() != null && type.getSubtypeSuffix().equals("json"));
    }

    private static Charset charset(MediaType type) {
        try {
            return type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * Reads and drops what is left of a moderately large body first, so the client, still sending, reads
     * the answer rather than a reset connection; anything larger still is cut off with the connection.
     */
    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long drained = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            var in = request.getInputStream();
            for (int read = in.read(buffer); read > 0 && drained <= MAX_DRAINED_BYTES; read = in.read(buffer)) {
                drained += read;
            }
        } catch (IOException closed) {
            // Tomcat closes the body of a multipart form whose file is over its limit: nothing is left to drain.
            drained = MAX_DRAINED_BYTES + 1;
        }
        if (drained > MAX_DRAINED_BYTES) {
            response.setHeader("Connection", "close");
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypeAdvice.BLANK.toString());
        problem.put("title", "Request too large");
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", "The body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB.");
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    private void refuse(HttpServletResponse response, List<FieldError> errors) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypeAdvice.BLANK.toString());
        problem.put("title", "Invalid request");
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", "Some fields hold characters that cannot be accepted: "
                + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".");
        problem.put("errors", errors);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }
}
