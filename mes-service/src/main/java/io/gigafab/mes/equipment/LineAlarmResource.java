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

/** The alarms of every machine of a line, newest first; {@code ?active=true} for the open ones. */
@Path("/api/lines/{lineId}/alarms")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class LineAlarmResource {

    private final EquipmentAlarms alarms;

    LineAlarmResource(EquipmentAlarms alarms) {
        this.alarms = alarms;
    }

    @GET
    public List<AlarmView> alarms(
            @PathParam("lineId") String lineId, @QueryParam("active") boolean active) {
        return alarms.ofLine(lineId, active);
    }
}
