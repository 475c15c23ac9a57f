package org.inkwell.contacts;

/** The two ends of a contact: the person outside and the person inside. */
public enum Side {
    FAMILY, INMATE
}
