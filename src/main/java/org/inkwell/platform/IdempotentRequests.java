package org.inkwell.platform;

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
 * The one way a keyed request (docs/api.md, "Conventions") is run: the work is done and the answer stored
 * with the key, so a retry with the same key and body gets the first answer and changes nothing, and the
 * same key with another body is refused. Work is done either in one transaction that writes the key once
 * with its answer ({@link #inOneTransaction}) or, where it calls a slow outside service, in
 * {@link Staged stages} around that call, under a claim of the key taken first.
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

    /**
     * Keyed work around a call to a slow outside service (a payment processor). The call is made between two
     * transactions, so no database connection waits on it; the work is recorded before it, so a retry after a
     * lost answer resumes it rather than starting it again.
     *
     * @param <T> what {@link #begin} recorded, handed on to the later stages
     */
    public interface Staged<T> {

        /**
         * In the transaction that claims the key: records the work, or finds what an earlier attempt with this
         * key recorded. A refusal here rolls the claim back with the work, and is not kept: a retry is asked again.
         */
        T begin();

        /**
         * Outside any transaction: the call to the outside service, and the recording of its answer. A refusal
         * here means the outcome is unknown: the key is given up, so a retry with it resumes at once.
         */
        void call(T begun);

        /** In the transaction that stores the answer: the answer, or a refusal, which is kept as the answer. */
        Object finish(T begun);
    }

    public KeyedRequest keyed(UUID owner, String key, HttpServletRequest request, Object body) {
        String validKey = Idempotency.requireValidKey(key);
        return new KeyedRequest(owner, validKey,
                Idempotency.fingerprint(request.getMethod(), request.getRequestURI(), json.writeValueAsString(body)));
    }

    /**
     * Does the work and stores its answer with the key, all in one transaction, the key written once at its
     * end; its refusals are kept too. A request whose key turns out taken (a retry, or a duplicate that ran
     * in parallel and committed first) is rolled back and gets the stored answer.
     */
    public ResponseEntity<String> inOneTransaction(KeyedRequest request, HttpStatus success, Supplier<Object> work) {
        try {
            return transactions.execute(status -> {
                String body = answer(work);
                if (!idempotency.store(request.owner(), request.key(), request.fingerprint(), success.value(), body)) {
                    throw new KeyTaken();
                }
                return respond(success.value(), body);
            });
        } catch (WorkRefused refusal) {
            String body = problem(refusal.refusal);
            int status = refusal.refusal.status().value();
            return idempotency.storeRefused(request.owner(), request.key(), request.fingerprint(), status, body)
                    ? respond(status, body) : replay(request);
        } catch (KeyTaken taken) {
            return replay(request);
        } catch (RuntimeException failed) {
            // The work may have failed only because a duplicate with this key did it first and committed.
            return idempotency.answered(request.owner(), request.key(), request.fingerprint())
                    .map(IdempotentRequests::respond).orElseThrow(() -> failed);
        }
    }

    /** The answer stored by the request that took the key. */
    private ResponseEntity<String> replay(KeyedRequest request) {
        return respond(idempotency.answered(request.owner(), request.key(), request.fingerprint())
                .orElseThrow(() -> ApiException.conflict(
                        "A request with this Idempotency-Key was just processed; retry shortly.")));
    }

    /**
     * Runs staged work once per key: {@link Staged#begin} with the claim, {@link Staged#call} outside any
     * transaction, {@link Staged#finish} with the stored answer. Refusals of the key itself, of {@code begin}
     * and of {@code call} are thrown, not kept; a retry gets the kept answer once there is one.
     */
    public ResponseEntity<String> inStages(KeyedRequest request, HttpStatus success, Staged<?> work) {
        return stages(request, success, work);
    }

    private <T> ResponseEntity<String> stages(KeyedRequest request, HttpStatus success, Staged<T> work) {
        Begun<T> begun = transactions.execute(status -> idempotency
                .claim(request.owner(), request.key(), request.fingerprint())
                .map(Begun::<T>replayed)
                .orElseGet(() -> Begun.started(work.begin())));
        if (begun.replay() != null) {
            return respond(begun.replay());
        }
        try {
            work.call(begun.work());
        } catch (ApiException unknownOutcome) {
            transactions.executeWithoutResult(status -> idempotency.release(request.owner(), request.key()));
            throw unknownOutcome;
        }
        try {
            return transactions.execute(status -> complete(request, success, () -> work.finish(begun.work())));
        } catch (WorkRefused refusal) {
            String body = problem(refusal.refusal);
            transactions.executeWithoutResult(status -> idempotency.complete(request.owner(), request.key(),
                    refusal.refusal.status().value(), body));
            return respond(refusal.refusal.status().value(), body);
        }
    }

    /** In the claiming transaction of staged work: the work, and its answer stored. */
    private ResponseEntity<String> complete(KeyedRequest request, HttpStatus success, Supplier<Object> work) {
        String body = answer(work);
        idempotency.complete(request.owner(), request.key(), success.value(), body);
        return respond(success.value(), body);
    }

    /** The work's answer as JSON; a refusal leaves as {@link WorkRefused}. */
    private String answer(Supplier<Object> work) {
        try {
            return json.writeValueAsString(work.get());
        } catch (ApiException refused) {
            throw new WorkRefused(refused);
        }
    }

    /** How a page's keyed form ended: its status, and the refusal's code when it was refused. */
    public record Outcome(int status, String code) {
    }

    /**
     * For a page's form: runs the keyed work once (the key came with the form, so a double click does it once)
     * and answers how it ended, the refusals of the key itself included, with the refusal's code read back
     * from a stored answer too.
     */
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

    private String problem(ApiException refused) {
        return json.writeValueAsString(Problems.of(refused));
    }

    private static ResponseEntity<String> respond(Idempotency.Replay replay) {
        return respond(replay.status(), replay.body());
    }

    /** Renders a stored or fresh answer: JSON for success, problem+json for refusals. */
    private static ResponseEntity<String> respond(int status, String body) {
        MediaType type = status >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON;
        return ResponseEntity.status(status).contentType(type).body(body);
    }

    /** What the claiming transaction of staged work found: the kept answer, or the work it began. */
    private record Begun<T>(Idempotency.Replay replay, T work) {
        static <T> Begun<T> replayed(Idempotency.Replay replay) {
            return new Begun<>(replay, null);
        }

        static <T> Begun<T> started(T work) {
            return new Begun<>(null, work);
        }
    }

    /** The key was stored by another request first: this one's work rolls back, and the stored answer is given. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super("idempotency key taken", null, false, false);
        }
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
