package io.gigafab.mes.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gigafab.mes.MesTestStack;
import io.gigafab.mes.PlantFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The workbench reads the SPC points and roll-position values the analytics job writes. */
@QuarkusTest
@TestSecurity(user = "demo-engineer", roles = "engineer")
class ProcessChartsTest {

    @Test
    void spcPointsComeInTimeOrderWithTheirRuleViolations() throws Exception {
        String machine = "COAT-C02";
        String tag = "coat_weight_" + PlantFixture.unique();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        try (Connection c = DriverManager.getConnection(MesTestStack.jdbcUrl());
                PreparedStatement insert =
                        c.prepareStatement(
                                "insert into analytics_spc_point (sampled_at, equipment_id, tag,"
                                    + " line_id, recipe_id, recipe_version, value, centre, ucl,"
                                    + " lcl, rule_violated) values (?, ?, ?, 'L2',"
                                    + " 'LFP-280P-COATING-CATHODE', 1, ?, 21.0, 21.3, 20.7, ?)")) {
            double[] values = {21.05, 20.95, 21.6};
            for (int i = 0; i < values.length; i++) {
                insert.setTimestamp(1, Timestamp.from(t0.plusSeconds(i)));
                insert.setString(2, machine);
                insert.setString(3, tag);
                insert.setDouble(4, values[i]);
                insert.setObject(5, i == 2 ? (Object) (short) 1 : null, java.sql.Types.SMALLINT);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        given().get(
                        "/api/workbench/spc?equipmentId={e}&tag={t}&from={f}&to={to}",
                        machine,
                        tag,
                        t0.minusSeconds(1).toString(),
                        t0.plusSeconds(10).toString())
                .then()
                .statusCode(200)
                .body("points.value", contains(21.05f, 20.95f, 21.6f))
                .body("points[0].rule", nullValue())
                .body("points[2].rule", equalTo("Rule 1: beyond 3σ"))
                .body("points[2].ucl", equalTo(21.3f));
        given().get(
                        "/api/workbench/spc-charts?from={f}&to={to}",
                        t0.minusSeconds(1).toString(),
                        t0.plusSeconds(10).toString())
                .then()
                .statusCode(200)
                .body("find { it.tag == '" + tag + "' }.equipmentId", equalTo(machine))
                .body("find { it.tag == '" + tag + "' }.points", equalTo(3))
                .body("find { it.tag == '" + tag + "' }.violations", equalTo(1));
        given().get("/api/workbench/spc?equipmentId={e}&from=x&to=y", machine)
                .then()
                .statusCode(400)
                .body("detail", equalTo("equipmentId and tag are required"));
    }

    @Test
    void coatingValuesComeAlongTheRollsMetreAxis() throws Exception {
        String roll = "RC-CHART-" + PlantFixture.unique();
        try (Connection c = DriverManager.getConnection(MesTestStack.jdbcUrl());
                PreparedStatement insert =
                        c.prepareStatement(
                                "insert into analytics_measurement (sampled_at, equipment_id, tag,"
                                        + " line_id, value, unit, roll_id, position_m) values (?,"
                                        + " 'COAT-C01', 'coat_weight', 'L1', ?, 'mg/cm2', ?, ?)")) {
            for (int i = 0; i < 3; i++) {
                insert.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(10 - i)));
                insert.setDouble(2, 21.0 - i * 0.5);
                insert.setString(3, roll);
                insert.setDouble(4, 400 - i * 100);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        given().get("/api/workbench/rolls/{id}/coating", roll)
                .then()
                .statusCode(200)
                .body("points.positionM", contains(200.0f, 300.0f, 400.0f))
                .body("points.value", contains(20.0f, 20.5f, 21.0f))
                .body("points[0].unit", equalTo("mg/cm2"));
    }
}
