package io.gigafab.mes.plant;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Production orders. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final Orders orders;
    private final CurrentUser user;

    public OrderResource(Orders orders, CurrentUser user) {
        this.orders = orders;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
    public List<Orders.OrderView> orders(@QueryParam("line") String lineId) {
        return orders.onLine(lineId);
    }

    @POST
    @RolesAllowed({Roles.ENGINEER, Roles.ADMIN})
    public Orders.OrderView release(Orders.NewOrder request) {
        return orders.release(request, user.name());
    }
}
