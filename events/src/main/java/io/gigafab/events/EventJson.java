package io.gigafab.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The one JSON configuration of all Gigafab messages. Every service reads and writes Kafka payloads
 * with it (directly, through the Kafka serdes, or by applying {@link #configure(ObjectMapper)} to
 * its framework's mapper):
 *
 * <ul>
 *   <li>timestamps ({@link java.time.Instant}) as ISO-8601 strings, e.g. "2025-11-20T08:15:30Z";
 *   <li>null optional fields are left out;
 *   <li>unknown properties are ignored, so a v1 reader accepts a later, additive v1 message;
 *   <li>an event type this version does not know (a newer subtype of {@code UnitEvent} or {@code
 *       EquipmentEvent}) reads as {@code null}: skip it; a missing type is still an error;
 *   <li>a missing required number is an error, never a silent 0.
 * </ul>
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private EventJson() {}

    /**
     * Applies the Gigafab message settings to a mapper (e.g. one owned by Quarkus) and returns it.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addHandler(new SkipUnknownEventTypes())
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** A new mapper with the Gigafab message settings, for code that needs its own instance. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /** The message as a JSON string. */
    public static String toJson(Object message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("cannot write " + typeName(message) + " as JSON", e);
        }
    }

    /** The message as UTF-8 JSON bytes. */
    public static byte[] toBytes(Object message) {
        try {
            return MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("cannot write " + typeName(message) + " as JSON", e);
        }
    }

    /**
     * Reads a message from UTF-8 JSON bytes.
     *
     * @return the message, or null for an event subtype unknown to this version
     * @throws InvalidMessageException if the bytes are not a valid message of that type
     */
    public static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new InvalidMessageException(readFailure(type, e), e);
        }
    }

    /**
     * Reads a message from a JSON string.
     *
     * @return the message, or null for an event subtype unknown to this version
     * @throws InvalidMessageException if the text is not a valid message of that type
     */
    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new InvalidMessageException(readFailure(type, e), e);
        }
    }

    private static String readFailure(Class<?> type, IOException e) {
        Throwable cause = e.getCause();
        String reason;
        if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
            reason = cause.getMessage(); // a record's own validation names the field
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            reason = mapping.getOriginalMessage() + " (at " + fieldPath(mapping) + ")";
        } else if (e instanceof JsonProcessingException processing) {
            reason = processing.getOriginalMessage();
        } else {
            reason = e.getMessage();
        }
        return "not a valid " + type.getSimpleName() + ": " + reason;
    }

    /** The JSON path of a mapping problem, e.g. "samples[2].statusCode". */
    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String typeName(Object message) {
        return message == null ? "null" : message.getClass().getSimpleName();
    }

    /**
     * Reads an unknown "type" of a Gigafab event family as null (a newer additive v1 event type),
     * leaving polymorphic types of other packages to the mapper's own rules.
     */
    private static final class SkipUnknownEventTypes extends DeserializationProblemHandler {
        @Override
        public JavaType handleUnknownTypeId(
                DeserializationContext context,
                JavaType baseType,
                String typeId,
                TypeIdResolver resolver,
                String failure) {
            if (baseType.getRawClass().getPackageName().startsWith("io.gigafab.events")) {
                return context.constructType(Void.class);
            }
            return null;
        }
    }
}
