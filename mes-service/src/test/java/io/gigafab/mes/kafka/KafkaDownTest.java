package io.gigafab.mes.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MES starts and serves its API while no Kafka broker can be reached. */
@QuarkusTest
@TestProfile(KafkaDownTest.NoBroker.class)
class KafkaDownTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gigafab.kafka.bootstrap-servers", "localhost:1");
        }
    }

    @Test
    @TestSecurity(user = "eng-x", roles = "engineer")
    void theApiAnswersWithoutKafka() {
        given().get("/api/recipes").then().statusCode(200).body("size()", greaterThanOrEqualTo(33));
        given().get("/api/equipment/COAT-C01").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
