package io.gigafab.simulator;

import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;

/**
 * The engineering units of the simulated process values, as OPC UA {@link EUInformation} with UNECE
 * Recommendation 20 codes (OPC UA Part 8, 5.6.3).
 */
public final class EngineeringUnits {

    /** Namespace of UNECE unit ids in {@link EUInformation}. */
    public static final String UNECE_NAMESPACE = "http://www.opcfoundation.org/UA/units/un/cefact";

    public static final EUInformation METRE_PER_MINUTE = unece("2X", "m/min", "metre per minute");
    public static final EUInformation METRE = unece("MTR", "m", "metre");
    public static final EUInformation MICROMETRE = unece("4H", "µm", "micrometre");
    public static final EUInformation DEGREE_CELSIUS = unece("CEL", "°C", "degree Celsius");
    public static final EUInformation PARTS_PER_MILLION = unece("59", "ppm", "part per million");

    /** UNECE Rec. 20 has no code for mg/cm²: unit id -1 ("none") with a display name. */
    public static final EUInformation MILLIGRAM_PER_SQUARE_CENTIMETRE =
            new EUInformation(
                    UNECE_NAMESPACE,
                    -1,
                    LocalizedText.english("mg/cm²"),
                    LocalizedText.english("milligram per square centimetre"));

    private EngineeringUnits() {}

    /** The OPC UA unit id of a UNECE common code: its ASCII bytes packed into an int. */
    static int uneceUnitId(String commonCode) {
        if (commonCode.isEmpty() || commonCode.length() > 3) {
            throw new IllegalArgumentException("UNECE common codes have 1-3 chars: " + commonCode);
        }
        int unitId = 0;
        for (char c : commonCode.toCharArray()) {
            unitId = (unitId << 8) | c;
        }
        return unitId;
    }

    private static EUInformation unece(String commonCode, String symbol, String description) {
        return new EUInformation(
                UNECE_NAMESPACE,
                uneceUnitId(commonCode),
                LocalizedText.english(symbol),
                LocalizedText.english(description));
    }
}
