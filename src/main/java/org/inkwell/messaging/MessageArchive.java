package org.inkwell.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.inkwell.messaging.internal.ArchiveRepository;
import org.inkwell.screening.Category;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's archive of messages as investigators search it: PostgreSQL full-text search over a stored
 * tsvector (V30), newest first, keyset-paged; withdrawn messages and privileged legal mail never. Who may
 * search, and under which case, is the investigations module's concern; this one only answers within the
 * agency it is given.
 */
@Service
public class MessageArchive {

    private final ArchiveRepository archive;

    MessageArchive(ArchiveRepository archive) {
        this.archive = archive;
    }

    /**
     * One part of a query, all of which a message must match. Words are letters, marks and digits only,
     * so nothing of the query syntax can travel inside one.
     */
    public record Term(Kind kind, List<String> words) {

        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]{1,100}");

        public enum Kind { WORD, PREFIX, PHRASE }

        public Term {
            words = List.copyOf(words);
            if (words.isEmpty() || kind != Kind.PHRASE && words.size() != 1
                    || !words.stream().allMatch(w -> WORD.matcher(w).matches())) {
                throw new IllegalArgumentException("a search term is one word, or a phrase of words");
            }
        }
    }

    /** Where the next page starts: after the last message of this one in newest-first order. */
    public record Cursor(Instant submittedAt, UUID id) {

        public String encode() {
            String plain = submittedAt.getEpochSecond() + "." + submittedAt.getNano() + "." + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** Empty for anything that is not a cursor this class wrote. */
        public static Optional<Cursor> decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\.", 3);
                return Optional.of(new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        UUID.fromString(parts[2])));
            } catch (RuntimeException notACursor) {
                return Optional.empty();
            }
        }
    }

    /** Null filters do not filter; no terms lists every message the filters let through. */
    public record Query(UUID agencyId, List<Term> terms, UUID facilityId, UUID inmateId, UUID accountId, Instant from,
                        Instant to, MessageStatus status, Category category, Cursor before, int limit) {
        public Query {
            terms = List.copyOf(terms);
        }
    }

    /** A message found, with its matching words in context (HTML: the text escaped, matches in {@code <mark>}). */
    public record Hit(Message message, String snippet) {
    }

    public record Page(List<Hit> hits, Cursor next) {
    }

    @Transactional(readOnly = true)
    public Page search(Query query) {
        List<Hit> hits = archive.search(query);
        Cursor next = hits.size() < query.limit() ? null
                : new Cursor(hits.get(hits.size() - 1).message().submittedAt(), hits.get(hits.size() - 1).message().id());
        return new Page(hits, next);
    }

    /** How many messages of the agency's archive each contact carried, and when the last was written. */
    public record Correspondence(long messages, Instant lastAt) {
    }

    /** For each of these contacts that carried any message of the archive, how many and the last one's time. */
    public Map<UUID, Correspondence> correspondence(UUID agencyId, Collection<UUID> contactIds) {
        return archive.correspondence(agencyId, contactIds);
    }

    /** A message of the agency's archive; withdrawn ones and privileged legal mail are not in it. */
    public Optional<Message> find(UUID agencyId, UUID messageId) {
        return archive.find(agencyId, messageId);
    }
}
