package org.inkwell.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.KioskHours;
import org.inkwell.identity.IssuedToken;
import org.inkwell.identity.Logins;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.SessionCookie;
import org.inkwell.platform.WebPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The kiosk's login for people in custody. A kiosk is set up for its facility ({@code ?facility=CODE});
 * outside the facility's kiosk hours the page says when it opens instead of offering a login. The kiosk
 * starts in the facility's language until someone picks another, and goes back to it at every logout.
 */
@WebPage
class KioskLoginPages {

    /** A kiosk is set up once with {@code /kiosk?facility=CODE}; the device remembers its facility. */
    static final String KIOSK_FACILITY = "inkwell_kiosk_facility";
    /** The language cookie of platform.web's locale resolver. */
    private static final String LANGUAGE = "inkwell_lang";

    private final Logins logins;
    private final Facilities facilities;
    private final LocaleResolver languages;
    private final FormErrors formErrors;
    private final Clock clock;

    KioskLoginPages(Logins logins, Facilities facilities, LocaleResolver languages, FormErrors formErrors, Clock clock) {
        this.logins = logins;
        this.facilities = facilities;
        this.languages = languages;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/kiosk")
    String form(@RequestParam(required = false) String facility,
            @CookieValue(name = KIOSK_FACILITY, required = false) String remembered,
            @CookieValue(name = LANGUAGE, required = false) String language, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (facility != null && facilities.find(facility).isPresent()) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(KIOSK_FACILITY, facility.trim().toUpperCase())
                    .httpOnly(true).sameSite("Lax").path("/kiosk").maxAge(Duration.ofDays(365)).build().toString());
        }
        Optional<Facility> site = prepare(facility != null ? facility : remembered, model);
        boolean chosen = (language != null && !language.isEmpty()) || request.getParameter("lang") != null;
        if (!chosen) {
            site.ifPresent(f -> languages.setLocale(request, response, Locale.forLanguageTag(f.kioskLanguage())));
        }
        return "kiosk/login";
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/kiosk")
    String login(@RequestParam(defaultValue = "") String facility, @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String pin, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<Facility> chosen = prepare(facility, model);
        if (chosen.isPresent() && model.getAttribute("opensAt") != null) {
            response.setStatus(403);
            return "kiosk/login";
        }
        try {
            IssuedToken token = logins.loginInmate(facility, number, pin);
            response.addHeader(HttpHeaders.SET_COOKIE, SessionCookie.issue(token.token(),
                    Duration.between(clock.instant(), token.expiresAt()), request).toString());
            return "redirect:/kiosk/inbox";
        } catch (ApiException refused) {
            model.addAttribute("number", number);
            formErrors.show(model, response, refused, "number");
            return "kiosk/login";
        }
    }

    /** "More time": the session runs on, up to the limit; back to the page the person was on. */
    @PreAuthorize("hasRole('INMATE')")
    @PostMapping("/kiosk/session/more-time")
    String moreTime(@RequestParam(defaultValue = "/kiosk/inbox") String back, HttpServletRequest request,
            HttpServletResponse response) {
        String token = SessionCookie.read(request);
        logins.extendKioskSession(Caller.required(), token);
        logins.sessionEndsAt(token).ifPresent(ends -> response.addHeader(HttpHeaders.SET_COOKIE,
                SessionCookie.issue(token, Duration.between(clock.instant(), ends), request).toString()));
        // Only back to a kiosk page of ours, never to another site.
        return "redirect:" + (back.matches("/kiosk/[A-Za-z0-9/-]*") ? back : "/kiosk/inbox");
    }

    /**
     * Logging out at a kiosk, by the button or after two minutes untouched ({@code why=idle}): the next
     * person starts in the facility's default language.
     */
    @PreAuthorize("permitAll()")
    @PostMapping("/kiosk/logout")
    String logout(@RequestParam(defaultValue = "") String why,
            @CookieValue(name = KIOSK_FACILITY, required = false) String kiosk, HttpServletRequest request,
            HttpServletResponse response) {
        String token = SessionCookie.read(request);
        if (token != null) {
            logins.logout(token);
        }
        Optional<Facility> site = facilities.find(kiosk);
        if (site.isEmpty() && Caller.current().isPresent()) {
            site = facilities.findById(Caller.current().get().facilityId());
        }
        leave(site, request, response);
        return "redirect:" + ("idle".equals(why) ? "/kiosk/ended?idle" : "/kiosk");
    }

    /** Where the kiosk goes when the time is up (or after an idle logout): it says the draft is kept. */
    @PreAuthorize("permitAll()")
    @GetMapping("/kiosk/ended")
    String ended(@CookieValue(name = KIOSK_FACILITY, required = false) String kiosk, HttpServletRequest request,
            HttpServletResponse response) {
        leave(facilities.find(kiosk), request, response);
        return "kiosk/ended";
    }

    /**
     * The session ends and the next person starts in the facility's language (on a kiosk whose facility is
     * unknown, in whatever its browser asks for). Only the cookie changes: a page shown now is still for the
     * person leaving, in their language.
     */
    private static void leave(Optional<Facility> site, HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, SessionCookie.clear(request).toString());
        ResponseCookie language = site
                .map(f -> ResponseCookie.from(LANGUAGE, f.kioskLanguage()).maxAge(Duration.ofDays(365)))
                .orElseGet(() -> ResponseCookie.from(LANGUAGE, "").maxAge(0))
                .path("/").sameSite("Lax").build();
        response.addHeader(HttpHeaders.SET_COOKIE, language.toString());
    }

    private Optional<Facility> prepare(String code, Model model) {
        model.addAttribute("facilities", facilities.search(null));
        Optional<Facility> facility = facilities.find(code);
        facility.ifPresent(f -> {
            model.addAttribute("facility", f);
            opensAt(f, clock.instant()).ifPresent(opens -> model.addAttribute("opensAt", opens));
        });
        return facility;
    }

    /** When the kiosks open next if they are closed now; empty while open (or when the facility sets no hours). */
    static Optional<ZonedDateTime> opensAt(Facility facility, Instant now) {
        return KioskHours.nextOpening(facility.kioskHours(), ZoneId.of(facility.timeZone()), now);
    }
}
