package org.inkwell.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes the benchmark's people straight into the service's database with server-side
 * {@code INSERT … SELECT generate_series}, because creating thousands of accounts through the API
 * would spend the run hashing passwords. Rows are shaped exactly as the service writes them (approved
 * contacts, funded wallets whose purchases balance in the ledger, bearer tokens stored as SHA-256), so
 * every request the load driver then makes goes through the ordinary code paths.
 * <p>
 * Two small groups carry the load: {@code s} (families that only send, scenario 2) and {@code p}
 * (families, people inside and reviewers for the pipeline, scenario 3), each in their own facilities so
 * one scenario's backlog never slows the next. The volume group {@code v} is a national-shaped history
 * (scenario 4) at a scale factor of 6,000 facilities, 2 million people, 4 million contacts and 50 million
 * messages.
 * <p>
 * Usage: {@code Seed <jdbcUrl> <user> <password> <outDir> <groupFacilities> <groupFamilies> <scale>}.
 * Writes {@code send-families.csv}, {@code pipe-families.csv} (token,contactId),
 * {@code pipe-inmates.csv} (token,inmateId), {@code pipe-reviewers.csv} (token,facilityId) and, for
 * scenario 4, samples of the volume group in {@code volume-families.csv}, {@code volume-inmates.csv} and
 * {@code volume-admins.csv}, and for the investigations scenario {@code investigations.csv}.
 */
public final class Seed {

    static final long WALLET_CENTS = 100_000_000L;
    private static final int AGENCIES = 60;
    private static final int SAMPLES = 2_000;
    private static final long NATIONAL_MESSAGES_PER_DAY = 2_000_000L;
    /**
     * One message in {@value #RARE_EVERY} names {@value #RARE_WORD}: the rare term of the investigations
     * scenario (about 400 messages of an agency at scale 1), beside words that a quarter of all messages hold.
     */
    static final String RARE_WORD = "Okonkwo";
    private static final int RARE_EVERY = 2_003;
    private static final int RARE_OFFSET = 11;
    private static final String RARE_SENTENCE = "Ask " + RARE_WORD + " at the corner store about the package.";
    /**
     * One message in five (by a hash of its number) is dated {@value #LAST_YEAR_DAYS} days earlier: the
     * year of history that the facilities' default retention of 365 days makes due in the retention scenario.
     */
    private static final int LAST_YEAR_DAYS = 400;
    /** Subjects of the investigations scenario's case: people of the volume group in agency 0. */
    private static final int CASE_SUBJECTS = 5;

    private final Connection db;
    private final Path out;
    /** Set by {@link #volume}: the facilities of the history, which its people and messages are spread over. */
    private long volumeFacilities;
    /** Facilities of each load group: person {@code i} of a group lives in its facility {@code i mod groupFacilities}. */
    private int groupFacilities;

