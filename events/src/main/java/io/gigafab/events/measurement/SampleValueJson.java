package io.gigafab.events.measurement;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes and reads a {@link SampleValue} as a plain JSON number, string or boolean. */
final class SampleValueJson {

    private SampleValueJson() {}

    static final class Writer extends StdSerializer<SampleValue> {

        private static final long serialVersionUID = 1L;

        Writer() {
            super(SampleValue.class);
        }

        @Override
        public void serialize(SampleValue value, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            if (value instanceof SampleValue.NumberValue numeric) {
                json.writeNumber(numeric.number());
            } else if (value instanceof SampleValue.TextValue text) {
                json.writeString(text.text());
            } else if (value instanceof SampleValue.BooleanValue flag) {
                json.writeBoolean(flag.flag());
            } else {
                throw new IllegalStateException("unknown sample value kind: " + value);
            }
        }
    }

    static final class Reader extends StdDeserializer<SampleValue> {

        private static final long serialVersionUID = 1L;

        Reader() {
            super(SampleValue.class);
        }

        @Override
        public SampleValue deserialize(JsonParser json, DeserializationContext context)
                throws IOException {
            return switch (json.currentToken()) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> SampleValue.of(json.getDoubleValue());
                case VALUE_STRING -> SampleValue.of(json.getText());
                case VALUE_TRUE -> SampleValue.of(true);
                case VALUE_FALSE -> SampleValue.of(false);
                default ->
                        (SampleValue)
                                context.handleUnexpectedToken(
                                        SampleValue.class,
                                        json.currentToken(),
                                        json,
                                        "a sample value must be a number, a string, a boolean or"
                                                + " null");
            };
        }
    }
}
