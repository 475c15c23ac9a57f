package org.inkwell.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Requests sent at the same moment, each from a thread of its own, as an attacker's script would. */
public final class Parallel {

    private Parallel() {
    }

    /** Runs every request at once (they wait for each other at a start line); answers the responses in order. */
    public static List<Api.Response> all(List<Supplier<Api.Response>> requests) {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Supplier<Api.Response> request : requests) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            ready.await();
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    public static long count(List<Api.Response> responses, int status) {
        return responses.stream().filter(r -> r.status() == status).count();
    }
}