    private Seed(Connection db, Path out) {
        this.db = db;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        int groupFacilities = Integer.parseInt(args[4]);
        int groupFamilies = Integer.parseInt(args[5]);
        double scale = Double.parseDouble(args[6]);
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            Seed seed = new Seed(db, out);
            seed.groupFacilities = groupFacilities;
            long started = System.nanoTime();
            seed.exec("SET maintenance_work_mem = '512MB'");
            seed.agencies();
            seed.group("s", groupFacilities, groupFamilies, 0);
            seed.group("p", groupFacilities, groupFamilies, 3);
            if (scale > 0) {
                seed.volume(scale);
            }
            seed.exec("ANALYZE");
            System.out.printf(Locale.ROOT, "seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private void agencies() throws SQLException {
        exec("""
                INSERT INTO agency (id, code, name, created_at)
                SELECT md5('agency-' || a)::uuid, 'BENCH-' || a, 'Bench agency ' || a, now()
                FROM generate_series(0, %d) a ON CONFLICT DO NOTHING
                """.formatted(AGENCIES - 1));
    }

    /** A load group: facilities, one person inside and one family with an approved contact each. */
    private void group(String g, int facilities, int families, int reviewersPerFacility) throws SQLException, IOException {
        if (count("SELECT count(*) FROM facility WHERE code = 'B%s-0'".formatted(g.toUpperCase(Locale.ROOT))) > 0) {
            // Numbers are written as staff type them (upper case), so a case or a watch can name these people;
            // a history written before that gets them now.
            exec("UPDATE inmate SET number = upper(number) WHERE number ~ '^%s[0-9]+$'".formatted(g));
            // A family's token dies after 30 idle minutes: a history reused later would answer every send 401.
            exec("UPDATE api_token SET last_used_at = now(), expires_at = now() + interval '12 hours' WHERE revoked_at IS NULL");
            System.out.println("group " + g + " already seeded");
        } else {
            facilities(g, facilities);
            exec("""
                    INSERT INTO inmate (id, agency_id, facility_id, number, first_name, last_name, status, housing_unit, booked_at, updated_at)
                    SELECT md5('inm-%1$s-' || i)::uuid, md5('agency-0')::uuid, md5('fac-%1$s-' || (i %% %2$d))::uuid,
                           '%1$S' || i, 'Pat', 'Bench ' || i, 'IN_CUSTODY', 'A', now(), now()
                    FROM generate_series(0, %3$d) i
                    """.formatted(g, facilities, families - 1));
            families(g, families, "i", "i");
            if (reviewersPerFacility > 0) {
                exec("""
                        INSERT INTO staff (id, username, password_hash, full_name, role, facility_id, agency_id, created_at)
                        SELECT md5('rev-%1$s-' || r)::uuid, 'bench-rev-%1$s-' || r, %3$s, 'Bench Reviewer ' || r, 'REVIEWER',
                               md5('fac-%1$s-' || (r %% %2$d))::uuid, md5('agency-0')::uuid, now()
                        FROM generate_series(0, %4$d) r
                        """.formatted(g, facilities, demoPasswordHash(), facilities * reviewersPerFacility - 1));
                tokens("rev-" + g, "md5('rev-%s-' || i)::uuid".formatted(g), "'Bench Reviewer ' || i", "REVIEWER",
                        "md5('fac-%s-' || (i %% %d))::uuid".formatted(g, facilities), facilities * reviewersPerFacility);
                tokens("inm-" + g, "md5('inm-%s-' || i)::uuid".formatted(g), "'Pat Bench ' || i", "INMATE",
                        "md5('fac-%s-' || (i %% %d))::uuid".formatted(g, facilities), families);
            }
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            rows.add(token("fam-" + g, i) + "," + md5Uuid("con-" + g + "-" + i));
        }
        Files.write(out.resolve(name(g) + "-families.csv"), rows);
        if (reviewersPerFacility > 0) {
            rows.clear();
            for (int i = 0; i < families; i++) {
                rows.add(token("inm-" + g, i) + "," + md5Uuid("inm-" + g + "-" + i));
            }
            Files.write(out.resolve(name(g) + "-inmates.csv"), rows);
            rows.clear();
            for (int r = 0; r < facilities * reviewersPerFacility; r++) {
                rows.add(token("rev-" + g, r) + "," + md5Uuid("fac-" + g + "-" + (r % facilities)));
            }
            Files.write(out.resolve(name(g) + "-reviewers.csv"), rows);
        }
    }

    private void facilities(String g, int facilities) throws SQLException {
        exec("""
                INSERT INTO facility (id, agency_id, code, name, kind, state, delivery, currency, unit_price_cents,
                                      chars_per_unit, max_message_chars, review_target_hours, reply_policy, time_zone,
                                      photo_price_cents, created_at, updated_at)
                SELECT md5('fac-%1$s-' || f)::uuid, md5('agency-' || %2$s)::uuid, 'B%3$s-' || f, 'Bench facility %3$s' || f,
                       'STATE_PRISON', 'TX', 'KIOSK', 'USD', 25, 1000, 6000, 24, 'FREE', 'America/Chicago', 25, now(), now()
                FROM generate_series(0, %4$d) f
                """.formatted(g, g.equals("v") ? "(f % " + AGENCIES + ")" : "0", g.toUpperCase(Locale.ROOT), facilities - 1));
    }

    /**
     * Families of a group: account {@code i} holds contact {@code i} with person {@code inmateOf(i)}, a
     * wallet funded by one balanced purchase, and (load groups only) a bearer token.
     */
    private void families(String g, long contacts, String accountOf, String inmateOf) throws SQLException {
        long accounts = g.equals("v") ? (contacts + 1) / 2 : contacts;
        exec("""
                INSERT INTO account (id, email, password_hash, full_name, email_verified, locale, created_at, updated_at)
                SELECT md5('acct-%1$s-' || i)::uuid, 'bench-%1$s-' || i || '@bench.invalid', %2$s, 'Bench Family ' || i,
                       TRUE, 'en', now(), now()
                FROM generate_series(0, %3$d) i
                """.formatted(g, demoPasswordHash(), accounts - 1));
        String facilityOfInmate = g.equals("v") ? "md5('fac-v-' || ((%s) %% %d))::uuid" : "(SELECT facility_id FROM inmate WHERE id = md5('inm-" + g + "-' || (%s))::uuid)";
        exec("""
                INSERT INTO contact (id, account_id, inmate_id, facility_id, relationship, status, origin, requested_at, decided_at, updated_at)
                SELECT md5('con-%1$s-' || i)::uuid, md5('acct-%1$s-' || (%2$s))::uuid, md5('inm-%1$s-' || (%3$s))::uuid,
                       %4$s, 'PARENT', 'APPROVED', 'FAMILY_REQUEST', now() - interval '30 days', now() - interval '29 days', now()
                FROM generate_series(0, %5$d) i
                """.formatted(g, accountOf, inmateOf, facilityOfInmate.formatted(inmateOf, volumeFacilities), contacts - 1));
        exec("""
                INSERT INTO ledger_account (id, kind, owner_id, currency, balance_cents)
                SELECT md5('wal-%1$s-' || i)::uuid, 'WALLET', md5('acct-%1$s-' || i)::uuid, 'USD', %2$d
                FROM generate_series(0, %3$d) i
                """.formatted(g, WALLET_CENTS, accounts - 1));
        exec("""
                INSERT INTO ledger_transaction (id, at, kind, reference)
                SELECT md5('pur-%1$s-' || i)::uuid, now(), 'PURCHASE', 'payment:bench-%1$s-' || i
                FROM generate_series(0, %2$d) i
                """.formatted(g, accounts - 1));
        exec("""
                INSERT INTO ledger_entry (transaction_id, account_id, amount_cents, at)
                SELECT md5('pur-%1$s-' || i)::uuid, leg.account, leg.amount, now()
                FROM generate_series(0, %2$d) i,
                     LATERAL (VALUES ('00000000-0000-0000-0000-000000000001'::uuid, -%3$d::bigint),
                                     (md5('wal-%1$s-' || i)::uuid, %3$d::bigint)) AS leg(account, amount)
                """.formatted(g, accounts - 1, WALLET_CENTS));
        if (!g.equals("v")) {
            tokens("fam-" + g, "md5('acct-%s-' || i)::uuid".formatted(g), "'Bench Family ' || i", "FAMILY", null, contacts);
        }
    }

    /** The national-shaped history: facilities, people, families, contacts, messages and last week's decisions. */
    private void volume(double scale) throws SQLException, IOException {
        volumeFacilities = Math.max(1, Math.round(6_000 * scale));
        long people = Math.max(2, Math.round(2_000_000 * scale));
        long contacts = Math.max(2, Math.round(4_000_000 * scale));
        long messages = Math.max(1, Math.round(50_000_000 * scale));
        if (count("SELECT count(*) FROM facility WHERE code = 'BV-0'") > 0) {
            System.out.println("volume already seeded");
        } else {
            long t = System.nanoTime();
            facilities("v", (int) volumeFacilities);
            exec("""
                    INSERT INTO inmate (id, agency_id, facility_id, number, first_name, last_name, status, housing_unit, booked_at, updated_at)
                    SELECT md5('inm-v-' || i)::uuid, md5('agency-' || ((i %% %1$d) %% %2$d))::uuid, md5('fac-v-' || (i %% %1$d))::uuid,
                           'V' || i, 'Sam', 'Volume ' || i, 'IN_CUSTODY', chr(65 + (i %% 6)::int), now(), now()
                    FROM generate_series(0, %3$d) i
                    """.formatted(volumeFacilities, AGENCIES, people - 1));
            // Two contacts a family; a large prime spreads contacts evenly over the people inside.
            families("v", contacts, "i / 2", "(i::bigint * 1000003) % " + people);
            System.out.printf(Locale.ROOT, "volume: %d facilities, %d people, %d contacts in %.0f s%n",
                    volumeFacilities, people, contacts, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            messages(messages, contacts, people);
            System.out.printf(Locale.ROOT, "volume: %d messages in %.0f s%n", messages, (System.nanoTime() - t) / 1e9);
        }
        rareWord(messages);
        moveLastYearBack(messages);
        restoreErased(messages);
        sampleVolume(people, contacts);
        investigations(people);
    }

    /**
     * A history written before the bodies named {@value #RARE_WORD} gets the same messages naming it, so
     * that the rare-term search finds what it would on a history written now.
     */
    private void rareWord(long messages) throws SQLException {
        if (count("SELECT count(*) FROM message WHERE search_vector @@ to_tsquery('simple', '%s')"
                .formatted(RARE_WORD.toLowerCase(Locale.ROOT))) > 0) {
            return;
        }
        exec("""
                UPDATE message SET body = body || ' %1$s', characters = length(body || ' %1$s')
                WHERE id IN (SELECT md5('msg-v-' || m)::uuid FROM generate_series(0, %2$d) m
                             WHERE ((hashint8(m)::bigint + 2147483648) / 32) %% %3$d = %4$d)
                """.formatted(RARE_SENTENCE, messages - 1, RARE_EVERY, RARE_OFFSET));
        System.out.println("volume: messages naming " + RARE_WORD + " added to an earlier history");
    }

    /** A history written before part of it was a year old gets that fifth moved back a year. */
    private void moveLastYearBack(long messages) throws SQLException {
        if (count("SELECT count(*) FROM message WHERE agency_id = md5('agency-0')::uuid AND submitted_at < now() - interval '300 days'") > 0) {
            return;
        }
        exec("""
                UPDATE message SET submitted_at = submitted_at - interval '%1$d days', decided_at = decided_at - interval '%1$d days',
                                   delivered_at = delivered_at - interval '%1$d days', read_at = read_at - interval '%1$d days'
                WHERE id IN (SELECT md5('msg-v-' || m)::uuid FROM generate_series(0, %2$d) m WHERE %3$s)
                """.formatted(LAST_YEAR_DAYS, messages - 1, lastYear(hash("m"))));
        exec("VACUUM ANALYZE message");
        System.out.println("volume: a fifth of an earlier history moved back " + LAST_YEAR_DAYS + " days");
    }

    /**
     * The retention scenario erases last year's messages; the next run on the same history gets their
     * bodies back (they are a function of the message's number), so there is again a year to erase.
     */
    private void restoreErased(long messages) throws SQLException {
        if (count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'message' AND column_name = 'erased_at'") == 0
                || count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'retention_run'") == 0) {
            return;
        }
        exec("CREATE TABLE IF NOT EXISTS bench_restore (restored_at TIMESTAMPTZ NOT NULL)");
        if (count("""
                SELECT count(*) FROM retention_run
                WHERE started_at > coalesce((SELECT max(restored_at) FROM bench_restore), '-infinity')""") == 0) {
            return;
        }
        long t = System.nanoTime();
        exec("""
                UPDATE message SET body = s.body, characters = length(s.body), erased_at = NULL
                FROM (SELECT md5('msg-v-' || m)::uuid AS id, %3$s AS body
                      FROM generate_series(0, %1$d) m, LATERAL (SELECT %2$s AS h) hh WHERE %4$s) s
                WHERE message.id = s.id AND message.erased_at IS NOT NULL
                """.formatted(messages - 1, hash("m"), body("hh.h"), lastYear("hh.h")));
        exec("INSERT INTO bench_restore (restored_at) VALUES (now())");
        exec("VACUUM ANALYZE message");
        System.out.printf(Locale.ROOT, "volume: bodies erased by the last retention run restored in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }

    /**
     * The investigations scenario's people, in agency 0 (the send group's agency): an investigator, a
     * facility admin of a send-group facility to approve the case, the case's subjects (people of the
     * volume group with a history) and people of the send group to watch. Their tokens are issued again
     * on every run, so a history written long ago still has live ones. Writes {@code investigations.csv}
     * ({@code investigator,token}, {@code admin,token}, {@code subject,facility,number} and
     * {@code watch,facility,number} rows), with a platform admin's token for the retention scenario
     * ({@code platform,token}).
     */
    private void investigations(long people) throws SQLException, IOException {
        exec("""
                INSERT INTO staff (id, username, password_hash, full_name, role, facility_id, agency_id, created_at)
                VALUES (md5('inv-0')::uuid, 'bench-inv-0', %1$s, 'Bench Investigator', 'INVESTIGATOR', NULL, md5('agency-0')::uuid, now()),
                       (md5('iadm-0')::uuid, 'bench-iadm-0', %1$s, 'Bench Case Approver', 'FACILITY_ADMIN', md5('fac-s-0')::uuid,
                        md5('agency-0')::uuid, now()),
                       (md5('padm-0')::uuid, 'bench-padm-0', %1$s, 'Bench Platform Admin', 'PLATFORM_ADMIN', NULL, NULL, now())
                ON CONFLICT DO NOTHING
                """.formatted(demoPasswordHash()));
        exec("""
                INSERT INTO api_token (token_hash, subject_id, subject_name, role, facility_id, agency_id, issued_at, last_used_at,
                                       idle_timeout_seconds, expires_at)
                VALUES (sha256(convert_to('%1$s', 'UTF8')), md5('inv-0')::uuid, 'Bench Investigator', 'INVESTIGATOR', NULL,
                        md5('agency-0')::uuid, now(), now(), 1800, now() + interval '12 hours'),
                       (sha256(convert_to('%2$s', 'UTF8')), md5('iadm-0')::uuid, 'Bench Case Approver', 'FACILITY_ADMIN',
                        md5('fac-s-0')::uuid, md5('agency-0')::uuid, now(), now(), 1800, now() + interval '12 hours'),
                       (sha256(convert_to('%3$s', 'UTF8')), md5('padm-0')::uuid, 'Bench Platform Admin', 'PLATFORM_ADMIN',
                        NULL, NULL, now(), now(), 1800, now() + interval '12 hours')
                ON CONFLICT (token_hash) DO UPDATE SET last_used_at = now(), expires_at = now() + interval '12 hours', revoked_at = NULL
                """.formatted(token("inv", 0), token("iadm", 0), token("padm", 0)));
        List<String> rows = new ArrayList<>(List.of("investigator," + token("inv", 0), "admin," + token("iadm", 0),
                "platform," + token("padm", 0)));
        for (long i = 0, found = 0; i < people && found < CASE_SUBJECTS; i++) {
            if ((i % volumeFacilities) % AGENCIES == 0) {
                rows.add("subject,BV-" + (i % volumeFacilities) + ",V" + i);
                found++;
            }
        }
        for (int i = 0; i < 3; i++) {
            rows.add("watch,BS-" + (i % groupFacilities) + ",S" + i);
        }
        Files.write(out.resolve("investigations.csv"), rows);
    }

    /**
     * Message {@code m} belongs to contact {@code m mod contacts}; messages arrive at the national
     * average rate, so the history reaches back {@code messages / 2,000,000} days. Seven in ten are
     * written to the person inside; one in 33 was rejected. A body is one of four letters (English and
     * Spanish) followed by one of eight sentences, and one in {@value #RARE_EVERY} ends naming
     * {@value #RARE_WORD}, chosen by a hash of the message's number: the arithmetic that spreads messages
     * over contacts, people and agencies would otherwise give each agency only some of the letters. The
     * search vector (V30) is a generated column and fills itself. A fifth of the messages, by the same
     * hash, were written a year earlier: the year that retention erases in the retention scenario. Indexes are
     * rebuilt after the load, which is what an operator importing history would do too.
     */
    private void messages(long messages, long contacts, long people) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'message' AND indexname <> 'message_pkey'")) {
            while (rs.next()) {
                indexes.add(rs.getString(2));
                exec("DROP INDEX " + rs.getString(1));
            }
        }
        exec("ALTER TABLE message DROP CONSTRAINT message_pkey");
        double secondsPerMessage = 86_400.0 / NATIONAL_MESSAGES_PER_DAY;
        long chunk = 5_000_000;
        for (long from = 0; from < messages; from += chunk) {
            long to = Math.min(messages, from + chunk) - 1;
            exec("""
                    INSERT INTO message (id, contact_id, direction, account_id, inmate_id, facility_id, agency_id, body, characters,
                                         units, cost_cents, currency, status, risk_score, screening_flags, screening_version,
                                         submitted_at, decided_at, delivered_at, read_at, rejection_code)
                    SELECT md5('msg-v-' || m)::uuid, md5('con-v-' || c)::uuid,
                           CASE WHEN m %% 10 < 7 THEN 'TO_INMATE' ELSE 'FROM_INMATE' END,
                           md5('acct-v-' || (c / 2))::uuid, md5('inm-v-' || p)::uuid, md5('fac-v-' || (p %% %1$d))::uuid,
                           md5('agency-' || ((p %% %1$d) %% %2$d))::uuid, b.body, length(b.body), 1, 25, 'USD',
                           CASE WHEN m %% 33 = 0 THEN 'REJECTED' WHEN m %% 3 = 0 THEN 'DELIVERED' ELSE 'READ' END,
                           0, '[]', 1, at, at + interval '20 minutes',
                           CASE WHEN m %% 33 = 0 THEN NULL ELSE at + interval '20 minutes' END,
                           CASE WHEN m %% 33 = 0 OR m %% 3 = 0 THEN NULL ELSE at + interval '3 hours' END,
                           CASE WHEN m %% 33 = 0 THEN 'OTHER' END
                    FROM generate_series(%3$d, %4$d) m,
                         LATERAL (SELECT %9$s AS h) hh,
                         LATERAL (SELECT m %% %5$d AS c, ((m %% %5$d)::bigint * 1000003) %% %6$d AS p,
                                         now() - interval '1 hour' - (%7$d - m) * %8$s * interval '1 second'
                                         - CASE WHEN %10$s THEN interval '%11$d days' ELSE interval '0 days' END AS at) k,
                         LATERAL (SELECT %12$s AS body) b
                    """.formatted(volumeFacilities, AGENCIES, from, to, contacts, people, messages, String.valueOf(secondsPerMessage),
                    hash("m"), lastYear("hh.h"), LAST_YEAR_DAYS, body("hh.h")));
            System.out.printf(Locale.ROOT, "  messages to %,d%n", to + 1);
        }
        exec("ALTER TABLE message ADD PRIMARY KEY (id)");
        for (String index : indexes) {
            exec(index);
        }
        // Last week's decisions: what the facility figures and the reviewer's context read.
        exec("""
                INSERT INTO review_decision (message_id, facility_id, decision, reason_code, reviewer_name, submitted_at, decided_at)
                SELECT id, facility_id, CASE WHEN status = 'REJECTED' THEN 'REJECT' ELSE 'APPROVE' END,
                       rejection_code, 'Bench Reviewer', submitted_at, decided_at
                FROM message WHERE decided_at > now() - interval '7 days'
                  AND facility_id IN (SELECT id FROM facility WHERE code LIKE 'BV-%')
                """);
        exec("VACUUM ANALYZE message");
    }

    /** A well-spread number in [0, 2^32) from the message number {@code m}, as SQL. */
    private static String hash(String m) {
        return "(hashint8(" + m + ")::bigint + 2147483648)";
    }

    /** Whether the message of hash {@code h} belongs to last year's fifth, as SQL. */
    private static String lastYear(String h) {
        return "(" + h + " / 65536) % 5 = 0";
    }

    /**
     * The body of the message of hash {@code h}, as SQL: one of four letters (English and Spanish), one of
     * eight sentences, and for one message in {@value #RARE_EVERY} the sentence naming {@value #RARE_WORD}.
     */
    private static String body(String h) {
        return """
                (ARRAY['Dear Sam, the kids say hello. We went to the lake on Sunday and the little one caught her first fish. We miss you.',
                       'Hola mijo, tu abuela pregunta por ti todos los días. Te mandamos fotos la semana que viene. Cuídate mucho.',
                       'Got your letter today. Work is fine, the car needs new brakes again. Your brother says he will visit in March.',
                       'Thank you for the birthday card, it made my whole week. I read it every night. Keep your head up, love you.'])[1 + (%1$s %% 4)::int]
                || ' ' || (ARRAY['Your sister starts her new job at the hospital on Monday.',
                                 'Mama made tamales for the whole street and everybody asked about you.',
                                 'The dog is getting old but still waits by the door every evening.',
                                 'Estamos ahorrando para ir a verte en el verano, no te preocupes por nada.',
                                 'I put money on your account so you can call more often.',
                                 'Coach says your nephew made the varsity team this fall.',
                                 'The roof leaked again after the storm and your uncle fixed it.',
                                 'Pastor Williams prays for you every Sunday and sends his blessings.'])[1 + ((%1$s / 4) %% 8)::int]
                || CASE WHEN (%1$s / 32) %% %2$d = %3$d THEN ' %4$s' ELSE '' END""".formatted(h, RARE_EVERY, RARE_OFFSET, RARE_SENTENCE);
    }

    /** Tokens for a sample of the volume group, for the page queries of scenario 4. */
    private void sampleVolume(long people, long contacts) throws SQLException, IOException {
        int samples = (int) Math.min(SAMPLES, contacts);
        long step = Math.max(1, contacts / samples);
        if (count("SELECT count(*) FROM api_token WHERE subject_name = 'Bench Volume Family 0'") == 0) {
            exec("""
                    INSERT INTO api_token (token_hash, subject_id, subject_name, role, issued_at, last_used_at, idle_timeout_seconds, expires_at)
                    SELECT sha256(convert_to(%1$s, 'UTF8')), md5('acct-v-' || ((i * %2$d) / 2))::uuid, 'Bench Volume Family ' || i,
                           'FAMILY', now(), now(), 1800, now() + interval '12 hours'
                    FROM generate_series(0, %3$d) i
                    """.formatted(tokenSql("vfam"), step, samples - 1));
            exec("""
                    INSERT INTO api_token (token_hash, subject_id, subject_name, role, facility_id, agency_id, issued_at, last_used_at, expires_at)
                    SELECT sha256(convert_to(%1$s, 'UTF8')), md5('inm-v-' || (i * %2$d))::uuid, 'Bench Volume Person ' || i,
                           'INMATE', md5('fac-v-' || ((i * %2$d) %% %3$d))::uuid, md5('agency-' || (((i * %2$d) %% %3$d) %% %4$d))::uuid,
                           now(), now(), now() + interval '12 hours'
                    FROM generate_series(0, %5$d) i
                    """.formatted(tokenSql("vinm"), Math.max(1, people / samples), volumeFacilities, AGENCIES,
                    (int) Math.min(samples, people) - 1));
            exec("""
                    INSERT INTO staff (id, username, password_hash, full_name, role, facility_id, agency_id, created_at)
                    SELECT md5('vadm-' || f)::uuid, 'bench-vadm-' || f, %1$s, 'Bench Admin ' || f, 'FACILITY_ADMIN',
                           md5('fac-v-' || f)::uuid, md5('agency-' || (f %% %2$d))::uuid, now()
                    FROM generate_series(0, %3$d) f
                    """.formatted(demoPasswordHash(), AGENCIES, Math.min(200, volumeFacilities) - 1));
            exec("""
                    INSERT INTO api_token (token_hash, subject_id, subject_name, role, facility_id, agency_id, issued_at, last_used_at, idle_timeout_seconds, expires_at)
                    SELECT sha256(convert_to(%1$s, 'UTF8')), md5('vadm-' || i)::uuid, 'Bench Admin ' || i, 'FACILITY_ADMIN',
                           md5('fac-v-' || i)::uuid, md5('agency-' || (i %% %2$d))::uuid, now(), now(), 1800, now() + interval '12 hours'
                    FROM generate_series(0, %3$d) i
                    """.formatted(tokenSql("vadm"), AGENCIES, Math.min(200, volumeFacilities) - 1));
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            rows.add(token("vfam", i) + "," + md5Uuid("con-v-" + (i * step)));
        }
        Files.write(out.resolve("volume-families.csv"), rows);
        rows.clear();
        for (int i = 0; i < Math.min(samples, people); i++) {
            rows.add(token("vinm", i) + "," + md5Uuid("inm-v-" + (i * Math.max(1, people / samples))));
        }
        Files.write(out.resolve("volume-inmates.csv"), rows);
        rows.clear();
        for (int i = 0; i < Math.min(200, volumeFacilities); i++) {
            rows.add(token("vadm", i) + "," + md5Uuid("fac-v-" + i));
        }
        Files.write(out.resolve("volume-admins.csv"), rows);
    }

    /** Bearer tokens {@code token(kind, i)} for {@code i} in {@code [0, n)}, stored as the service stores them. */
    private void tokens(String kind, String subject, String name, String role, String facility, long n) throws SQLException {
        boolean staffOrInmate = facility != null;
        exec("""
                INSERT INTO api_token (token_hash, subject_id, subject_name, role, facility_id, agency_id, issued_at, last_used_at,
                                       idle_timeout_seconds, expires_at)
                SELECT sha256(convert_to(%1$s, 'UTF8')), %2$s, %3$s, '%4$s', %5$s, %6$s, now(), now(), %7$s, now() + interval '12 hours'
                FROM generate_series(0, %8$d) i
                """.formatted(tokenSql(kind), subject, name, role, staffOrInmate ? facility : "NULL",
                staffOrInmate ? "md5('agency-0')::uuid" : "NULL", role.equals("INMATE") ? "NULL" : "1800", n - 1));
    }

    /** The SQL twin of {@link #token}: 43 characters of base64url, as the service's own tokens. */
    private static String tokenSql(String kind) {
        return "rtrim(translate(encode(sha256(convert_to('bench-%s-' || i, 'UTF8')), 'base64'), '+/', '-_'), '=')".formatted(kind);
    }

    static String token(String kind, long i) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("bench-" + kind + "-" + i));
    }

    /** The UUID PostgreSQL makes of {@code md5(text)::uuid}. */
    static String md5Uuid(String text) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                    + "-" + hex.substring(20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every bench account shares the demo family's password hash: nobody logs in with it, but it is a real one. */
    private String demoPasswordHash() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT password_hash FROM account ORDER BY created_at LIMIT 1")) {
            rs.next();
            return "'" + rs.getString(1).replace("'", "''") + "'";
        }
    }

    private static String name(String group) {
        return group.equals("s") ? "send" : "pipe";
    }

    private long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
