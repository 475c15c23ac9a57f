package org.inkwell.platform;

/**
 * A module's share of the demo data. Implementations run in {@code @Order} before the service takes
 * traffic when {@code inkwell.demo=true}, each in its own transaction, and must be idempotent: a restart
 * on the same database seeds nothing twice.
 */
public interface DemoData {

    void seed();
}
