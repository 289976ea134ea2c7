package io.gigafab.mes.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every role: a role outside an endpoint's list gets 403, a role inside it never
 * gets 401/403 (it may get 400/404/409 — the calls use ids that do not exist, so nothing changes),
 * and a caller without a token gets 401 everywhere.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final Set<String> ALL =
            Set.of(Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN);
    private static final Set<String> MAKERS = Set.of(Roles.OPERATOR, Roles.ENGINEER, Roles.ADMIN);

    /** One endpoint and the roles that may call it. */
    record Call(String method, String path, Set<String> allowed) {}

    static final List<Call> MATRIX =
            List.of(
                    new Call(
                            "GET",
                            "/api/audit?entityType=unit&entityId=X",
                            Set.of(Roles.AUDITOR, Roles.QUALITY, Roles.ENGINEER, Roles.ADMIN)),
                    new Call(
                            "GET",
                            "/api/audit/verify",
                            Set.of(Roles.AUDITOR, Roles.QUALITY, Roles.ADMIN)),
                    new Call("GET", "/api/equipment/NOPE", ALL),
                    new Call("GET", "/api/equipment/NOPE/alarms", ALL),
                    new Call("GET", "/api/lines/NOPE/alarms", ALL),
                    new Call("GET", "/api/equipment/NOPE/recipe", ALL),
                    new Call(
                            "PUT",
                            "/api/equipment/NOPE/recipe",
                            Set.of(Roles.ENGINEER, Roles.ADMIN)),
                    new Call("POST", "/api/equipment/NOPE/recipe-downloads", MAKERS),
                    new Call("GET", "/api/equipment/NOPE/recipe-downloads", ALL),
                    new Call("GET", "/api/genealogy/NOPE/backward", ALL),
                    new Call("GET", "/api/genealogy/NOPE/forward", ALL),
                    new Call("GET", "/api/genealogy/rolls/NOPE/cells?fromM=0&toM=1", ALL),
                    new Call("GET", "/api/insights?line=L1", ALL),
                    new Call("GET", "/api/insights/00000000-0000-0000-0000-000000000000", ALL),
                    new Call("GET", "/api/plant/equipment", ALL),
                    new Call("GET", "/api/plant/lines/NOPE/equipment", ALL),
                    new Call("GET", "/api/orders", ALL),
                    new Call("POST", "/api/orders", Set.of(Roles.ENGINEER, Roles.ADMIN)),
                    new Call("GET", "/api/holds", ALL),
                    new Call("GET", "/api/holds/NOPE", ALL),
                    new Call("GET", "/api/holds/NOPE/units", ALL),
                    new Call(
                            "POST",
                            "/api/holds",
                            Set.of(Roles.ENGINEER, Roles.QUALITY, Roles.ADMIN)),
                    new Call("POST", "/api/holds/NOPE/release", Set.of(Roles.QUALITY, Roles.ADMIN)),
                    new Call(
                            "GET",
                            "/api/ncrs",
                            Set.of(Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN)),
                    new Call(
                            "POST",
                            "/api/ncrs",
                            Set.of(Roles.ENGINEER, Roles.QUALITY, Roles.ADMIN)),
                    new Call("POST", "/api/ncrs/NOPE/close", Set.of(Roles.QUALITY, Roles.ADMIN)),
                    new Call("GET", "/api/defect-codes", ALL),
                    new Call("GET", "/api/recipes", ALL),
                    new Call("GET", "/api/recipes/NOPE", ALL),
                    new Call("GET", "/api/recipes/NOPE/versions/1", ALL),
                    new Call("GET", "/api/recipes/NOPE/diff?from=1&to=2", ALL),
                    new Call("POST", "/api/recipes/NOPE/versions", Set.of(Roles.ENGINEER)),
                    new Call("POST", "/api/recipes/NOPE/versions/1/submit", Set.of(Roles.ENGINEER)),
                    new Call(
                            "POST",
                            "/api/recipes/NOPE/versions/1/signatures",
                            Set.of(Roles.ENGINEER, Roles.QUALITY)),
                    new Call("GET", "/api/recipes/NOPE/versions/1/signatures", ALL),
                    new Call(
                            "POST",
                            "/api/recipes/NOPE/versions/1/obsolete",
                            Set.of(Roles.ENGINEER, Roles.QUALITY)),
                    new Call(
                            "GET",
                            "/api/reports/first-pass-yield?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z",
                            ALL),
                    new Call("GET", "/api/reports/wip?line=L1", ALL),
                    new Call("GET", "/api/units/NOPE", ALL),
                    new Call("POST", "/api/units/NOPE/track-in", MAKERS),
                    new Call("POST", "/api/units/NOPE/track-out", MAKERS),
                    new Call("POST", "/api/material-lots", Set.of(Roles.QUALITY, Roles.ADMIN)),
                    new Call("POST", "/api/rolls", MAKERS),
                    new Call("POST", "/api/rolls/NOPE/daughters", MAKERS),
                    new Call("POST", "/api/cells", MAKERS),
                    new Call("POST", "/api/assemblies", MAKERS),
                    new Call("POST", "/api/passports/NOPE", Set.of(Roles.QUALITY, Roles.ADMIN)),
                    new Call(
                            "GET",
                            "/api/recall?materialLot=NOPE",
                            Set.of(Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN)),
                    new Call(
                            "GET",
                            "/api/scorecards/suppliers?materialId=NOPE",
                            Set.of(Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN)),
                    new Call(
                            "GET",
                            "/api/scorecards/equipment?equipmentClass=NOPE",
                            Set.of(Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN)),
                    new Call(
                            "GET",
                            "/api/scorecards/recipes?recipeId=NOPE",
                            Set.of(Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN)),
                    new Call(
                            "POST",
                            "/api/audit-packages/verify",
                            Set.of(Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN)));

    @Test
    @TestSecurity(
            user = "demo-operator",
            roles = Roles.OPERATOR,
            attributes = @SecurityAttribute(key = "gigafab.lines", value = "L1"))
    void operator() {
        assertMatrix(Roles.OPERATOR);
    }

    @Test
    @TestSecurity(user = "demo-engineer", roles = Roles.ENGINEER)
    void engineer() {
        assertMatrix(Roles.ENGINEER);
    }

    @Test
    @TestSecurity(user = "demo-quality", roles = Roles.QUALITY)
    void quality() {
        assertMatrix(Roles.QUALITY);
    }

    @Test
    @TestSecurity(user = "demo-auditor", roles = Roles.AUDITOR)
    void auditorOnlyReads() {
        assertMatrix(Roles.AUDITOR);
        // Auditors change nothing: they read, and they export and check audit packages.
        assertThat(MATRIX.stream().filter(c -> c.allowed().contains(Roles.AUDITOR)))
                .allMatch(
                        c ->
                                c.method().equals("GET")
                                        || c.path().startsWith("/api/audit-packages"));
    }

    @Test
    @TestSecurity(user = "demo-admin", roles = Roles.ADMIN)
    void admin() {
        assertMatrix(Roles.ADMIN);
    }

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        List<String> wrong = new ArrayList<>();
        for (Call call : MATRIX) {
            int status = send(call);
            if (status != 401) {
                wrong.add(call.method() + " " + call.path() + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePassportIsTheOnePublicEndpoint() {
        given().get("/api/passports/NOPE")
                .then()
                .statusCode(404)
                .body(
                        "detail",
                        org.hamcrest.Matchers.equalTo("No passport has been issued for NOPE"));
    }

    private static void assertMatrix(String role) {
        List<String> wrong = new ArrayList<>();
        for (Call call : MATRIX) {
            int status = send(call);
            boolean allowed = call.allowed().contains(role);
            boolean ok = allowed ? status != 401 && status != 403 : status == 403;
            if (!ok) {
                wrong.add(
                        call.method()
                                + " "
                                + call.path()
                                + " -> "
                                + status
                                + (allowed ? " (allowed)" : " (forbidden)"));
            }
        }
        assertThat(wrong).as("role " + role).isEmpty();
    }

    private static int send(Call call) {
        return given().contentType(ContentType.JSON)
                .body("{}")
                .request(call.method(), call.path())
                .statusCode();
    }
}
