package org.inkwell.delivery.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import org.inkwell.identity.Logins;
import org.inkwell.platform.SessionCookie;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every kiosk page shows of the session: the time left, and when an untouched page warns and logs out. */
@Component
class KioskSession {

    /** The session's end is announced this long before, with a way to ask for more time. */
    private static final Duration WARN_BEFORE = Duration.ofMinutes(2);

    private final Logins logins;
    private final Clock clock;
    private final Duration idleAfter;
    private final Duration idleGrace;

    /**
     * {@code idleAfter}: how long a kiosk page may go untouched before it warns; {@code idleGrace}: how long
     * the warning stays before the kiosk logs out, so the next person does not find the session open.
     */
    KioskSession(Logins logins, Clock clock,
            @Value("${inkwell.kiosk.idle-after:PT2M}") Duration idleAfter,
            @Value("${inkwell.kiosk.idle-grace:PT30S}") Duration idleGrace) {
        this.logins = logins;
        this.clock = clock;
        this.idleAfter = idleAfter;
        this.idleGrace = idleGrace;
    }

    void show(HttpServletRequest request, Model model) {
        String token = SessionCookie.read(request);
        Instant ends = token == null ? null : logins.sessionEndsAt(token).orElse(null);
        model.addAttribute("sessionEndsAt", ends);
        // Seconds rather than an instant: the kiosk's own clock may be wrong, the countdown still is not.
        model.addAttribute("secondsLeft", ends == null ? 0 : Math.max(0, Duration.between(clock.instant(), ends).toSeconds()));
        model.addAttribute("warnBefore", WARN_BEFORE.toSeconds());
        model.addAttribute("idleAfter", idleAfter.toSeconds());
        model.addAttribute("idleGrace", idleGrace.toSeconds());
    }
}
