package org.inkwell.directory;

import java.util.UUID;

public record Agency(UUID id, String code, String name) {
}
