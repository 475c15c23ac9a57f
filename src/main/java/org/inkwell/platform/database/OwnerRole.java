package org.inkwell.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The role the service connects to its embedded PostgreSQL as: it owns the database and everything in
 * it, so Flyway can migrate, but it is no superuser (no {@code COPY … TO PROGRAM}, no reading the
 * server's files, no other roles). Set up by the superuser at every start; idempotent, and nearly free
 * once done. Objects made by earlier versions as the superuser are handed over to it.
 */
final class OwnerRole {

    private static final String NAME = DatabasePasswords.OWNER_ROLE;

    /**
     * Owned sequences (identity and serial columns) move with their table and cannot be moved alone;
     * indexes and triggers move with their table too.
     */
    private static final String HAND_OVER_EVERYTHING = """
            DO $$
            DECLARE
                item record;
            BEGIN
                IF (SELECT datdba FROM pg_database WHERE datname = current_database()) <> '%1$s'::regrole THEN
                    EXECUTE format('ALTER DATABASE %%I OWNER TO %1$s', current_database());
                END IF;
                IF (SELECT nspowner FROM pg_namespace WHERE nspname = 'public') <> '%1$s'::regrole THEN
                    ALTER SCHEMA public OWNER TO %1$s;
                END IF;
                FOR item IN
                    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                    WHERE c.relnamespace = 'public'::regnamespace AND c.relowner <> '%1$s'::regrole
                      AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c')
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                      AND d.objid = c.oid AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i'))
                LOOP
                    IF item.relkind = 'c' THEN
                        EXECUTE format('ALTER TYPE %%s OWNER TO %1$s', item.name);
                    ELSE
                        EXECUTE format('ALTER TABLE %%s OWNER TO %1$s', item.name);
                    END IF;
                END LOOP;
                FOR item IN
                    SELECT t.oid::regtype AS name, t.typtype FROM pg_type t
                    WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> '%1$s'::regrole
                      AND t.typtype IN ('e', 'd', 'r')
                LOOP
                    EXECUTE format(CASE item.typtype WHEN 'd' THEN 'ALTER DOMAIN %%s OWNER TO %1$s'
                                   ELSE 'ALTER TYPE %%s OWNER TO %1$s' END, item.name);
                END LOOP;
                FOR item IN
                    SELECT p.oid::regprocedure AS name FROM pg_proc p
                    WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '%1$s'::regrole
                LOOP
                    EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', item.name);
                END LOOP;
            END
            $$""".formatted(NAME);

    private OwnerRole() {
    }

    /**
     * @param setPasswords set both roles' passwords from the file, for a folder of an earlier version
     *                     whose roles had none (a new role always gets its password)
     */
    static void establish(Connection superuser, DatabasePasswords passwords, boolean setPasswords) throws SQLException {
        PGConnection postgres = superuser.unwrap(PGConnection.class);
        if (setPasswords) {
            postgres.alterUserPassword(DatabasePasswords.SUPERUSER, passwords.superuser().toCharArray(), "scram-sha-256");
        }
        try (Statement statement = superuser.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + NAME + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE ROLE " + NAME + " LOGIN");
            }
            statement.execute("ALTER ROLE " + NAME + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            if (!exists || setPasswords) {
                postgres.alterUserPassword(NAME, passwords.owner().toCharArray(), "scram-sha-256");
            }
            statement.execute(HAND_OVER_EVERYTHING);
        }
    }
}
