package org.inkwell.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a keyed request exactly once: the claim of the key, the work and the stored answer in one
 * transaction. Refusals (4xx) are answered the same way on every retry too.
 */
@Component
public class IdempotentRequests {

    private final Idempotency idempotency;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    IdempotentRequests(Idempotency idempotency, TransactionTemplate transactions, JsonMapper json) {
        this.idempotency = idempotency;
        this.transactions = transactions;
        this.json = json;
    }

    /** A keyed request as the key's owner made it: who, which key, and its fingerprint. */
    public record KeyedRequest(UUID owner, String key, byte[] fingerprint) {
    }

    public KeyedRequest keyed(UUID owner, String key, HttpServletRequest request, Object body) {
        String validKey = Idempotency.requireValidKey(key);
        return new KeyedRequest(owner, validKey,
                Idempotency.fingerprint(request.getMethod(), request.getRequestURI(), json.writeValueAsString(body)));
    }

    public ResponseEntity<String> inOneTransaction(KeyedRequest request, HttpStatus success, Supplier<Object> work) {
        try {
            return transactions.execute(status -> {
                Optional<Idempotency.Replay> replay = idempotency.claim(request.owner(), request.key(), request.fingerprint());
                if (replay.isPresent()) {
                    return respond(replay.get().status(), replay.get().body());
                }
                String body;
                try {
                    body = json.writeValueAsString(work.get());
                } catch (ApiException refused) {
                    throw new WorkRefused(refused);
                }
                idempotency.complete(request.owner(), request.key(), success.value(), body);
                return respond(success.value(), body);
            });
        } catch (WorkRefused refusal) {
            ApiException refused = refusal.refusal;
            String body = json.writeValueAsString(Problems.of(refused));
            idempotency.completeRefused(request.owner(), request.key(), request.fingerprint(), refused.status().value(), body);
            return respond(refused.status().value(), body);
        }
    }

    /**
     * For a page's form: runs the keyed work once (the key came with the form, so a double click does it
     * once) and answers only the HTTP status it ended with, the refusals of the key itself included.
     */
    public int statusOf(UUID owner, String key, HttpServletRequest request, Object form, HttpStatus success,
            Supplier<Object> work) {
        try {
            return inOneTransaction(keyed(owner, key, request, form), success, work).getStatusCode().value();
        } catch (ApiException refused) {
            return refused.status().value();
        }
    }

    /** How a page's keyed form ended: its status, and the refusal's code when it was refused. */
    public record Outcome(int status, String code) {
    }

    /** Like {@link #statusOf}, with the refusal's code, read back from a stored answer too. */
    public Outcome outcomeOf(UUID owner, String key, HttpServletRequest request, Object form, HttpStatus success,
            Supplier<Object> work) {
        try {
            ResponseEntity<String> answer = inOneTransaction(keyed(owner, key, request, form), success, work);
            int status = answer.getStatusCode().value();
            return new Outcome(status, status >= 400 ? codeIn(answer.getBody()) : null);
        } catch (ApiException refused) {
            return new Outcome(refused.status().value(), refused.code());
        }
    }

    /** The {@code code} of a problem+json body; null for one stored before refusals had codes. */
    public String codeIn(String problem) {
        if (problem == null || problem.isBlank()) {
            return null;
        }
        JsonNode code = json.readTree(problem).get("code");
        return code == null || !code.isString() ? null : code.asString();
    }

    /** Renders a stored or fresh answer: JSON for success, problem+json for refusals. */
    public static ResponseEntity<String> respond(int status, String body) {
        MediaType type = status >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON;
        return ResponseEntity.status(status).contentType(type).body(body);
    }

    public String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    /** The work refused the request (its transaction rolls back); the refusal is the answer to store. */
    private static final class WorkRefused extends RuntimeException {
        private final ApiException refusal;

        WorkRefused(ApiException refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }
}
