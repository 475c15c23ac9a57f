package org.inkwell.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The load driver of {@code bench/run}: a process of its own that talks to the service over HTTP only,
 * with the people {@link Seed} wrote.
 * <ul>
 * <li>{@code rate <urls> <dir> <sendsPerSecond> <seconds>}: families send at a fixed rate (an open model:
 * latency counts from when a request was due, so a stalled service cannot hide its stall).</li>
 * <li>{@code pipeline <urls> <dir> <sendsPerSecond> <seconds> <jdbcUrl> [pages]}: sends at a fixed rate,
 * reviewer bots claim and decide, bots for the people inside read their inbox, mark letters read and
 * reply; with {@code pages}, the page queries of scenario 4 run alongside on the volume group. Afterwards
 * it asks the database how many messages went from sent to delivered, how fast, and whether any message
 * was claimed, charged, settled or refunded twice, as the role in {@code PGUSER} with the password in
 * {@code PGPASSWORD} (as psql and pgbench in the harness do).</li>
 * <li>{@code investigations <url> <dir> 0 <seconds>}: the investigator of {@code investigations.csv} opens a
 * case about its subjects and the facility admin approves it; then, one request at a time for
 * {@code seconds} each: searches within a subject's messages (filtered by the person), and agency-wide
 * searches for a rare and a common term (first page of 50). Earlier benchmark cases still open are
 * closed first. Prints the case's id, so the harness can add and remove watches on it.
 * {@code investigations <url> <dir> 0 <seconds> <caseId>} repeats the searches within a subject's messages
 * under that case (after the harness changed the database).</li>
 * </ul>
 * {@code urls} is a comma-separated list of service base URLs; requests go round-robin across them.
 * Prints {@code key=value} lines and writes them as JSON to {@code <dir>/<mode>.json}.
 */
