package org.inkwell.platform;

import java.net.URI;

import org.springframework.http.ProblemDetail;

/** The problem+json body of a refusal, the same wherever it is rendered. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ApiException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refused.status(), refused.getMessage());
        problem.setType(URI.create("about:blank"));
        problem.setTitle(refused.title());
        problem.setProperty("code", refused.code());
        if (!refused.errors().isEmpty()) {
            problem.setProperty("errors", refused.errors());
        }
        return problem;
    }
}
