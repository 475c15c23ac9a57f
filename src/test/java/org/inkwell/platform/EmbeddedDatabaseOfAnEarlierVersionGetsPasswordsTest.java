package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.inkwell.support.EmbeddedDatabaseFolder;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * A data folder made by an earlier version (initdb with trust, migrations and data as the superuser),
 * as demo users and the benchmark keep them: the next start gives it passwords and hands the data to
 * the service's role, keeping every row.
 */
class EmbeddedDatabaseOfAnEarlierVersionGetsPasswordsTest {

    @Test
    void theNextStartReplacesTrustWithPasswordsAndKeepsTheData() throws Exception {
        Path data = IntegrationTest.newDataDirectory();
        EmbeddedDatabaseFolder folder = new EmbeddedDatabaseFolder(data);
        madeByAnEarlierVersion(data);
        assertThat(folder.clientAuthenticationRules()).anyMatch(rule -> rule.endsWith("trust"));

        try (ServiceProcess service = ServiceProcess.start(data, "--inkwell.demo=true")) {
            assertThat(service.api().get("/api/v1/facilities?q=DEMO").json().size())
                    .as("demo data written by the service's role into tables the superuser made").isEqualTo(2);
            assertThat(folder.clientAuthenticationRules()).isNotEmpty()
                    .allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.passwordFile())))
                    .isEqualTo("rw-------");
            assertThatThrownBy(() -> folder.connect("postgres", null).close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> folder.connect("postgres", "postgres").close()).isInstanceOf(SQLException.class);
            try (Connection db = folder.connect("postgres", folder.superuserPassword())) {
                assertThat(db.isValid(5)).isTrue();
            }
            try (Connection db = folder.connect(folder.user(), folder.password()); Statement sql = db.createStatement()) {
                assertThat(single(sql, "SELECT words FROM kept_from_before")).isEqualTo("written before the upgrade");
                assertThat(single(sql, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
                assertThat(single(sql, """
                        SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace
                          AND relowner <> current_user::regrole""")).as("relations left to the superuser").isEqualTo("0");
                assertThat(single(sql, """
                        SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
                          AND proowner <> current_user::regrole""")).as("functions left to the superuser").isEqualTo("0");
                assertThat(single(sql, "SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isEqualTo("0");
            }
        }
    }

    /** What the service did before it had passwords: the library's initdb (trust), migrations as the superuser. */
    private static void madeByAnEarlierVersion(Path data) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
            Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").load().migrate();
            try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
                sql.execute("CREATE TABLE kept_from_before (id BIGINT GENERATED ALWAYS AS IDENTITY, words TEXT)");
                sql.execute("INSERT INTO kept_from_before (words) VALUES ('written before the upgrade')");
                sql.execute("""
                        CREATE FUNCTION runs_as_its_owner() RETURNS text LANGUAGE sql SECURITY DEFINER
                        AS $$ SELECT current_user::text $$""");
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
