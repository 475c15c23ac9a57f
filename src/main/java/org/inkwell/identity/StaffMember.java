package org.inkwell.identity;

import java.util.UUID;

import org.inkwell.platform.Role;

public record StaffMember(UUID id, String username, String fullName, Role role, UUID facilityId, UUID agencyId) {
}
