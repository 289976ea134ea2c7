package io.gigafab.gateway.opcua;

import io.gigafab.gateway.EquipmentEventSink;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.MeasurementSink;
import io.gigafab.gateway.config.EndpointSettings;
import io.gigafab.gateway.config.PkiSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's connection to one OPC UA server ({@link EndpointSettings}) and the collection of
 * its machines: samples go to the {@link MeasurementSink}, machine state changes to the {@link
 * EquipmentEventSink}.
 *
 * <p>Recovery, without operator action:
 *
 * <ul>
 *   <li>The first connection is retried with exponential back-off (0.5 s doubling up to {@code
 *       reconnectMaxDelayMs}).
 *   <li>A lost connection is re-established by Milo's session state machine: it reconnects the
 *       channel, reactivates the same session when the server still has it (session reuse) and
 *       transfers the subscriptions to a new session otherwise.
 *   <li>When a subscription could not be transferred (the server restarted: Milo resets it and
 *       reports {@code onTransferFailed} — it does not re-create it), timed out, or its watchdog
 *       elapsed, and whenever a new session replaced the old one, all machines are resolved again
 *       (namespace indexes may have changed) and new subscriptions are created.
 *   <li>A session that stays down for {@link #REDISCOVER_AFTER} makes the gateway drop the client
 *       and connect from scratch (GetEndpoints again: the server may have a new certificate).
 * </ul>
 *
 * <p>Threads are named {@code gigafab-gateway-<endpoint>-…}; {@link #close()} ends them all.
 */
public final class EndpointConnection implements AutoCloseable {

    /** How long a lost session may stay down before the endpoint is rediscovered. */
    static final Duration REDISCOVER_AFTER = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(EndpointConnection.class);

    private final EndpointSettings settings;
    private final EndpointSecurity security;
    private final CollectorMetrics metrics;
    private final EndpointMachines machines;
    private final ConnectionThreads threads;
    private final Backoff backoff;
    private final AtomicLong sessionLosses = new AtomicLong();
    private volatile OpcUaClient client;
    private volatile boolean sessionActive;
    private volatile boolean rebuildPending;
    private volatile boolean started;
    private volatile boolean closed;
    private volatile NodeId sessionId;

    public EndpointConnection(
            String site,
            EndpointSettings endpoint,
            PkiSettings pki,
            MeasurementSink measurements,
            EquipmentEventSink events,
            GatewayMetrics metrics) {
        this(site, endpoint, pki, measurements, events, metrics, System::getenv);
    }

    /**
     * @param environment where {@code passwordEnv} and {@code GIGAFAB_GATEWAY_KEYSTORE_PASSWORD}
     *     are looked up
     * @throws IllegalArgumentException if the endpoint's password variable is not set
     */
    EndpointConnection(
            String site,
            EndpointSettings endpoint,
            PkiSettings pki,
            MeasurementSink measurements,
            EquipmentEventSink events,
            GatewayMetrics metrics,
            UnaryOperator<String> environment) {
        this.settings = endpoint;
        this.security = new EndpointSecurity(site, endpoint, pki, environment);
        this.metrics = new CollectorMetrics(metrics, endpoint.name());
        this.machines =
                new EndpointMachines(
                        site,
                        endpoint.name(),
                        endpoint.machines(),
                        measurements,
                        events,
                        this.metrics);
        this.backoff = new Backoff(Duration.ofMillis(endpoint.reconnectMaxDelayMs()));
        this.metrics.connectedGauge(this::connected);
        this.threads = new ConnectionThreads(endpoint.name());
    }

    /** The endpoint's configured name. */
    public String name() {
        return settings.name();
    }

    /** The equipment ids of the machines on this endpoint. */
    public Set<String> equipmentIds() {
        return machines.equipmentIds();
    }

    /** Connect in the background (retrying until it succeeds) and start collecting. */
    public synchronized void start() {
        if (started || closed) {
            throw new IllegalStateException("endpoint " + name() + " was already started");
        }
        started = true;
        submit(this::connect);
    }

    /** Whether a session with the server is active. */
    public boolean connected() {
        return client != null && sessionActive;
    }

    /** The client while a session is active (e.g. for recipe writes), otherwise empty. */
    public Optional<OpcUaClient> client() {
        OpcUaClient current = client;
        return current != null && sessionActive ? Optional.of(current) : Optional.empty();
    }

    /**
     * The node at {@code relativePath} (browse names separated by '/') below a machine of this
     * endpoint, e.g. {@code resolve("COAT-C01", "Recipe/web_speed")}.
     *
     * @throws IllegalArgumentException if the machine is not on this endpoint or has no such node
     * @throws IllegalStateException if the endpoint is not connected or browsing failed
     */
    public NodeId resolve(String equipmentId, String relativePath) {
        if (!machines.serves(equipmentId)) {
            throw new IllegalArgumentException(
                    "machine " + equipmentId + " is not on endpoint " + name());
        }
        OpcUaClient current =
                client().orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "endpoint " + name() + " is not connected"));
        return machines.resolve(current, equipmentId, relativePath);
    }

    /** Stop collecting, close the session and end every thread of this connection. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        threads.connection().shutdownNow();
        try {
            threads.connection().awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopCollectors();
        drop(client);
        client = null;
        threads.close();
        log.info("Endpoint {} closed", name());
    }

    private void connect() {
        if (closed) {
            return;
        }
        OpcUaClient fresh = null;
        try {
            fresh = security.newClient(threads);
            fresh.addSessionActivityListener(new SessionWatch(fresh));
            sessionActive = false;
            client = fresh;
            fresh.connect();
        } catch (UaException | RuntimeException e) {
            client = null;
            drop(fresh);
            if (closed) {
                return;
            }
            Duration delay = backoff.next();
            log.warn(
                    "Endpoint {}: cannot connect to {}: {}; next attempt in {} ms",
                    name(),
                    settings.url(),
                    reason(e),
                    delay.toMillis());
            schedule(this::connect, delay);
            return;
        }
        log.info("Endpoint {}: connected to {}", name(), settings.url());
        rebuildPending = true;
        maybeRebuild();
    }

    /**
     * (Re)create all collectors when asked to and a session is active; on the connection thread.
     */
    private void maybeRebuild() {
        OpcUaClient current = client;
        if (closed || !rebuildPending || !sessionActive || current == null) {
            return;
        }
        rebuildPending = false;
        stopCollectors();
        try {
            machines.collect(current, this::subscriptionLost, threads.poll());
            backoff.reset();
        } catch (UaException | RuntimeException e) {
            stopCollectors();
            rebuildPending = true;
            Duration delay = backoff.next();
            log.warn(
                    "Endpoint {}: setting up collection failed: {}; retrying in {} ms",
                    name(),
                    reason(e),
                    delay.toMillis());
            schedule(this::maybeRebuild, delay);
        }
    }

    /** Called on Milo's threads when a subscription is gone for good. */
    private void subscriptionLost(String reason) {
        metrics.subscriptionFailed();
        log.warn("Endpoint {}: a subscription was lost ({}); re-creating them", name(), reason);
        rebuildPending = true;
        submit(this::maybeRebuild);
    }

    private void rediscoverIfStillDown(OpcUaClient owner, long loss) {
        if (closed || owner != client || sessionActive || loss != sessionLosses.get()) {
            return;
        }
        log.warn(
                "Endpoint {}: no session for {} s; connecting from scratch",
                name(),
                REDISCOVER_AFTER.toSeconds());
        stopCollectors();
        client = null;
        sessionActive = false;
        drop(owner);
        connect();
    }

    private void stopCollectors() {
        machines.stop();
    }

    private void drop(OpcUaClient stale) {
        if (stale == null) {
            return;
        }
        try {
            stale.disconnectAsync().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.debug("Endpoint {}: disconnect did not finish cleanly: {}", name(), e.toString());
        }
    }

    private void submit(Runnable task) {
        schedule(task, Duration.ZERO);
    }

    private void schedule(Runnable task, Duration delay) {
        if (closed) {
            return;
        }
        try {
            threads.connection().schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Endpoint {} is closing; task dropped", name());
        }
    }

    private static String reason(Exception e) {
        if (e instanceof UaException ua) {
            return StatusCodes.lookup(ua.getStatusCode().getValue())
                            .map(names -> names[0])
                            .orElse(ua.getStatusCode().toString())
                    + " "
                    + ua.getMessage();
        }
        return e.toString();
    }

    /** Milo's session activity: counts reconnects and asks for a rebuild after a new session. */
    private final class SessionWatch implements SessionActivityListener {

        private final OpcUaClient owner;

        SessionWatch(OpcUaClient owner) {
            this.owner = owner;
        }

        @Override
        public void onSessionActive(UaSession session) {
            if (owner != client) {
                return;
            }
            NodeId previous = sessionId;
            sessionId = session.getSessionId();
            sessionActive = true;
            if (previous != null) {
                metrics.reconnected();
                boolean reused = previous.equals(session.getSessionId());
                log.info(
                        "Endpoint {}: session {}",
                        name(),
                        reused ? "reactivated" : "re-created; re-creating subscriptions");
                if (!reused) {
                    rebuildPending = true;
                }
            }
            submit(EndpointConnection.this::maybeRebuild);
        }

        @Override
        public void onSessionInactive(UaSession session) {
            if (owner != client || closed) {
                return;
            }
            sessionActive = false;
            log.warn("Endpoint {}: session lost; reconnecting", name());
            long loss = sessionLosses.incrementAndGet();
            schedule(() -> rediscoverIfStillDown(owner, loss), REDISCOVER_AFTER);
        }
    }
}
