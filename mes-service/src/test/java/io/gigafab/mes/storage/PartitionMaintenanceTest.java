package io.gigafab.mes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.mes.MesTestStack;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartitionMaintenanceTest {

    @Inject PartitionMaintenance maintenance;

    @Test
    void createsTheMonthlyPartitionsAheadOnceOnly() throws Exception {
        String month = LocalDate.now().plusMonths(7).format(DateTimeFormatter.ofPattern("yyyy_MM"));
        assertThat(partitionExists("operation_run_" + month)).isFalse();
        assertThat(maintenance.ensureAhead(7)).isPositive();
        assertThat(partitionExists("operation_run_" + month)).isTrue();
        assertThat(maintenance.ensureAhead(7)).isZero();
    }

    private static boolean partitionExists(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(MesTestStack.jdbcUrl());
                ResultSet rs =
                        c.createStatement()
                                .executeQuery("select to_regclass('" + name + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
