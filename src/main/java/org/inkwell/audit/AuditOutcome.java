package org.inkwell.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
