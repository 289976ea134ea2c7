package io.gigafab.mes;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data on the sample plant's line L1, made through the API: a coated, calendered and slit
 * cathode roll, and cells stacked from its daughter rolls. Callers run with a role that may create
 * units (engineer). Recipes are activated on the machines over JDBC, as an engineer would have.
 */
public final class PlantFixture {

    public static final String ORDER = "PO-L1-0001";
    public static final List<String> CELL_ROUTE =
            List.of("STACK-01", "FILL-01", "FORM-01", "AGE-01", "GRADE-01");

    private PlantFixture() {}

    /** A short unique suffix, so tests sharing the database do not collide. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * Makes every L1 and L2 machine run the APPROVED library recipe of LFP-280P for its class (the
     * cathode or anode variant by the machine id), unless a test already activated another.
     */
    public static void activateRecipes() {
        try (Connection c = DriverManager.getConnection(MesTestStack.jdbcUrl());
                Statement activate = c.createStatement()) {
            activate.executeUpdate(
                    "insert into equipment_recipe (equipment_id, recipe_id, recipe_version,"
                            + " activated_by, activated_at) select e.id, r.recipe_id, r.version,"
                            + " 'test', now() from equipment e cross join lateral (select"
                            + " recipe_id, version from recipe_version v where v.equipment_class ="
                            + " e.equipment_class and v.recipe_id like 'LFP-280P-%' and v.status ="
                            + " 'APPROVED' order by case when e.id like '%-A0%' then"
                            + " v.recipe_id like '%-ANODE' else v.recipe_id not like '%-ANODE'"
                            + " end desc, v.version desc limit 1) r"
                            + " on conflict (equipment_id) do nothing");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not activate recipes", e);
        }
    }

    public static void trackIn(String unitId, String equipmentId) {
        given().contentType(ContentType.JSON)
                .body(Map.of("equipmentId", equipmentId))
                .post("/api/units/{id}/track-in", unitId)
                .then()
                .statusCode(200);
    }

    public static void trackOutPass(String unitId, Map<String, Double> keyValues) {
        given().contentType(ContentType.JSON)
                .body(Map.of("result", "PASS", "keyValues", keyValues))
                .post("/api/units/{id}/track-out", unitId)
                .then()
                .statusCode(200);
    }

    public static void pass(String unitId, String equipmentId) {
        trackIn(unitId, equipmentId);
        trackOutPass(unitId, Map.of());
    }

    /**
     * A 1000 m cathode mother roll through coating and calendering, slit into four 250 m lanes
     * (daughter i maps mother metres [0, 250] of lane i here, for simple arithmetic: lanes run in
     * parallel over the same metres).
     *
     * @return the mother roll id; daughters are mother + "-L1" … "-L4"
     */
    public static String slitCathodeRoll() {
        return slitCathodeRoll("ML-LFP-2611-001", 1000, 4, 40);
    }

    /**
     * A cathode mother roll of {@code lengthM} made from {@code quantityKg} of a material lot,
     * coated, calendered and slit into {@code lanes} daughter rolls over its full length.
     */
    public static String slitCathodeRoll(String lot, int lengthM, int lanes, double quantityKg) {
        String mother = "RC-T" + unique();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "id", mother,
                                "orderId", ORDER,
                                "polarity", "CATHODE",
                                "lengthM", lengthM,
                                "materialLots",
                                        List.of(Map.of("lotId", lot, "quantity", quantityKg))))
                .post("/api/rolls")
                .then()
                .statusCode(200);
        pass(mother, "COAT-C01");
        pass(mother, "CAL-C01");
        trackIn(mother, "SLIT-C01");
        List<Map<String, Object>> daughters = new java.util.ArrayList<>();
        for (int lane = 1; lane <= lanes; lane++) {
            daughters.add(
                    Map.of("id", mother + "-L" + lane, "lane", lane, "startM", 0, "endM", lengthM));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("daughters", daughters))
                .post("/api/rolls/{id}/daughters", mother)
                .then()
                .statusCode(200);
        trackOutPass(mother, Map.of());
        return mother;
    }

    /** A cell stacked from metres [startM, endM] of a daughter roll. */
    public static String cell(String daughterRoll, double startM, double endM) {
        String id = "C-T" + unique();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "id", id,
                                "orderId", ORDER,
                                "sheets",
                                        List.of(
                                                Map.of(
                                                        "rollId", daughterRoll,
                                                        "startM", startM,
                                                        "endM", endM))))
                .post("/api/cells")
                .then()
                .statusCode(200);
        return id;
    }
}
