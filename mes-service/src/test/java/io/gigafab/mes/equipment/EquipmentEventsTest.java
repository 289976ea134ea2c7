package io.gigafab.mes.equipment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Topics;
import io.gigafab.events.equipment.Alarm;
import io.gigafab.events.equipment.MachineryItemState;
import io.gigafab.events.equipment.StateChange;
import io.gigafab.mes.kafka.TestDatabase;
import io.gigafab.mes.kafka.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "eng-x", roles = "engineer")
class EquipmentEventsTest {

    private static final EquipmentRef FILLER =
            new EquipmentRef("gf1", "cells", "L2", "FILL-02", EquipmentClass.FILLER);

    @Test
    void aStateChangeShowsAsTheMachinesState() {
        Instant at = Instant.parse("2026-01-10T08:00:00Z");
        TestTopics.publish(
                new StateChange(
                        UUID.randomUUID(),
                        FILLER,
                        at,
                        MachineryItemState.NOT_EXECUTING,
                        MachineryItemState.EXECUTING));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().get("/api/equipment/FILL-02")
                                        .then()
                                        .statusCode(200)
                                        .body("state", equalTo("EXECUTING"))
                                        .body("stateSince", equalTo("2026-01-10T08:00:00Z"))
                                        .body("line", equalTo("L2")));
    }

    @Test
    void alarmsAreRaisedAndClearedPerMachineAndLine() {
        String code = "E-" + UUID.randomUUID().toString().substring(0, 8);
        Instant raised = Instant.now().minusSeconds(60);
        TestTopics.publish(
                new Alarm(UUID.randomUUID(), FILLER, raised, code, 700, "Fill nozzle leak", true));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().get("/api/lines/L2/alarms?active=true")
                                        .then()
                                        .statusCode(200)
                                        .body("alarmCode", hasItem(code)));

        TestTopics.publish(
                new Alarm(
                        UUID.randomUUID(),
                        FILLER,
                        Instant.now(),
                        code,
                        700,
                        "Fill nozzle leak",
                        false));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().get("/api/lines/L2/alarms?active=true")
                                        .then()
                                        .body("alarmCode", not(hasItem(code))));
        given().get("/api/equipment/FILL-02/alarms")
                .then()
                .statusCode(200)
                .body("find { it.alarmCode == '" + code + "' }.clearedAt", notNullValue())
                .body("find { it.alarmCode == '" + code + "' }.active", equalTo(false));
    }

    @Test
    void anUnreadableMessageIsSetAsideAndDoesNotBlockThePartition() {
        long before =
                TestDatabase.count(
                        "select count(*) from dead_letter_message where consumer ="
                                + " 'equipment-events'");
        TestTopics.publishRaw(
                Topics.EQUIPMENT_EVENTS, "FILL-02", "{not json".getBytes(StandardCharsets.UTF_8));
        String code = "E-" + UUID.randomUUID().toString().substring(0, 8);
        TestTopics.publish(
                new Alarm(UUID.randomUUID(), FILLER, Instant.now(), code, 500, "Door open", true));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().get("/api/equipment/FILL-02/alarms?active=true")
                                        .then()
                                        .body("alarmCode", hasItem(code)));
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                TestDatabase.count(
                                                "select count(*) from dead_letter_message where"
                                                        + " consumer = 'equipment-events'")
                                        > before);
    }

    @Test
    void unknownEquipmentIsNotFound() {
        given().get("/api/equipment/NO-SUCH/alarms")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/lines/L9/alarms").then().statusCode(404);
    }

    @Test
    @TestSecurity
    void anonymousCallersAreRejected() {
        given().get("/api/lines/L2/alarms").then().statusCode(401);
    }
}
