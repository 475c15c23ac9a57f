package org.inkwell.wallet;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.wallet.internal.PaymentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which accounts paid with the same card (by the processor's fingerprint): for investigations only. */
@Service
public class SharedCards {

    private final PaymentRepository payments;

    SharedCards(PaymentRepository payments) {
        this.payments = payments;
    }

    /**
     * For each given account that shares a card with anyone, the other accounts that paid with that card;
     * at most {@code limit} pairs in all, since a test card (or a stolen one) may be shared by thousands.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Set<UUID>> of(Collection<UUID> accountIds, int limit) {
        return payments.sharingACard(accountIds, limit).stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
    }
}
