package io.gigafab.mes.audit;

import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit trail for auditors: the history of one item and the check of the hash chain. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;

    private final AuditHistory history;
    private final AuditChainVerifier verifier;

    public AuditResource(AuditHistory history, AuditChainVerifier verifier) {
        this.history = history;
        this.verifier = verifier;
    }

    /** The audit records of one item, newest first, each with whether it is sealed yet. */
    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.QUALITY, Roles.ENGINEER, Roles.ADMIN})
    public List<AuditRecordView> history(
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("limit") String limit) {
        return history.of(
                required("entityType", entityType), required("entityId", entityId), limit(limit));
    }

    /** Re-computes the whole hash chain and reports the first broken position, if any. */
    @GET
    @Path("/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.QUALITY, Roles.ADMIN})
    public ChainVerification verify() {
        return verifier.verify();
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("query parameter " + name + " is required");
        }
        return value;
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "limit must be a whole number between 1 and "
                            + AuditHistory.MAX_LIMIT
                            + ", was '"
                            + limit
                            + "'");
        }
    }
}
