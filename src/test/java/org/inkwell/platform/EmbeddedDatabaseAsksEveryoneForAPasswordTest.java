package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.inkwell.support.EmbeddedDatabaseFolder;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL of a new data folder (the shared test service's), as another user of the
 * machine meets it: nobody gets in without the password kept in the folder, and the service's own
 * role owns the data without being a superuser.
 */
class EmbeddedDatabaseAsksEveryoneForAPasswordTest extends IntegrationTest {

    /** invalid_password, or the driver refusing to go on when the server asks for a password it lacks. */
    private static final List<String> REFUSED_FOR_THE_PASSWORD = List.of("28P01", "08004");
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final EmbeddedDatabaseFolder folder = new EmbeddedDatabaseFolder(dataDirectory());

    @Test
    void theSuperuserIsRefusedWithoutItsPasswordOrWithAWrongOne() {
        assertThat(api().get("/actuator/health").status()).isEqualTo(200);
        assertRefused("postgres", null);
        assertRefused("postgres", "postgres");
        assertRefused("postgres", "");
    }

    @Test
    void theServiceRoleIsRefusedWithoutItsPasswordOrWithAWrongOne() {
        assertThat(api().get("/actuator/health").status()).isEqualTo(200);
        assertRefused(folder.user(), null);
        assertRefused(folder.user(), "postgres");
        assertRefused(folder.user(), folder.password() + "x");
    }

    @Test
    void noRuleTrustsAnyone() {
        assertThat(folder.clientAuthenticationRules()).isNotEmpty()
                .allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256").doesNotContain("trust"));
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.passwordFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void theServiceRoleOwnsTheDataButIsNoSuperuser() throws SQLException {
        try (Connection db = folder.connect(folder.user(), folder.password()); Statement sql = db.createStatement()) {
            assertThat(single(sql, "SELECT current_user")).isEqualTo(folder.user()).isNotEqualTo("postgres");
            assertThat(single(sql, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
            assertThat(single(sql, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isNotEqualTo("0");
            assertThat(single(sql, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user"))
                    .as("tables of the service not owned by its role").isEqualTo("0");
            assertThat(single(sql, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                    .isEqualTo(folder.user());
            assertThatThrownBy(() -> sql.execute("COPY (SELECT 1) TO PROGRAM 'true'"))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            assertThatThrownBy(() -> sql.executeQuery("SELECT pg_read_file('postgresql.conf')"))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
    }

    @Test
    void theSuperuserHasAPasswordOfItsOwn() throws SQLException {
        assertThat(folder.superuserPassword()).isNotEqualTo(folder.password()).hasSizeGreaterThanOrEqualTo(24);
        try (Connection db = folder.connect("postgres", folder.superuserPassword()); Statement sql = db.createStatement()) {
            assertThat(single(sql, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("true");
        }
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws Exception {
        try (Connection db = folder.connect(folder.user(), folder.password()); Statement sql = db.createStatement()) {
            assertThat(single(sql, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
        }
        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, folder.port()), 2000))
                        .as("connecting to %s:%d", address, folder.port()).isInstanceOf(IOException.class);
            }
        }
    }

    private void assertRefused(String user, String password) {
        assertThatThrownBy(() -> folder.connect(user, password).close())
                .as("%s with %s", user, password == null ? "no password" : "a wrong password")
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isIn(REFUSED_FOR_THE_PASSWORD));
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
    }
}
