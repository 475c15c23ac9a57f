package org.inkwell.investigations.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.inkwell.investigations.Watch;
import org.inkwell.messaging.MessageArchive;
import org.inkwell.messaging.MessageSubmitted;
import org.inkwell.screening.Screener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a case's alerts as a message is sent, in the send transaction: for a watched person or account
 * on either end, and for each watched term the screen found (matched again, through the same screen,
 * to tell which cases watch it). The case's investigators hear of it by email, without what matched.
 */
@Component
class WatchAlerts {

    private final WatchRepository watches;
    private final MessageArchive archive;
    private final Screener screener;
    private final AlertMails mails;
    private final Clock clock;

    WatchAlerts(WatchRepository watches, MessageArchive archive, Screener screener, AlertMails mails, Clock clock) {
        this.mails = mails;
        this.watches = watches;
        this.archive = archive;
        this.screener = screener;
        this.clock = clock;
    }

    @EventListener
    void on(MessageSubmitted sent) {
        Instant now = clock.instant();
        Set<UUID> alerted = new LinkedHashSet<>();
        for (Watch watch : watches.livePartyWatches(sent.inmateId(), sent.accountId(), now)) {
            watches.alert(watch, sent.messageId(), now);
            alerted.add(watch.caseId());
        }
        if (sent.watchFlagged()) {
            List<Watch> terms = watches.liveTermWatches(sent.agencyId(), now);
            archive.find(sent.agencyId(), sent.messageId()).ifPresent(message -> {
                Set<String> found = screener.occurring(terms.stream().map(Watch::value).toList(), message.body());
                terms.stream().filter(w -> found.contains(w.value())).forEach(w -> {
                    watches.alert(w, sent.messageId(), now);
                    alerted.add(w.caseId());
                });
            });
        }
        alerted.forEach(caseId -> mails.alerted(caseId, now));
    }
}
