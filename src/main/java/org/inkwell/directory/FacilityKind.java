package org.inkwell.directory;

public enum FacilityKind {
    STATE_PRISON, FEDERAL_PRISON, COUNTY_JAIL
}
