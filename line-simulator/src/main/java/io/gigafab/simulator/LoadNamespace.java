package io.gigafab.simulator;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.Lifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark load for the gateway: {@code Objects/Load} with {@code Tag00001 … TagNNNNN}, Double
 * AnalogItems in percent (EURange 0–100), all rewritten every interval from a {@link LoadWaveform}
 * with one shared source timestamp. Node ids are strings {@code Load/Tag00001} in {@link #URI}.
 *
 * <p>The updates run on one thread of its own ({@code gigafab-sim-load-0}), started with the
 * namespace and stopped by {@link #shutdown()}.
 */
public final class LoadNamespace extends SimulatorNamespace {

    public static final String URI = "urn:gigafab:line-simulator:load";
    public static final String FOLDER = "Load";

    /** UNECE common code P1: percent. */
    static final EUInformation PERCENT =
            new EUInformation(
                    EngineeringUnits.UNECE_NAMESPACE,
                    EngineeringUnits.uneceUnitId("P1"),
                    LocalizedText.english("%"),
                    LocalizedText.english("percent"));

    private static final Logger log = LoggerFactory.getLogger(LoadNamespace.class);
    private static final Range EU_RANGE = new Range(0.0, 100.0);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final LoadSettings settings;
    private final LoadWaveform waveform;
    private final double[] values;
    private final UaVariableNode[] tags;
    private ScheduledExecutorService updater;

    public LoadNamespace(OpcUaServer server, LoadSettings settings) {
        super(server, URI);
        this.settings = settings;
        this.waveform = new LoadWaveform(settings.tags(), settings.interval(), settings.seed());
        this.values = new double[settings.tags()];
        this.tags = new UaVariableNode[settings.tags()];
        getLifecycleManager().addStartupTask(this::addTags);
        getLifecycleManager()
                .addLifecycle(
                        new Lifecycle() {
                            @Override
                            public void startup() {
                                startUpdating();
                            }

                            @Override
                            public void shutdown() {
                                stopUpdating();
                            }
                        });
    }

    /** Browse name of tag {@code number} (1-based), e.g. {@code Tag00001}. */
    public static String tagName(int number) {
        return String.format("Tag%05d", number);
    }

    private void addTags() {
        NodeId folder = newNodeId(FOLDER);
        addFolder(folder, newQualifiedName(FOLDER), NodeIds.ObjectsFolder);
        for (int i = 0; i < tags.length; i++) {
            tags[i] = addAnalogItem(folder, newQualifiedName(tagName(i + 1)), PERCENT, EU_RANGE);
        }
        update();
    }

    private synchronized void startUpdating() {
        long period = settings.interval().toNanos();
        updater = Executors.newSingleThreadScheduledExecutor(this::updaterThread);
        updater.scheduleAtFixedRate(this::updateSafely, period, period, TimeUnit.NANOSECONDS);
        log.info(
                "Load mode: {} tags under Objects/{} every {} ms",
                tags.length,
                FOLDER,
                settings.interval().toMillis());
    }

    private synchronized void stopUpdating() {
        if (updater == null) {
            return;
        }
        updater.shutdownNow();
        try {
            updater.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        updater = null;
    }

    private void updateSafely() {
        try {
            update();
        } catch (RuntimeException e) {
            log.error("Load update failed", e);
        }
    }

    /** One tick: the next values of all tags, stamped with one source timestamp. */
    private void update() {
        waveform.next(values);
        DateTime now = DateTime.now();
        for (int i = 0; i < tags.length; i++) {
            tags[i].setValue(new DataValue(Variant.ofDouble(values[i]), StatusCode.GOOD, now));
        }
    }

    private Thread updaterThread(Runnable runnable) {
        var thread = new Thread(runnable, SimulatorThreads.PREFIX + "load-0");
        thread.setDaemon(true);
        return thread;
    }
}
