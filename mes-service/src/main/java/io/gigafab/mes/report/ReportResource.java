package io.gigafab.mes.report;

import io.gigafab.mes.api.Instants;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.plant.PlantModel;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Yield and WIP reports. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class ReportResource {

    private final Reports reports;
    private final PlantModel plant;

    public ReportResource(Reports reports, PlantModel plant) {
        this.reports = reports;
        this.plant = plant;
    }

    /**
     * First-pass yield over [from, to), grouped by any of operation, line, equipment, recipe, shift
     * (comma separated; default operation).
     */
    @GET
    @Path("/first-pass-yield")
    public List<Reports.YieldRow> firstPassYield(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy) {
        return reports.firstPassYield(
                Instants.required(from, "from"), Instants.required(to, "to"), dimensions(groupBy));
    }

    @GET
    @Path("/wip")
    public List<Reports.WipRow> workInProgress(@QueryParam("line") String line) {
        if (line == null || line.isBlank()) {
            throw new IllegalArgumentException("line is required");
        }
        if (!plant.lineExists(line)) {
            throw new NotFoundProblem("No line with id " + line);
        }
        return reports.workInProgress(line);
    }

    private static List<Reports.YieldDimension> dimensions(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of();
        }
        return Arrays.stream(groupBy.split(","))
                .map(String::trim)
                .map(
                        name -> {
                            try {
                                return Reports.YieldDimension.valueOf(
                                        name.toUpperCase(Locale.ROOT));
                            } catch (IllegalArgumentException e) {
                                throw new IllegalArgumentException(
                                        "groupBy "
                                                + name
                                                + " is not one of "
                                                + Arrays.toString(Reports.YieldDimension.values()));
                            }
                        })
                .distinct()
                .toList();
    }
}
