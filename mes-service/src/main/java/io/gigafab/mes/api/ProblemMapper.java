package io.gigafab.mes.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The one exception mapper of the MES: turns every exception into an RFC 9457 problem document. The
 * table below decides the HTTP status per exception type; stack traces never leave the server and
 * only server errors (5xx) are logged.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private static final Map<Class<? extends Throwable>, Response.Status> STATUS_BY_TYPE =
            statusTable();

    @Context UriInfo uriInfo;

    private static Map<Class<? extends Throwable>, Response.Status> statusTable() {
        Map<Class<? extends Throwable>, Response.Status> table = new LinkedHashMap<>();
        table.put(NotFoundProblem.class, Response.Status.NOT_FOUND);
        table.put(ForbiddenProblem.class, Response.Status.FORBIDDEN);
        table.put(jakarta.persistence.OptimisticLockException.class, Response.Status.CONFLICT);
        table.put(org.hibernate.StaleStateException.class, Response.Status.CONFLICT);
        table.put(IllegalArgumentException.class, Response.Status.BAD_REQUEST);
        table.put(IllegalStateException.class, Response.Status.CONFLICT);
        return table;
    }

    @Override
    public Response toResponse(Throwable exception) {
        int status = statusOf(exception);
        String detail =
                status >= 500 ? "The MES could not complete the request." : detailOf(exception);
        if (status >= 500) {
            LOG.errorf(exception, "Request to %s failed", instance());
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        Problem problem = new Problem(URI.create("about:blank"), title, status, detail, instance());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static int statusOf(Throwable exception) {
        if (exception instanceof WebApplicationException web) {
            return web.getResponse().getStatus();
        }
        return STATUS_BY_TYPE.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(exception))
                .map(entry -> entry.getValue().getStatusCode())
                .findFirst()
                .orElse(500);
    }

    private static String detailOf(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? null : message;
    }

    private URI instance() {
        return uriInfo == null ? null : URI.create(uriInfo.getPath());
    }
}
