package org.inkwell.contacts;

public enum Relationship {
    PARENT, CHILD, SPOUSE, PARTNER, SIBLING, OTHER_FAMILY, FRIEND, ATTORNEY, CLERGY, OTHER
}
