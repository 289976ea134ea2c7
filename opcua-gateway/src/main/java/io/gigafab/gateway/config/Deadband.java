package io.gigafab.gateway.config;

/**
 * A data change deadband: {@code absolute} in engineering units or {@code percent} of the EURange.
 */
public record Deadband(String type, double value) {

    public Deadband {
        Check.that(
                "absolute".equals(type) || "percent".equals(type),
                "deadband.type must be absolute or percent");
        Check.that(
                value >= 0 && (!"percent".equals(type) || value <= 100),
                "deadband.value out of range");
    }
}
