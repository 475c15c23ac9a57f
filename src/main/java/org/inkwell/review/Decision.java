package org.inkwell.review;

public enum Decision {
    APPROVE, REJECT
}
