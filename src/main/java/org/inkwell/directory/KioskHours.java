package org.inkwell.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

/** One day's opening of a facility's kiosks, in the facility's time zone. No entries: always open. */
public record KioskHours(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {
}
