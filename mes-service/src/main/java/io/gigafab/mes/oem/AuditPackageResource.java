package io.gigafab.mes.oem;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * OEM audit packages: one export (JSON, or a readable HTML report with {@code Accept: text/html})
 * for packs, modules or cells, sealed with a hash that {@code /verify} checks later.
 */
@Path("/api/audit-packages")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class AuditPackageResource {

    /** The units a package is about. */
    public record PackageRequest(List<String> unitIds) {}

    private final AuditPackages packages;
    private final CurrentUser user;

    public AuditPackageResource(AuditPackages packages, CurrentUser user) {
        this.packages = packages;
        this.user = user;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPackage create(PackageRequest request) {
        return packages.create(request == null ? null : request.unitIds(), user.name());
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public String report(PackageRequest request) {
        return AuditReport.html(create(request));
    }

    @POST
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPackages.Verification verify(AuditPackage returned) {
        return packages.verify(returned);
    }
}
