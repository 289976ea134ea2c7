package io.gigafab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigafab.stack.InsightFeed;
import io.gigafab.stack.MesClient;
import java.util.Set;
import java.util.TreeSet;

/** What the end-to-end tests read back from the MES: insights, genealogy, recipe versions. */
final class MesQueries {

    private final MesClient mes;

    MesQueries(MesClient mes) {
        this.mes = mes;
    }

    /** The target of a recipe parameter in a recipe version as the MES serves it. */
    static double target(JsonNode version, String parameter) {
        for (JsonNode p : version.path("parameters")) {
            if (p.path("name").asText().equals(parameter)) {
                return p.path("target").asDouble();
            }
        }
        throw new AssertionError("no parameter " + parameter + " in " + version);
    }

    /** The insight of this kind about this roll, as the MES lists it, or null. */
    JsonNode insight(String kind, String roll) {
        for (JsonNode insight : mes.get("/api/insights?line=L1&limit=500&kind=" + kind).json()) {
            if (InsightFeed.about(insight, roll)) {
                return insight;
            }
        }
        return null;
    }

    /** The cells containing metres fromM–toM of a mother roll (the MES's containment query). */
    Set<String> cellsOf(String roll, double fromM, double toM) {
        JsonNode answer =
                mes.get("/api/genealogy/rolls/" + roll + "/cells?fromM=" + fromM + "&toM=" + toM)
                        .json();
        Set<String> cells = new TreeSet<>();
        answer.path("cells").forEach(c -> cells.add(c.path("cellId").asText()));
        return cells;
    }

    /** The metres of a mother roll a cell contains. */
    JsonNode metresOf(String cell, String roll) {
        for (JsonNode c :
                mes.get("/api/genealogy/rolls/" + roll + "/cells?fromM=0&toM=100000")
                        .json()
                        .path("cells")) {
            if (c.path("cellId").asText().equals(cell)) {
                return c;
            }
        }
        throw new AssertionError(cell + " contains no metres of " + roll);
    }

    /** The cells among the units of a hold. */
    static Set<String> cells(JsonNode units) {
        Set<String> cells = new TreeSet<>();
        units.forEach(
                u -> {
                    if (u.asText().startsWith("C-")) {
                        cells.add(u.asText());
                    }
                });
        return cells;
    }
}
