package org.inkwell.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;

/** Finds what no term list can: ways to reach or pay someone, and text that hides what it says. */
public final class Detectors {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+|\\b[a-z0-9-]{2,}\\.(?:com|net|org|io|co|me|ly|gg|app|info|biz|us|tv|xyz)(?:/[^\\s<>\"]*)?\\b");
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "(?i)\\b\\d{1,6}\\s+(?:[a-z0-9.'-]+\\s+){1,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr"
                    + "|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|calle|avenida)\\b\\.?");
    private static final Pattern CASHTAG = Pattern.compile("(?<![\\w$])\\$[A-Za-z][A-Za-z0-9_-]{1,20}\\b");
    private static final Pattern PAYMENT_APP = Pattern.compile(
            "(?i)\\b(?:venmo|cash\\s?app|paypal(?:\\.me)?|zelle|chime|apple\\s?cash)\\b(?:\\s*(?:me|at|to|is|:)?\\s*@?[A-Za-z0-9_.-]{3,})?");
    private static final Pattern ENCODED = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}|\\b[0-9a-fA-F]{32,}\\b");
    /** What an inmate number looks like: letters and digits with at least three digits, e.g. A1001. */
    public static final Pattern INMATE_NUMBER = Pattern.compile("\\b[A-Za-z]{0,3}-?\\d{3,10}[A-Za-z]?\\b");

    private Detectors() {
    }

    public static List<Flag> detect(String text) {
        List<Flag> flags = new ArrayList<>();
        for (PhoneNumberMatch phone : PHONES.findNumbers(text, "US", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (phone.rawString().replaceAll("\\D", "").length() >= 7) {
                flags.add(new Flag(Category.PHONE_NUMBER, phone.rawString(), phone.start(), phone.end()));
            }
        }
        find(EMAIL, Category.EMAIL_ADDRESS, text, flags);
        List<Flag> emails = List.copyOf(flags.stream().filter(f -> f.category() == Category.EMAIL_ADDRESS).toList());
        Matcher url = URL.matcher(text);
        while (url.find()) {
            int start = url.start();
            boolean insideEmail = emails.stream().anyMatch(e -> start >= e.start() && start < e.end());
            if (!insideEmail) {
                flags.add(new Flag(Category.URL, url.group(), url.start(), url.end()));
            }
        }
        find(STREET_ADDRESS, Category.STREET_ADDRESS, text, flags);
        find(CASHTAG, Category.PAYMENT_HANDLE, text, flags);
        find(PAYMENT_APP, Category.PAYMENT_HANDLE, text, flags);
        find(ENCODED, Category.CODED_LANGUAGE, text, flags);
        return flags;
    }

    /** Candidate inmate numbers in the text, upper-cased, for the roster to confirm. */
    public static Set<String> inmateNumberCandidates(String text) {
        Set<String> candidates = new LinkedHashSet<>();
        Matcher matcher = INMATE_NUMBER.matcher(text);
        while (matcher.find()) {
            candidates.add(matcher.group().toUpperCase(Locale.ROOT));
        }
        return candidates;
    }

    private static void find(Pattern pattern, Category category, String text, List<Flag> flags) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            flags.add(new Flag(category, matcher.group(), matcher.start(), matcher.end()));
        }
    }
}
