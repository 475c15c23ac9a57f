package org.inkwell.investigations;

public enum CaseDecision {
    APPROVE, DENY
}
