package org.inkwell.investigations;

import java.util.List;
import java.util.UUID;

import org.inkwell.investigations.internal.AccessRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who searched what and read which message, under which case: written in the transaction of the access
 * itself, read by facility admins (their agency's entries that reached their facility) and platform admins.
 */
@Service
public class AccessLog {

    private static final int MAX_LIMIT = 500;

    private final AccessRepository entries;
    private final java.time.Clock clock;

    AccessLog(AccessRepository entries, java.time.Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** @param facilityId the one facility the access was limited to; null when it reached across the agency */
    void record(Caller investigator, InvestigationCase through, AccessAction action, String query, UUID messageId,
            UUID facilityId) {
        entries.insert(clock.instant(), through.id(), through.agencyId(), investigator.id(), investigator.name(), action,
                query, messageId, facilityId);
    }

    @Transactional(readOnly = true)
    public List<AccessEntry> read(Caller staff, Long before, Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.invalidField("limit", "must be from 1 to " + MAX_LIMIT);
        }
        return staff.is(Role.PLATFORM_ADMIN) ? entries.find(null, null, before, size)
                : entries.find(staff.agencyId(), staff.facilityId(), before, size);
    }
}
