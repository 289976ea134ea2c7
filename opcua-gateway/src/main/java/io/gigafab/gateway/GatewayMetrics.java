package io.gigafab.gateway;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The gateway's metrics, rendered in the Prometheus text format. Counters and gauges are keyed by
 * name plus an optional label set written as {@code machine="COAT-C01"}; names follow the
 * Prometheus conventions ({@code gigafab_gateway_..._total} for counters).
 */
public final class GatewayMetrics {

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();
    private final Map<String, String> help = new ConcurrentHashMap<>();

    /** Declare a metric's help text (once per name). */
    public GatewayMetrics describe(String name, String text) {
        help.put(name, text);
        return this;
    }

    /**
     * Add {@code amount} to a counter, e.g. {@code ("gigafab_gateway_values_total",
     * "machine=\"COAT-C01\"", 1)}.
     */
    public void increment(String name, String labels, long amount) {
        counters.computeIfAbsent(key(name, labels), k -> new LongAdder()).add(amount);
    }

    public void increment(String name) {
        increment(name, "", 1);
    }

    /** The current value of a counter (0 if it never counted). */
    public long count(String name, String labels) {
        LongAdder adder = counters.get(key(name, labels));
        return adder == null ? 0 : adder.sum();
    }

    public long count(String name) {
        return count(name, "");
    }

    /** Register a gauge read at render time, e.g. the buffer depth. */
    public void gauge(String name, String labels, LongSupplier value) {
        gauges.put(key(name, labels), value);
    }

    /** A gauge holding a value set by the caller. */
    public AtomicLong gauge(String name, String labels) {
        AtomicLong holder = new AtomicLong();
        gauges.put(key(name, labels), holder::get);
        return holder;
    }

    /** Everything in the Prometheus text exposition format (version 0.0.4). */
    public String render() {
        StringBuilder out = new StringBuilder();
        Map<String, String> lines = new TreeMap<>();
        counters.forEach((key, adder) -> lines.put(key, Long.toString(adder.sum())));
        gauges.forEach((key, supplier) -> lines.put(key, Long.toString(supplier.getAsLong())));
        String lastName = null;
        for (Map.Entry<String, String> line : lines.entrySet()) {
            String name = nameOf(line.getKey());
            if (!name.equals(lastName)) {
                String kind = counters.containsKey(line.getKey()) ? "counter" : "gauge";
                out.append("# HELP ")
                        .append(name)
                        .append(' ')
                        .append(help.getOrDefault(name, name))
                        .append('\n');
                out.append("# TYPE ").append(name).append(' ').append(kind).append('\n');
                lastName = name;
            }
            out.append(line.getKey()).append(' ').append(line.getValue()).append('\n');
        }
        return out.toString();
    }

    private static String key(String name, String labels) {
        return labels == null || labels.isEmpty() ? name : name + "{" + labels + "}";
    }

    private static String nameOf(String key) {
        int brace = key.indexOf('{');
        return brace < 0 ? key : key.substring(0, brace);
    }
}
