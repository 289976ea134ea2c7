package io.gigafab.mes.insight;

import io.gigafab.events.insight.InsightKind;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Yield insights per line, newest first, optionally of some kinds only ({@code
 * ?kind=CONTAINMENT_SUGGESTION&kind=RECIPE_SUGGESTION}), with what the MES did about them.
 */
@Path("/api/insights")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class InsightResource {

    private static final int MAX_LIMIT = 500;

    private final InsightRepository insights;

    InsightResource(InsightRepository insights) {
        this.insights = insights;
    }

    @GET
    @Transactional
    public List<InsightView> list(
            @QueryParam("line") String line,
            @QueryParam("kind") List<String> kinds,
            @QueryParam("limit") Integer limit) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        List<String> wanted = kinds == null ? List.of() : kinds;
        for (String kind : wanted) {
            if (Arrays.stream(InsightKind.values()).noneMatch(k -> k.name().equals(kind))) {
                throw new IllegalArgumentException(
                        "kind must be one of "
                                + Arrays.toString(InsightKind.values())
                                + ": "
                                + kind);
            }
        }
        return insights.newest(line, wanted, size).stream().map(InsightView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public InsightView insight(@PathParam("id") String id) {
        UUID insightId;
        try {
            insightId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("insight id must be a UUID: " + id);
        }
        Insight row = insights.findById(insightId);
        if (row == null) {
            throw new NotFoundProblem("No insight with id " + id);
        }
        return InsightView.of(row);
    }
}
