/**
 * Where the data lives: the embedded PostgreSQL the service runs itself, or an external one. Exposed so
 * that the application's {@code main} can start the embedded server early.
 */
@org.springframework.modulith.NamedInterface("database")
package org.inkwell.platform.database;
