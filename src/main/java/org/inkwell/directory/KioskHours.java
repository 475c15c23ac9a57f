package org.inkwell.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;

/** One day's opening of a facility's kiosks, in the facility's time zone. No entries: always open. */
public record KioskHours(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {

    /** When the kiosks open next if they are closed at {@code now}; empty while open (or when no hours are set). */
    public static Optional<ZonedDateTime> nextOpening(List<KioskHours> hours, ZoneId zone, Instant now) {
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        for (KioskHours day : hours) {
            if (day.day() == local.getDayOfWeek() && !time.isBefore(day.opens()) && time.isBefore(day.closes())) {
                return Optional.empty();
            }
        }
        ZonedDateTime next = null;
        for (int ahead = 0; ahead <= 7; ahead++) {
            ZonedDateTime date = local.plusDays(ahead);
            for (KioskHours day : hours) {
                ZonedDateTime opening = date.with(day.opens());
                if (day.day() == date.getDayOfWeek() && opening.isAfter(local)
                        && (next == null || opening.isBefore(next))) {
                    next = opening;
                }
            }
            if (next != null) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }
}
