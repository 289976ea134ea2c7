package io.gigafab.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir Path workDir;

    @Test
    void startsARealPostgresServerReachableOverJdbc() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(0, workDir);
                Connection connection =
                        DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "create table roll_segment (roll_id text, start_m numeric, end_m numeric)");
            statement.execute(
                    "insert into roll_segment values ('R-9', 400, 600), ('R-9', 600, 900)");
            try (ResultSet rs =
                    statement.executeQuery(
                            "select count(*), current_setting('server_version_num')::int from"
                                + " roll_segment where roll_id = 'R-9' and start_m < 650 and end_m"
                                + " > 550")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.getInt(2)).as("server version").isGreaterThanOrEqualTo(180000);
            }
            assertThat(postgres.port()).isPositive();
        }
    }
}
