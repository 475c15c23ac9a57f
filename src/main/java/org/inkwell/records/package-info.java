/**
 * Records: how long messages are kept and what stops their deletion. The retention job erases what is
 * due in batches (a tombstone of each message stays for the ledger), legal holds placed by platform admins
 * and investigation cases not yet ended keep their subjects' messages, and each run is counted and audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package org.inkwell.records;
