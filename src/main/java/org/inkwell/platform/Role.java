package org.inkwell.platform;

/** Who a caller is; staff roles are scoped to a facility or an agency by {@link Caller}. */
public enum Role {
    FAMILY, INMATE, REVIEWER, FACILITY_ADMIN, INVESTIGATOR, PLATFORM_ADMIN
}
