package io.gigafab.mes.plant;

import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The plant model: lines, work centers and machines with their current state. */
@Path("/api/plant")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class PlantResource {

    /** One machine as the API shows it. */
    public record EquipmentView(
            String id,
            String name,
            String equipmentClass,
            String workCenterId,
            String operation,
            String lineId,
            String areaId,
            String siteId,
            String opcuaEndpoint,
            String opcuaNode,
            String state,
            Instant stateSince) {}

    private final PlantModel plant;
    private final EntityManager entityManager;

    public PlantResource(PlantModel plant, EntityManager entityManager) {
        this.plant = plant;
        this.entityManager = entityManager;
    }

    @GET
    @Path("/equipment")
    public List<EquipmentView> equipment() {
        return plant.allPlaces().stream().map(this::view).toList();
    }

    @GET
    @Path("/lines/{lineId}/equipment")
    public List<EquipmentView> equipmentOnLine(@PathParam("lineId") String lineId) {
        if (!plant.lineExists(lineId)) {
            throw new io.gigafab.mes.api.NotFoundProblem("No line with id " + lineId);
        }
        return plant.placesOnLine(lineId).stream().map(this::view).toList();
    }

    private EquipmentView view(EquipmentPlace place) {
        Equipment e = entityManager.find(Equipment.class, place.equipmentId());
        return new EquipmentView(
                e.id,
                e.name,
                e.equipmentClass,
                place.workCenterId(),
                place.operation(),
                place.lineId(),
                place.areaId(),
                place.siteId(),
                e.opcuaEndpoint,
                e.opcuaNode,
                e.state,
                e.stateSince);
    }
}
