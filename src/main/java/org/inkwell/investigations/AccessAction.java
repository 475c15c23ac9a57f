package org.inkwell.investigations;

/** What an investigator did through a case, as the access log names it. */
public enum AccessAction {
    SEARCH, VIEW, EXPORT, WATCH, ALERTS, LINKS
}