public final class Load {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern UNREAD = Pattern.compile(
            "\"id\":\"([0-9a-f-]{36})\",\"contactId\":\"([0-9a-f-]{36})\",\"from\":\\{[^}]*\\},"
            + "\"body\":\"(?:[^\"\\\\]|\\\\.)*\",\"deliveredAt\":\"[^\"]*\",\"readAt\":null");
    private static final String LETTER = "Dear Pat, the kids say hello. We went to the lake on Sunday and the little one"
            + " caught her first fish. We miss you and count the days. Love, Mom";
    private static final String REPLY = "Thank you for the letter and the news about the fish. Tell her I am proud. Love to all.";
    private static final int MAX_IN_FLIGHT = 256;
    private static final Pattern CASE = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"caseNumber\":\"BENCH-[0-9]+\"[^}]*?\"status\":\"([A-Z]+)\"");
    private static final Pattern HIT = Pattern.compile("\"messageId\":");
    private static final String PIPELINE_QUEUE = """
            SELECT count(*) FROM review_task
            WHERE decided_at IS NULL AND facility_id IN (SELECT id FROM facility WHERE code LIKE 'BP-%')""";

    private final List<String> urls;
    private final Path dir;
    private final HttpClient http;
    private final AtomicLong next = new AtomicLong();
    private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    private Load(List<String> urls, Path dir) {
        this.urls = urls;
        this.dir = dir;
        this.http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Load load = new Load(List.of(args[1].split(",")), Path.of(args[2]));
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        Map<String, Object> results = switch (args[0]) {
            case "rate" -> load.rate(rate, seconds);
            case "pipeline" -> load.pipeline(rate, seconds, args[5], args.length > 6 && args[6].equals("pages"));
            case "investigations" -> args.length > 5 ? load.subjectSearches(args[5], seconds) : load.investigations(seconds);
            default -> throw new IllegalArgumentException("rate, pipeline or investigations, not " + args[0]);
        };
        StringBuilder json = new StringBuilder("{");
        results.forEach((k, v) -> {
            System.out.println(k + "=" + v);
            json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":")
                    .append(v instanceof String ? "\"" + v + "\"" : v);
        });
        String suffix = args.length > 6 ? "-" + args[6] : args[0].equals("investigations") && args.length > 5 ? "-again" : "";
        Files.writeString(load.dir.resolve(args[0] + suffix + ".json"), json.append("}\n"));
        System.exit(0);
    }

    private Map<String, Object> rate(double rate, int seconds) throws Exception {
        List<String[]> families = csv("send-families.csv");
        // The driver's own first seconds (class loading, compiling, opening connections) are not the service's
        // (as long as the run itself, at most five: bench/run --smoke runs for two).
        sendAtRate(families, rate, Math.min(5, seconds), "warmup").join();
        // The harness starts what it measures alongside (the retention run) once this file appears.
        Files.writeString(dir.resolve("rate-window-started"), Instant.now().toString());
        Thread sender = sendAtRate(families, rate, seconds, "send");
        sender.join();
        Thread.sleep(2_000);
        return sends(rate, seconds);
    }

    /** What the sender thread saw: the rate it offered, what was accepted, and how long each took. */
    private Map<String, Object> sends(double rate, int seconds) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("offered_per_s", Math.round(rate));
        results.put("accepted_per_s", Math.round(count("send.201") / (double) seconds));
        results.put("not_accepted", count("send.other"));
        results.put("not_sent_service_saturated", count("send.skipped"));
        latency(results, "send");
        return results;
    }

    private Map<String, Object> pipeline(double rate, int seconds, String jdbcUrl, boolean pages) throws Exception {
        List<String[]> families = csv("pipe-families.csv");
        List<String[]> reviewers = csv("pipe-reviewers.csv");
        List<String[]> inmates = csv("pipe-inmates.csv");
        List<Thread> bots = new ArrayList<>();
        for (String[] reviewer : reviewers) {
            bots.add(daemon(() -> reviewerBot(reviewer[0])));
        }
        for (int i = 0; i < 4; i++) {
            bots.add(daemon(() -> inmateBot(inmates)));
        }
        if (pages) {
            List<String[]> volumeFamilies = csv("volume-families.csv");
            List<String[]> volumeInmates = csv("volume-inmates.csv");
            List<String[]> volumeAdmins = csv("volume-admins.csv");
            for (int i = 0; i < 2; i++) {
                bots.add(daemon(() -> pageReader(volumeFamilies, volumeInmates, volumeAdmins)));
            }
        }
        Instant from = Instant.now();
        Thread sender = sendAtRate(families, rate, seconds, "send");
        sender.join();
        Instant to = Instant.now();
        long backlog;
        try (Connection db = database(jdbcUrl)) {
            backlog = single(db, PIPELINE_QUEUE);
            // The bots go on until the queue is empty (or 90 s), so every message of the window is
            // decided and the next run starts from an empty queue.
            long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (single(db, PIPELINE_QUEUE) > 0 && System.nanoTime() < drainUntil) {
                Thread.sleep(500);
            }
        }
        running = false;
        for (Thread bot : bots) {
            bot.join(10_000);
        }
        Map<String, Object> results = sends(rate, seconds);
        latency(results, "claim");
        latency(results, "decide");
        latency(results, "inbox");
        results.put("replies", count("reply.201"));
        if (pages) {
            latency(results, "page_conversation");
            latency(results, "page_inbox");
            latency(results, "page_stats");
        }
        results.put("request_errors", count("error"));
        results.put("pipeline_backlog_at_end", backlog);
        try (Connection db = database(jdbcUrl)) {
            delivered(db, from, to, results);
            doubles(db, results);
        }
        return results;
    }

    /** Scenario 8: a case opened and approved over the API, then searches under it, one at a time. */
    private Map<String, Object> investigations(int seconds) throws Exception {
        String investigator = null;
        String admin = null;
        List<String[]> subjects = new ArrayList<>();
        for (String[] row : csv("investigations.csv")) {
            switch (row[0]) {
                case "investigator" -> investigator = row[1];
                case "admin" -> admin = row[1];
                case "subject" -> subjects.add(row);
                default -> { }
            }
        }
        // A run that stopped half-way leaves its case open, with watches that would slow the next run's sends.
        Matcher earlier = CASE.matcher(call(get("/api/v1/investigations/cases", investigator), 200));
        while (earlier.find()) {
            if (!earlier.group(2).equals("CLOSED") && !earlier.group(2).equals("DENIED")) {
                call(post("/api/v1/investigations/cases/" + earlier.group(1) + "/close", investigator, "", false), 200);
            }
        }
        StringBuilder about = new StringBuilder();
        for (String[] subject : subjects) {
            about.append(about.isEmpty() ? "" : ",")
                    .append("{\"facility\":\"").append(subject[1]).append("\",\"inmateNumber\":\"").append(subject[2]).append("\"}");
        }
        long start = System.nanoTime();
        String opened = call(post("/api/v1/investigations/cases", investigator, "{\"caseNumber\":\"BENCH-" + System.currentTimeMillis()
                + "\",\"legalBasis\":\"Benchmark warrant\",\"accessDays\":30,\"subjects\":[" + about + "]}", false), 201);
        record("case_open", start);
        Matcher id = ID.matcher(opened);
        if (!id.find()) {
            throw new IllegalStateException("no case id in " + opened);
        }
        String caseId = id.group(1);
        start = System.nanoTime();
        call(post("/api/v1/staff/investigation-cases/" + caseId + "/decision", admin,
                "{\"decision\":\"APPROVE\",\"reason\":\"benchmark\"}", false), 200);
        record("case_approve", start);
        String search = "/api/v1/investigations/search?caseId=" + caseId + "&limit=50";
        String token = investigator;
        searchWithinSubjects(caseId, token, subjects, seconds);
        searches("search_rare", seconds, token, () -> search + "&q=" + Seed.RARE_WORD.toLowerCase(Locale.ROOT));
        searches("search_common", seconds, token, () -> search + "&q=kids");
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("case_id", caseId);
        results.put("case_subjects", subjects.size());
        latency(results, "case_open");
        latency(results, "case_approve");
        for (String name : List.of("search_subject", "search_rare", "search_common")) {
            searchLatency(results, name);
        }
        results.put("request_errors", count("error"));
        return results;
    }

    private Map<String, Object> subjectSearches(String caseId, int seconds) throws Exception {
        String investigator = null;
        List<String[]> subjects = new ArrayList<>();
        for (String[] row : csv("investigations.csv")) {
            if (row[0].equals("investigator")) {
                investigator = row[1];
            } else if (row[0].equals("subject")) {
                subjects.add(row);
            }
        }
        searchWithinSubjects(caseId, investigator, subjects, seconds);
        Map<String, Object> results = new LinkedHashMap<>();
        searchLatency(results, "search_subject");
        results.put("request_errors", count("error"));
        return results;
    }

    /** Searches filtered by one of the case's subjects: all their messages, or those holding a word or a prefix. */
    private void searchWithinSubjects(String caseId, String token, List<String[]> subjects, int seconds) throws Exception {
        String search = "/api/v1/investigations/search?caseId=" + caseId + "&limit=50";
        String[] queries = {"", "&q=kids", "&q=abuela", "&q=fish*"};
        searches("search_subject", seconds, token, () -> {
            String[] subject = subjects.get(ThreadLocalRandom.current().nextInt(subjects.size()));
            return search + "&inmateNumber=" + subject[2] + queries[ThreadLocalRandom.current().nextInt(queries.length)];
        });
    }

    private void searchLatency(Map<String, Object> results, String name) {
        latency(results, name);
        results.put(name + "_hits_per_page", Math.round(count(name + ".hits") / (double) Math.max(1, count(name + ".pages"))));
    }

    /** One search at a time for {@code seconds}, after a few not counted; counts the results on each page. */
    private void searches(String name, int seconds, String token, java.util.function.Supplier<String> path) throws Exception {
        for (int i = 0; i < 5; i++) {
            call(get(path.get(), token), 200);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(get(path.get(), token), HttpResponse.BodyHandlers.ofString());
            record(name, start);
            if (response.statusCode() != 200) {
                counter("error").incrementAndGet();
                continue;
            }
            counter(name + ".pages").incrementAndGet();
            Matcher hit = HIT.matcher(response.body());
            while (hit.find()) {
                counter(name + ".hits").incrementAndGet();
            }
        }
    }

    /** The body of a request that must answer {@code status}. */
    private String call(HttpRequest request, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static Connection database(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getenv().getOrDefault("PGUSER", "postgres"),
                System.getenv("PGPASSWORD"));
    }

    /** A sender thread issuing sends at a fixed rate from the given families, each with its own key. */
    private Thread sendAtRate(List<String[]> families, double rate, int seconds, String name) {
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        Thread sender = new Thread(() -> {
            long start = System.nanoTime();
            long interval = (long) (1e9 / rate);
            long total = (long) (rate * seconds);
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    sleepNanos(wait);
                }
                if (!inFlight.tryAcquire()) {
                    counter(name + ".skipped").incrementAndGet();
                    continue;
                }
                String[] family = families.get(ThreadLocalRandom.current().nextInt(families.size()));
                HttpRequest request = post("/api/v1/messages", family[0],
                        "{\"contactId\":\"" + family[1] + "\",\"body\":\"" + LETTER + "\"}", true);
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                    inFlight.release();
                    record(name, due);
                    counter(failure == null && response.statusCode() == 201 ? name + ".201" : name + ".other").incrementAndGet();
                });
            }
            try {
                if (!inFlight.tryAcquire(MAX_IN_FLIGHT, 30, TimeUnit.SECONDS)) {
                    System.err.println("sends still unanswered 30 s after the run");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sender.start();
        return sender;
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void reviewerBot(String token) {
        while (running) {
            try {
                long start = System.nanoTime();
                HttpResponse<String> claim = http.send(post("/api/v1/staff/review/claim", token, "", false),
                        HttpResponse.BodyHandlers.ofString());
                record("claim", start);
                if (claim.statusCode() == 204) {
                    // An empty queue: look again shortly, as the reviewer console does, rather than spin (at
                // random moments, so the bots do not wake in step and queue up behind each other).
                    Thread.sleep(250 + ThreadLocalRandom.current().nextInt(500));
                    continue;
                }
                Matcher id = ID.matcher(claim.body());
                if (claim.statusCode() != 200 || !id.find()) {
                    counter("error").incrementAndGet();
                    Thread.sleep(50 + ThreadLocalRandom.current().nextInt(100));
                    continue;
                }
                boolean reject = ThreadLocalRandom.current().nextInt(50) == 0;
                start = System.nanoTime();
                HttpResponse<Void> decided = http.send(post("/api/v1/staff/review/" + id.group(1) + "/decision", token,
                        reject ? "{\"decision\":\"REJECT\",\"reasonCode\":\"OTHER\"}" : "{\"decision\":\"APPROVE\"}", false),
                        HttpResponse.BodyHandlers.discarding());
                record("decide", start);
                if (decided.statusCode() != 200) {
                    counter("error").incrementAndGet();
                }
            } catch (IOException e) {
                counter("error").incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A person inside at a kiosk: opens the inbox, reads the first unread letter, answers one in five. */
    private void inmateBot(List<String[]> inmates) {
        while (running) {
            try {
                String token = inmates.get(ThreadLocalRandom.current().nextInt(inmates.size()))[0];
                long start = System.nanoTime();
                HttpResponse<String> inbox = http.send(get("/api/v1/inmate/inbox", token), HttpResponse.BodyHandlers.ofString());
                record("inbox", start);
                Matcher unread = UNREAD.matcher(inbox.body());
                if (inbox.statusCode() == 200 && unread.find()) {
                    http.send(post("/api/v1/inmate/messages/" + unread.group(1) + "/read", token, "", false),
                            HttpResponse.BodyHandlers.discarding());
                    if (ThreadLocalRandom.current().nextInt(5) == 0) {
                        HttpResponse<Void> reply = http.send(post("/api/v1/inmate/messages", token,
                                "{\"contactId\":\"" + unread.group(2) + "\",\"body\":\"" + REPLY + "\"}", true),
                                HttpResponse.BodyHandlers.discarding());
                        counter(reply.statusCode() == 201 ? "reply.201" : "error").incrementAndGet();
                    }
                } else if (inbox.statusCode() != 200) {
                    counter("error").incrementAndGet();
                }
                Thread.sleep(50 + ThreadLocalRandom.current().nextInt(100));
            } catch (IOException e) {
                counter("error").incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Scenario 4: what a family, a person inside and a facility admin open, on the national-shaped history. */
    private void pageReader(List<String[]> families, List<String[]> inmates, List<String[]> admins) {
        while (running) {
            try {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String[] family = families.get(random.nextInt(families.size()));
                timedGet("page_conversation", "/api/v1/messages?contactId=" + family[1], family[0]);
                timedGet("page_inbox", "/api/v1/inmate/inbox", inmates.get(random.nextInt(inmates.size()))[0]);
                timedGet("page_stats", "/api/v1/staff/review/stats", admins.get(random.nextInt(admins.size()))[0]);
                Thread.sleep(10);
            } catch (IOException e) {
                counter("error").incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void timedGet(String name, String path, String token) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<Void> response = http.send(get(path, token), HttpResponse.BodyHandlers.discarding());
        record(name, start);
        if (response.statusCode() != 200) {
            counter("error").incrementAndGet();
        }
    }

    /**
     * Messages of the pipeline facilities sent in the window: how many were delivered (by the end of the
     * bots' grace period) per second of the window, and how long each took from sent to delivered.
     */
    private void delivered(Connection db, Instant from, Instant to, Map<String, Object> results) throws SQLException {
        // Throughput is what was delivered while the load ran, once the pipeline had filled (a quarter of the window).
        Instant filled = from.plus(Duration.between(from, to).dividedBy(4));
        double seconds = Duration.between(filled, to).toMillis() / 1000.0;
        try (var s = db.prepareStatement("""
                WITH w AS (SELECT CAST(? AS timestamptz) AS filled, CAST(? AS timestamptz) AS start,
                                  CAST(? AS timestamptz) AS stop)
                SELECT count(*) FILTER (WHERE delivered_at >= w.filled AND delivered_at < w.stop),
                       count(*) FILTER (WHERE sent),
                       count(*) FILTER (WHERE sent AND status = 'IN_REVIEW'),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - submitted_at)) FILTER (WHERE sent),
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - submitted_at)) FILTER (WHERE sent)
                FROM w, message m, LATERAL (SELECT m.submitted_at >= w.start AND m.submitted_at < w.stop AS sent) k
                WHERE m.facility_id IN (SELECT id FROM facility WHERE code LIKE 'BP-%')
                """)) {
            s.setTimestamp(1, Timestamp.from(filled));
            s.setTimestamp(2, Timestamp.from(from));
            s.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                results.put("pipeline_delivered_per_s", Math.round(rs.getLong(1) / seconds));
                results.put("pipeline_sent_in_window", rs.getLong(2));
                results.put("pipeline_still_in_review", rs.getLong(3));
                results.put("send_to_delivered_p50_ms", Math.round(rs.getDouble(4) * 1000));
                results.put("send_to_delivered_p99_ms", Math.round(rs.getDouble(5) * 1000));
            }
        }
    }

    /** Over the whole database: nothing claimed by two reviewers, charged, settled or refunded twice. */
    private static void doubles(Connection db, Map<String, Object> results) throws SQLException {
        results.put("claimed_twice", single(db, """
                SELECT count(*) FROM (SELECT target FROM audit_event WHERE action = 'MESSAGE_VIEWED'
                                      GROUP BY target HAVING count(DISTINCT actor_id) > 1) t"""));
        for (String kind : List.of("MESSAGE_CHARGE", "MESSAGE_SETTLED", "REFUND")) {
            results.put(kind.toLowerCase(Locale.ROOT) + "_twice", single(db, """
                    SELECT count(*) FROM (SELECT reference FROM ledger_transaction WHERE kind = '%s'
                                          GROUP BY reference HAVING count(*) > 1) t""".formatted(kind)));
        }
        results.put("delivered_without_approval", single(db, """
                SELECT count(*) FROM message m WHERE m.status IN ('DELIVERED', 'READ')
                  AND m.facility_id IN (SELECT id FROM facility WHERE code LIKE 'BP-%')
                  AND NOT EXISTS (SELECT 1 FROM review_decision d WHERE d.message_id = m.id AND d.decision = 'APPROVE')"""));
        results.put("wallets_not_matching_ledger", single(db, """
                SELECT count(*) FROM ledger_account a WHERE a.kind = 'WALLET'
                  AND a.balance_cents <> (SELECT coalesce(sum(amount_cents), 0) FROM ledger_entry e WHERE e.account_id = a.id)"""));
        results.put("unbalanced_ledger_transactions", single(db, """
                SELECT count(*) FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id HAVING sum(amount_cents) <> 0) t"""));
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpRequest post(String path, String token, String json, boolean idempotent) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (idempotent) {
            builder.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return builder.build();
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private String url() {
        return urls.get((int) (next.getAndIncrement() % urls.size()));
    }

    private void record(String name, long startNanos) {
        latencies.computeIfAbsent(name, n -> new ConcurrentHistogram(3))
                .recordValue(Math.max(0, (System.nanoTime() - startNanos) / 1_000));
    }

    private void latency(Map<String, Object> results, String name) {
        Histogram h = latencies.get(name);
        if (h == null || h.getTotalCount() == 0) {
            return;
        }
        results.put(name + "_count", h.getTotalCount());
        results.put(name + "_p50_ms", ms(h.getValueAtPercentile(50)));
        results.put(name + "_p95_ms", ms(h.getValueAtPercentile(95)));
        results.put(name + "_p99_ms", ms(h.getValueAtPercentile(99)));
        results.put(name + "_max_ms", ms(h.getMaxValue()));
    }

    private static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }

    private AtomicLong counter(String name) {
        return counts.computeIfAbsent(name, n -> new AtomicLong());
    }

    private long count(String name) {
        AtomicLong c = counts.get(name);
        return c == null ? 0 : c.get();
    }

    private List<String[]> csv(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name)).stream().map(line -> line.split(",")).toList();
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
