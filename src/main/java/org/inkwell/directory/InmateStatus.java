package org.inkwell.directory;

public enum InmateStatus {
    IN_CUSTODY, RELEASED
}
