package io.gigafab.mes.web;

import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.plant.PlantModel;
import io.gigafab.mes.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Live updates for the operator terminal as server-sent events: every {@link #POLL} the line's
 * {@link LineSnapshot} is read from the database and, when a topic changed (runs, holds, alarms,
 * equipment, insights, recipes), one event names the changed topics. The screen then re-reads those
 * parts through the normal API. Polling the MES's own tables sees every change, whichever MES
 * instance or Kafka listener made it; the first event names every topic.
 */
@Path("/api/lines/{lineId}/events")
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class LineEventResource {

    /** One event: which parts of the line's screen are out of date. */
    public record LineChange(String lineId, Instant at, List<String> changed) {}

    static final Duration POLL = Duration.ofSeconds(2);

    private final LineSnapshots snapshots;
    private final PlantModel plant;

    public LineEventResource(LineSnapshots snapshots, PlantModel plant) {
        this.snapshots = snapshots;
        this.plant = plant;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LineChange> events(@PathParam("lineId") String lineId) {
        if (!plant.lineExists(lineId)) {
            throw new NotFoundProblem("No line with id " + lineId);
        }
        AtomicReference<LineSnapshot> last = new AtomicReference<>();
        return Multi.createFrom()
                .ticks()
                .every(POLL)
                .onOverflow()
                .drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> snapshots.of(lineId))
                .map(
                        now ->
                                new LineChange(
                                        lineId,
                                        Instant.now(),
                                        now.changedSince(last.getAndSet(now))))
                .filter(change -> !change.changed().isEmpty());
    }
}
