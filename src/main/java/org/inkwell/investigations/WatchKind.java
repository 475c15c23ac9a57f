package org.inkwell.investigations;

public enum WatchKind {
    TERM, PERSON, EMAIL
}
