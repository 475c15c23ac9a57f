package org.inkwell.directory;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a facility tells families and the people inside about watching their mail, made from the facility's
 * own settings only (never text staff typed), so it cannot say more or less than the service does: what is
 * screened and read, who may read, how long it is kept, and that privileged legal mail is not read.
 * The API gives it in English; pages in their own language.
 */
@Component("monitoringNotice")
public class MonitoringNotice {

    private final MessageSource texts;

    MonitoringNotice(MessageSource texts) {
        this.texts = texts;
    }

    /** The notice in English, as the API gives it. */
    public String english(Facility facility) {
        return text(facility, Locale.ENGLISH);
    }

    public String text(Facility facility, Locale locale) {
        return String.join(" ", sentences(facility, locale));
    }

    /** One sentence per thing a family should know, in the order a page lists them. */
    public List<String> sentences(Facility facility, Locale locale) {
        Object[] args = {facility.name(), facility.retentionDays()};
        String monitored = (facility.autoApproveClean() ? "notice.monitored.autoApproved" : "notice.monitored.reviewed")
                + (facility.maxPhotosPerMessage() > 0 ? ".photos" : "");
        return List.of(
                texts.getMessage(monitored, args, locale),
                texts.getMessage("notice.readers", args, locale),
                texts.getMessage("notice.kept", args, locale),
                texts.getMessage(facility.legalMailFree() ? "notice.legal.free" : "notice.legal", args, locale));
    }
}
