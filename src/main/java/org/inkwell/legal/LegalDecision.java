package org.inkwell.legal;

/** What a platform or facility admin decides on a registration. */
public enum LegalDecision {
    APPROVE, DENY
}
