package org.inkwell.investigations;

/** A subject as an investigator names it: {@code facility} and {@code inmateNumber}, or {@code email}. */
public record NewSubject(String facility, String inmateNumber, String email) {
}
