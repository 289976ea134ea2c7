package io.gigafab.mes.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;

/** An RFC 9457 problem document: the body of every error the MES API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, URI instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
