package org.inkwell.platform.demo;

import org.inkwell.platform.DemoData;
import org.inkwell.platform.InkwellProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo data after the schema is migrated and before the web server opens, so the first
 * request in demo mode already finds the demo accounts.
 */
@Component
class DemoSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final boolean demo;
    private final ObjectProvider<DemoData> seeds;
    private final TransactionTemplate transactions;

    DemoSeeder(InkwellProperties inkwell, ObjectProvider<DemoData> seeds,
            TransactionTemplate transactions) {
        this.demo = inkwell.demo();
        this.seeds = seeds;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!demo) {
            return;
        }
        seeds.orderedStream().forEach(seed -> transactions.executeWithoutResult(status -> seed.seed()));
        log.info("Demo mode: demo agency, facilities, people, staff and family account are in place");
    }
}
