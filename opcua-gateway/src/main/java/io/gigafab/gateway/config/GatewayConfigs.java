package io.gigafab.gateway.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a gateway configuration from YAML; unknown fields and invalid values name the field. */
public final class GatewayConfigs {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .findAndRegisterModules();

    private GatewayConfigs() {}

    public static GatewayConfig read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "cannot read gateway configuration " + file + ": " + e.getMessage(), e);
        }
    }

    public static GatewayConfig read(InputStream yaml, String name) {
        try {
            return YAML.readValue(yaml, GatewayConfig.class);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            String reason =
                    cause instanceof IllegalArgumentException
                            ? cause.getMessage()
                            : e.getOriginalMessage();
            throw new IllegalArgumentException(name + ": " + reason + location(e), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String location(JsonMappingException e) {
        return e.getPath().isEmpty() ? "" : " (at " + e.getPathReference() + ")";
    }
}
