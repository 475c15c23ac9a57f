package org.inkwell.identity;

import java.time.Instant;

import org.inkwell.platform.Role;

/** A fresh API token; the only time the token itself exists outside the caller's hands. */
public record IssuedToken(String token, Instant expiresAt, Role role) {
}
