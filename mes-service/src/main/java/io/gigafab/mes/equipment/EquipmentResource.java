package io.gigafab.mes.equipment;

import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The state and alarms of machines, as the equipment reported them. Read-only for every role. */
@Path("/api/equipment/{equipmentId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class EquipmentResource {

    private final EquipmentAlarms alarms;

    EquipmentResource(EquipmentAlarms alarms) {
        this.alarms = alarms;
    }

    @GET
    public EquipmentView equipment(@PathParam("equipmentId") String equipmentId) {
        return alarms.equipment(equipmentId);
    }

    @GET
    @Path("/alarms")
    public List<AlarmView> alarms(
            @PathParam("equipmentId") String equipmentId, @QueryParam("active") boolean active) {
        return alarms.ofEquipment(equipmentId, active);
    }
}
