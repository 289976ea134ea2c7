package io.gigafab.e2e;

import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import io.gigafab.stack.CoatingFaultScenario;
import io.gigafab.stack.SimulatorControl;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

/** The cathode coater's values along a roll, as Kafka and the analytics tables hold them. */
final class CoaterValues {

    private CoaterValues() {}

    /** The cathode coater's residual-moisture samples along the roll, from Kafka. */
    static List<Sample> moistureAlong(String bootstrapServers, String roll) {
        List<Sample> samples = new ArrayList<>();
        for (byte[] value : TopicReader.readAll(bootstrapServers, Topics.MEASUREMENTS)) {
            MeasurementBatch batch = EventJson.fromJson(value, MeasurementBatch.class);
            if (!batch.equipment().equipmentId().equals(CoatingFaultScenario.COATER)) {
                continue;
            }
            for (Sample s : batch.samples()) {
                if (s.tag().endsWith("esidualMoisture")
                        && s.quality() == Quality.GOOD
                        && s.context() != null
                        && roll.equals(s.context().rollId())
                        && s.context().positionM() != null) {
                    samples.add(s);
                }
            }
        }
        return samples;
    }

    /**
     * The mean residual moisture well inside the fault's footprint, or clear of it on either side.
     */
    static double meanOf(
            List<Sample> samples, SimulatorControl.Footprint footprint, boolean insideFootprint) {
        return samples.stream()
                .filter(
                        s -> {
                            double m = s.context().positionM();
                            boolean inside =
                                    m >= footprint.startM() + 10 && m <= footprint.endM() - 5;
                            boolean clear =
                                    m < footprint.startM() - 15 || m > footprint.endM() + 15;
                            return insideFootprint ? inside : clear;
                        })
                .mapToDouble(s -> s.value().asNumber().orElseThrow())
                .average()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no residual moisture "
                                                + (insideFootprint ? "inside" : "outside")
                                                + " "
                                                + footprint));
    }

    /** Rows of the coater's values on metres fromM–toM of the roll in analytics_measurement. */
    static long measurementsInTable(String jdbcUrl, String roll, double fromM, double toM)
            throws Exception {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                var query =
                        db.prepareStatement(
                                "select count(*) from analytics_measurement where roll_id = ?"
                                        + " and position_m between ? and ?"
                                        + " and equipment_id = ?")) {
            query.setString(1, roll);
            query.setDouble(2, fromM);
            query.setDouble(3, toM);
            query.setString(4, CoatingFaultScenario.COATER);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
