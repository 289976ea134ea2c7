package io.gigafab.mes.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A request body that is not JSON, or has a field of the wrong type, is a 400 problem naming the
 * field and what was expected — in the same problem+json shape as every other error.
 */
@Provider
public class JsonProblemMapper implements ExceptionMapper<JsonProcessingException> {

    /**
     * Field-level mismatches have a mapper of their own type in Quarkus REST; this one, of the same
     * type, takes precedence over it.
     */
    @Provider
    public static class Mismatch
            implements ExceptionMapper<
                    com.fasterxml.jackson.databind.exc.MismatchedInputException> {

        @Context UriInfo uriInfo;

        @Override
        public Response toResponse(
                com.fasterxml.jackson.databind.exc.MismatchedInputException exception) {
            return problem(exception, uriInfo);
        }
    }

    @Context UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return problem(exception, uriInfo);
    }

    static Response problem(JsonProcessingException exception, UriInfo uriInfo) {
        Problem problem =
                new Problem(
                        URI.create("about:blank"),
                        "Bad Request",
                        400,
                        detailOf(exception),
                        uriInfo == null ? null : URI.create(uriInfo.getPath()));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String detailOf(JsonProcessingException exception) {
        if (exception instanceof InvalidFormatException invalid) {
            String expected =
                    invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                            ? "one of "
                                    + Arrays.stream(invalid.getTargetType().getEnumConstants())
                                            .map(Object::toString)
                                            .collect(Collectors.joining(", "))
                            : "a " + simpleName(invalid.getTargetType());
            return "Field "
                    + path(invalid)
                    + ": '"
                    + invalid.getValue()
                    + "' is not valid, expected "
                    + expected;
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field " + path(mapping) + " cannot be read: " + exception.getOriginalMessage();
        }
        return "The request body is not valid JSON: " + exception.getOriginalMessage();
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(
                        ref ->
                                ref.getFieldName() != null
                                        ? ref.getFieldName()
                                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }
}
