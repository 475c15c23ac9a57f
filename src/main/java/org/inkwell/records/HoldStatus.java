package org.inkwell.records;

public enum HoldStatus {
    OPEN, LIFTED
}
