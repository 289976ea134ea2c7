package io.gigafab.mes.web;

import static io.gigafab.mes.PlantFixture.cell;
import static io.gigafab.mes.PlantFixture.slitCathodeRoll;
import static io.gigafab.mes.PlantFixture.trackIn;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.mes.PlantFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The web UI in a real headless Chromium (Debian's chromium driven by playwright-core, run with the
 * machine's node) against this running MES: the operator scans, tracks out and sees a hold in plain
 * words; the engineer sees charts and a roll map; the auditor opens a genealogy. The script is
 * ui-web/e2e/browser-test.mjs; screenshots go to target/screenshots.
 */
@QuarkusTest
class WebUiBrowserTest {

    private static final Path UI_WEB = Path.of("..", "ui-web").toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @TestHTTPResource("/")
    URL base;

    @Test
    void operatorEngineerAndAuditorWorkInARealBrowser() throws Exception {
        PlantFixture.activateRecipes();
        // other tests share the database: the trend at STACK-01 counts their track-outs too
        long stackTrackOutsBefore = stackTrackOuts();
        Map<String, String> data = plantData();
        Files.createDirectories(SCREENSHOTS);

        ProcessBuilder node =
                new ProcessBuilder("node", "e2e/browser-test.mjs")
                        .directory(UI_WEB.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(SCREENSHOTS.resolve("browser-test.log").toFile());
        node.environment().put("BASE_URL", base.toString());
        node.environment().put("SCREENSHOTS", SCREENSHOTS.toString());
        data.forEach(node.environment()::put);
        node.environment().put("STACK_TRACK_OUTS_BEFORE", Long.toString(stackTrackOutsBefore));
        boolean analytics = AnalyticsRows.present();
        if (analytics) {
            AnalyticsRows.insert(data.get("MOTHER_ROLL"));
        }
        // the script checks the charts' points when the rows are there, "no data yet" otherwise
        node.environment().put("ANALYTICS", analytics ? "present" : "absent");
        Process process = node.start();
        boolean ended = process.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String log = Files.readString(SCREENSHOTS.resolve("browser-test.log"));
        assertThat(ended).as("browser test ended in time; log:%n%s", log).isTrue();
        assertThat(process.exitValue()).as("browser test log:%n%s", log).isZero();
        assertThat(log)
                .contains(
                        "operator: hold shown",
                        "operator: graded",
                        "engineer: charts",
                        analytics
                                ? "engineer: SPC points and a violation"
                                : "engineer: SPC no data yet",
                        "auditor: genealogy");
        for (String shot :
                List.of(
                        "operator-track-out.png",
                        "operator-hold.png",
                        "operator-grading.png",
                        "operator-tablet-portrait.png",
                        "engineer-workbench.png",
                        "engineer-roll-map.png",
                        "auditor-genealogy.png")) {
            assertThat(SCREENSHOTS.resolve(shot)).isNotEmptyFile();
        }
    }

    /** Units tracked out at STACK-01 over the workbench's default range (the last 7 days). */
    private static long stackTrackOuts() {
        java.time.Instant now = java.time.Instant.now();
        List<Integer> units =
                given().cookie(BrowserLogin.COOKIE, "fixture")
                        .get(
                                "/api/workbench/fpy-trend?from={f}&to={t}&bucket=hour&equipment=STACK-01",
                                now.minus(java.time.Duration.ofDays(7)).toString(),
                                now.plus(java.time.Duration.ofHours(1)).toString())
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("units");
        return units.stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * A slit roll, a cell ready for stacking, a cell on a held interval, a failed cell and a cell
     * in process at grading (formation and aging passed without key values).
     */
    private static Map<String, String> plantData() {
        RestAssured.requestSpecification =
                new RequestSpecBuilder().addCookie(BrowserLogin.COOKIE, "fixture").build();
        try {
            String mother = slitCathodeRoll();
            String good = cell(mother + "-L1", 10, 20);
            String held = cell(mother + "-L2", 400, 410);
            String failed = cell(mother + "-L3", 30, 40);
            trackIn(failed, "STACK-01");
            given().contentType(ContentType.JSON)
                    .body(Map.of("result", "FAIL", "defectCodes", List.of("STACK-HIPOT")))
                    .post("/api/units/{id}/track-out", failed)
                    .then()
                    .statusCode(200);
            given().contentType(ContentType.JSON)
                    .body(
                            Map.of(
                                    "scope",
                                    "ROLL_INTERVAL",
                                    "targetId",
                                    mother,
                                    "startM",
                                    400,
                                    "endM",
                                    600,
                                    "reason",
                                    "Coat weight low at 400–600 m"))
                    .post("/api/holds")
                    .then()
                    .statusCode(200);
            String grading = cell(mother + "-L4", 50, 60);
            for (String station : List.of("STACK-01", "FILL-01", "FORM-01", "AGE-01")) {
                PlantFixture.pass(grading, station);
            }
            trackIn(grading, "GRADE-01");
            return Map.of(
                    "MOTHER_ROLL", mother,
                    "GOOD_CELL", good,
                    "HELD_CELL", held,
                    "GRADING_CELL", grading);
        } finally {
            RestAssured.requestSpecification = null;
        }
    }
}
