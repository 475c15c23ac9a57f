package org.inkwell.messaging.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.messaging.Message;
import org.inkwell.messaging.MessageArchive;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The archive search's SQL. The statement is put together from fixed fragments and parameter names
 * only; every word of the query travels as a bind parameter into {@code to_tsquery}, and the words are
 * letters and digits ({@link MessageArchive.Term}), so none of the tsquery syntax can be smuggled in.
 */
@Repository
public class ArchiveRepository {

    /** The three readings of the body (V30) and the weight each was stored under. */
    private static final String[][] READINGS = {{"simple", "A"}, {"english", "B"}, {"spanish", "C"}};
    private static final String ESCAPED_BODY =
            "replace(replace(replace(replace(h.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '\"', '&quot;')";
    private static final String HEADLINE_OPTIONS =
            "'StartSel=\"<mark>\", StopSel=\"</mark>\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"'";

    private final JdbcClient jdbc;

    ArchiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MessageArchive.Hit> search(MessageArchive.Query query) {
        Map<String, Object> params = new LinkedHashMap<>();
        // Privileged legal mail is not in the archive at all (docs/architecture.md, invariant 9), said here explicitly
        // rather than left to its empty search vector: a search without words would list it otherwise.
        List<String> where = new ArrayList<>(List.of("m.agency_id = :agency", "m.status <> 'WITHDRAWN'", "NOT m.privileged"));
        params.put("agency", query.agencyId());
        filter(query, where, params);
        boolean fullText = !query.terms().isEmpty();
        String tsquery = fullText ? tsquery(query.terms(), params) : "NULL::tsquery";
        if (fullText) {
            where.add("m.search_vector @@ query.q");
        }
        params.put("limit", query.limit());
        String snippet = fullText ? headline() : "left(" + ESCAPED_BODY + ", 240)";
        String sql = """
                WITH query AS MATERIALIZED (SELECT %s AS q),
                     hits AS (SELECT %s FROM query, message m
                              WHERE %s
                              ORDER BY m.submitted_at DESC, m.id DESC
                              LIMIT :limit)
                SELECT h.*, %s AS snippet FROM hits h, query
                ORDER BY h.submitted_at DESC, h.id DESC
                """.formatted(tsquery, prefixed(), String.join(" AND ", where), snippet);
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Map.Entry<String, Object> param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement.query((rs, n) -> new MessageArchive.Hit(MessageRepository.map(rs, n), rs.getString("snippet")))
                .list();
    }

    public Map<UUID, MessageArchive.Correspondence> correspondence(UUID agencyId, Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT contact_id, count(*) AS messages, max(submitted_at) AS last_at FROM message
                WHERE contact_id IN (:contacts) AND agency_id = :agency AND status <> 'WITHDRAWN'
                GROUP BY contact_id
                """)
                .param("contacts", contactIds).param("agency", agencyId)
                .query((rs, n) -> Map.entry(rs.getObject("contact_id", UUID.class), new MessageArchive.Correspondence(
                        rs.getLong("messages"), rs.getTimestamp("last_at").toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<Message> find(UUID agencyId, UUID messageId) {
        return jdbc.sql("SELECT " + MessageRepository.COLUMNS
                        + " FROM message WHERE id = :id AND agency_id = :agency AND status <> 'WITHDRAWN' AND NOT privileged")
                .param("id", messageId).param("agency", agencyId)
                .query(MessageRepository::map).optional();
    }

    private static void filter(MessageArchive.Query query, List<String> where, Map<String, Object> params) {
        if (query.facilityId() != null) {
            where.add("m.facility_id = :facility");
            params.put("facility", query.facilityId());
        }
        if (query.inmateId() != null) {
            where.add("m.inmate_id = :inmate");
            params.put("inmate", query.inmateId());
        }
        if (query.accountId() != null) {
            where.add("m.account_id = :account");
            params.put("account", query.accountId());
        }
        if (query.from() != null) {
            where.add("m.submitted_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.add("m.submitted_at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        if (query.status() != null) {
            where.add("m.status = :status");
            params.put("status", query.status().name());
        }
        if (query.category() != null) {
            where.add("CAST(m.screening_flags AS JSONB) @> CAST(:category AS JSONB)");
            params.put("category", "[{\"category\": \"" + query.category().name() + "\"}]");
        }
        if (query.before() != null) {
            where.add("(m.submitted_at, m.id) < (:beforeAt, :beforeId)");
            params.put("beforeAt", Timestamp.from(query.before().submittedAt()));
            params.put("beforeId", query.before().id());
        }
    }

    /**
     * Every term must match; a term matches in any reading. Words and prefixes are asked without a
     * weight (the index answers them exactly); a phrase is asked within one reading, by its weight.
     */
    private static String tsquery(List<MessageArchive.Term> terms, Map<String, Object> params) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            MessageArchive.Term term = terms.get(i);
            List<String> readings = new ArrayList<>();
            for (String[] reading : READINGS) {
                String name = "t" + i + reading[0];
                params.put(name, switch (term.kind()) {
                    case WORD -> term.words().get(0);
                    case PREFIX -> term.words().get(0) + ":*";
                    case PHRASE -> term.words().stream().map(w -> w + ":" + reading[1])
                            .collect(Collectors.joining(" <-> "));
                });
                readings.add("to_tsquery('" + reading[0] + "', :" + name + ")");
            }
            all.add("(" + String.join(" || ", readings) + ")");
        }
        return String.join(" && ", all);
    }

    /** The first reading in which the snippet shows a match (a stem may only match in one of them). */
    private static String headline() {
        List<String> tries = new ArrayList<>();
        for (int i = 0; i < READINGS.length; i++) {
            tries.add("(" + (i + 1) + ", ts_headline('" + READINGS[i][0] + "', " + ESCAPED_BODY + ", query.q, "
                    + HEADLINE_OPTIONS + "))");
        }
        return "(SELECT v.h FROM (VALUES " + String.join(", ", tries) + ") v(n, h) ORDER BY position('<mark>' IN v.h) = 0, v.n LIMIT 1)";
    }

    private static String prefixed() {
        return java.util.Arrays.stream(MessageRepository.COLUMNS.split(","))
                .map(c -> "m." + c.strip()).collect(Collectors.joining(", "));
    }
}
