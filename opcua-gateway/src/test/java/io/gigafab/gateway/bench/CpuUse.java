package io.gigafab.gateway.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU this JVM used since construction: the whole process (GC and JIT included) and per thread
 * name, with numbers replaced by N so that pools add up (e.g. {@code gigafab-sim-milo-N}).
 */
final class CpuUse {

    private final long startNanos = System.nanoTime();
    private final long process0 = processCpuNanos();
    private final Map<String, Long> threads0 = threadCpu();

    /** The process and the {@code top} thread names, in % of one core. */
    List<String> report(String phase, int top) {
        double percent = 1e-7 / ((System.nanoTime() - startNanos) / 1e9); // % of a core per ns
        List<String> lines = new ArrayList<>();
        lines.add(
                String.format(
                        "  %s: whole process (with GC, JIT) %.0f %%",
                        phase, (processCpuNanos() - process0) * percent));
        Map<String, Long> byName = new HashMap<>();
        threadCpu()
                .forEach(
                        (thread, ns) ->
                                byName.merge(
                                        thread.substring(thread.indexOf(' ') + 1)
                                                .replaceAll("\\d+", "N"),
                                        ns - threads0.getOrDefault(thread, 0L),
                                        Long::sum));
        byName.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format("    %5.1f %%  %s", e.getValue() * percent, e.getKey()))
                .forEach(lines::add);
        return lines;
    }

    /** CPU time so far of every live thread, keyed "id name". */
    private static Map<String, Long> threadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                cpu.put(
                        info.getThreadId() + " " + info.getThreadName(),
                        Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
            }
        }
        return cpu;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
