package io.gigafab.mes.quality;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Holds, non-conformances and the defect catalogue. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualityResource {

    /** A defect catalogue entry. */
    public record DefectView(String code, String description, String operation, String severity) {}

    private final Holds holds;
    private final HoldRepository holdRepository;
    private final Nonconformances ncrs;
    private final CurrentUser user;
    private final jakarta.persistence.EntityManager entityManager;

    public QualityResource(
            Holds holds,
            HoldRepository holdRepository,
            Nonconformances ncrs,
            CurrentUser user,
            jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.holds = holds;
        this.holdRepository = holdRepository;
        this.ncrs = ncrs;
        this.user = user;
    }

    @GET
    @Path("/holds")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
    public List<HoldView> holds(@QueryParam("status") Hold.Status status) {
        List<Hold> found =
                status == null
                        ? holdRepository.listAll(
                                io.quarkus.panache.common.Sort.descending("placedAt"))
                        : holdRepository.list(
                                "status",
                                io.quarkus.panache.common.Sort.descending("placedAt"),
                                status);
        return found.stream().map(h -> holds.view(h.id)).toList();
    }

    @GET
    @Path("/holds/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
    public HoldView hold(@PathParam("id") String id) {
        return holds.view(id);
    }

    @GET
    @Path("/holds/{id}/units")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
    public List<String> heldUnits(@PathParam("id") String id) {
        holds.require(id);
        return holds.heldUnits(id).stream().map(u -> u.id).sorted().toList();
    }

    @POST
    @Path("/holds")
    @RolesAllowed({Roles.ENGINEER, Roles.QUALITY, Roles.ADMIN})
    public HoldView place(PlaceHold request) {
        return holds.place(request, user.name(), Hold.Source.MANUAL);
    }

    @POST
    @Path("/holds/{id}/release")
    @RolesAllowed({Roles.QUALITY, Roles.ADMIN})
    public HoldView release(@PathParam("id") String id, ReleaseHold decision) {
        return holds.release(id, decision, user.name());
    }

    @GET
    @Path("/ncrs")
    @RolesAllowed({Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
    public List<Nonconformances.NcrView> ncrs() {
        return ncrs.all();
    }

    @POST
    @Path("/ncrs")
    @RolesAllowed({Roles.ENGINEER, Roles.QUALITY, Roles.ADMIN})
    public Nonconformances.NcrView open(Nonconformances.OpenNcr request) {
        return ncrs.open(request, user.name());
    }

    @POST
    @Path("/ncrs/{id}/close")
    @RolesAllowed({Roles.QUALITY, Roles.ADMIN})
    public Nonconformances.NcrView close(@PathParam("id") String id) {
        return ncrs.close(id, user.name());
    }

    @GET
    @Path("/defect-codes")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
    public List<DefectView> defectCodes(@QueryParam("operation") String operation) {
        String query = "from DefectCode" + (operation == null ? "" : " where operation = ?1");
        var typed = entityManager.createQuery(query + " order by code", DefectCode.class);
        if (operation != null) {
            typed.setParameter(1, operation);
        }
        return typed.getResultList().stream()
                .map(d -> new DefectView(d.code, d.description, d.operation, d.severity.name()))
                .toList();
    }
}
