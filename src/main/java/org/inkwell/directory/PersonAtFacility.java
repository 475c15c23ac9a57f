package org.inkwell.directory;

/** A person on the roster with the facility that holds them, read together. */
public record PersonAtFacility(Inmate person, Facility facility) {
}
