package io.gigafab.stack;

import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The demo's stand-in for the operators of line L1: follows what the simulated line makes — the
 * production context the gateway stamps on every measurement (roll id at coaters, calenders and
 * slitters; cell id and its roll metres at the stacker; cell ids at filling, formation, aging and
 * grading) — and books it in the MES through its REST API ({@link UnitTracker}). The MES's answers
 * (e.g. a refused track-in of a held cell) are printed.
 */
public final class LineDriver implements AutoCloseable {

    private static final Map<String, String> GRADING_KEYS =
            Map.of(
                    "grading.CapacityAh", "capacity_ah",
                    "grading.Dcir", "dcir_mohm",
                    "grading.KValue", "k_value_mv_per_day",
                    "grading.Ocv", "ocv_v");

    private final String bootstrapServers;
    private final PrintStream log;
    private final UnitTracker tracker;
    private final Thread thread;
    private final Map<String, String> lastUnitAt = new HashMap<>();
    private final Map<String, Map<String, SampleValue>> valuesByCell = new HashMap<>();
    private final Map<String, SampleValue> latestStacker = new HashMap<>();
    private volatile boolean running = true;

    private LineDriver(
            String bootstrapServers, LineLayout line, MesClient operator, PrintStream log) {
        this.bootstrapServers = bootstrapServers;
        this.log = log;
        this.tracker = new UnitTracker(operator, log, line.rollLengthM(), line.lanes());
        this.thread = new Thread(this::follow, "line-driver");
        this.thread.setDaemon(true);
    }

    /** Starts following line L1 laid out as {@code line} as {@code operator}. */
    public static LineDriver start(
            String bootstrapServers, LineLayout line, MesClient operator, PrintStream log) {
        LineDriver driver = new LineDriver(bootstrapServers, line, operator, log);
        driver.thread.start();
        return driver;
    }

    /** Cells registered in the MES so far. */
    public int cellsTracked() {
        return tracker.cellsTracked();
    }

    /** The ids of the cells registered in the MES so far, oldest first. */
    public List<String> cellIds() {
        return tracker.cellIds();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }

    private void follow() {
        Map<String, Object> config =
                Map.of(
                        "bootstrap.servers",
                        bootstrapServers,
                        "group.id",
                        "demo-line-driver-" + UUID.randomUUID(),
                        // From the start of the topic: the gateway sends a value once when its
                        // subscription starts and then only on change, so the stacker's daughter
                        // and mother roll ids arrive once per roll. Starting at "latest" missed
                        // them, and no cell was ever booked.
                        "auto.offset.reset",
                        "earliest");
        try (var consumer =
                new KafkaConsumer<>(
                        config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.MEASUREMENTS));
            while (running) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        onBatch(EventJson.fromJson(record.value(), MeasurementBatch.class));
                    } catch (RuntimeException e) {
                        // e.g. the MES or Keycloak unreachable for a moment: keep following
                        log.println("  line driver: " + e.getMessage());
                    }
                }
            }
        }
    }

    private void onBatch(MeasurementBatch batch) {
        String machine = batch.equipment().equipmentId();
        for (Sample sample : batch.samples()) {
            if (sample.context() != null) {
                onSample(machine, sample);
            }
        }
    }

    private void onSample(String machine, Sample sample) {
        String roll = sample.context().rollId();
        String cell = sample.context().cellId();
        if (roll != null && machine.matches("(COAT|CAL|SLIT)-[CA]01")) {
            onRoll(machine, roll);
        } else if (cell != null) {
            switch (machine) {
                case "STACK-01" -> onStacker(cell, sample);
                case "FILL-01" -> tracker.cellAt(cell, "FILLING");
                case "FORM-01" -> tracker.cellAt(cell, "FORMATION");
                case "AGE-01" -> tracker.cellAt(cell, "AGING");
                case "GRADE-01" -> onGrader(cell, sample);
                default -> {}
            }
        }
    }

    private void onRoll(String machine, String roll) {
        char polarity = machine.charAt(machine.indexOf('-') + 1);
        String step =
                machine.startsWith("COAT")
                        ? "COATING"
                        : machine.startsWith("CAL") ? "CALENDERING" : "SLITTING";
        String previous = lastUnitAt.put(machine, roll);
        if (step.equals("SLITTING") && previous != null && !previous.equals(roll)) {
            tracker.finishSlitting(previous);
        }
        tracker.rollAt(roll, polarity, step);
    }

    /** A cell is registered when the stacker moves on to the next one, with its roll metres. */
    private void onStacker(String cell, Sample sample) {
        latestStacker.put(sample.tag(), sample.value());
        valuesByCell.computeIfAbsent(cell, c -> new HashMap<>()).put(sample.tag(), sample.value());
        String previous = lastUnitAt.put("STACK-01", cell);
        if (previous == null || previous.equals(cell)) {
            return;
        }
        Map<String, SampleValue> values = new HashMap<>(latestStacker);
        values.putAll(valuesByCell.remove(previous));
        List<Map<String, Object>> sheets =
                List.of(sheets(values, "Cathode", 'C'), sheets(values, "Anode", 'A')).stream()
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (sheets.size() == 2) {
            tracker.cellStacked(previous, sheets);
        }
    }

    private Map<String, Object> sheets(
            Map<String, SampleValue> values, String side, char polarity) {
        String prefix = "stacking." + side + ".";
        String daughter = text(values.get(prefix + "DaughterRollId"));
        String mother = text(values.get(prefix + "MotherRollId"));
        Double start = number(values.get(prefix + "StartM"));
        Double end = number(values.get(prefix + "EndM"));
        if (daughter == null || mother == null || start == null || end == null || end <= start) {
            return Map.of();
        }
        if (!tracker.daughterReady(daughter, mother, polarity)) {
            return Map.of();
        }
        return Map.of("rollId", daughter, "startM", start, "endM", end);
    }

    /** The grader's values of a cell are complete when it moves on to the next cell. */
    private void onGrader(String cell, Sample sample) {
        valuesByCell.computeIfAbsent(cell, c -> new HashMap<>()).put(sample.tag(), sample.value());
        tracker.cellAt(cell, "GRADING");
        String previous = lastUnitAt.put("GRADE-01", cell);
        if (previous == null || previous.equals(cell)) {
            return;
        }
        Map<String, SampleValue> values = valuesByCell.remove(previous);
        Map<String, Double> keyValues = new HashMap<>();
        GRADING_KEYS.forEach(
                (tag, key) -> {
                    Double value = values == null ? null : number(values.get(tag));
                    if (value != null) {
                        keyValues.put(key, value);
                    }
                });
        tracker.cellGraded(previous, keyValues);
    }

    private static String text(SampleValue value) {
        return value instanceof SampleValue.TextValue t ? t.text() : null;
    }

    private static Double number(SampleValue value) {
        return value instanceof SampleValue.NumberValue n ? n.number() : null;
    }
}
