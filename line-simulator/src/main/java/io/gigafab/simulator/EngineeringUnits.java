package io.gigafab.simulator;

import java.util.Map;
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
            unitless("mg/cm²", "milligram per square centimetre");

    /** UNECE common code, display symbol and description per unit as the line model writes it. */
    private static final Map<String, EUInformation> BY_SYMBOL =
            Map.ofEntries(
                    Map.entry("m/min", METRE_PER_MINUTE),
                    Map.entry("m", METRE),
                    Map.entry("um", MICROMETRE),
                    Map.entry("degC", DEGREE_CELSIUS),
                    Map.entry("ppm", PARTS_PER_MILLION),
                    Map.entry("mg/cm2", MILLIGRAM_PER_SQUARE_CENTIMETRE),
                    Map.entry("kN", unece("B47", "kN", "kilonewton")),
                    Map.entry("g/cm3", unece("23", "g/cm³", "gram per cubic centimetre")),
                    Map.entry("count", unece("C62", "1", "one")),
                    Map.entry("mm", unece("MMT", "mm", "millimetre")),
                    Map.entry("s", unece("SEC", "s", "second")),
                    Map.entry("h", unece("HUR", "h", "hour")),
                    Map.entry("d", unece("DAY", "d", "day")),
                    Map.entry("MOhm", unece("B75", "MΩ", "megohm")),
                    Map.entry("mOhm", unece("E45", "mΩ", "milliohm")),
                    Map.entry("g", unece("GRM", "g", "gram")),
                    Map.entry("kPa", unece("KPA", "kPa", "kilopascal")),
                    Map.entry("V", unece("VLT", "V", "volt")),
                    Map.entry("A", unece("AMP", "A", "ampere")),
                    Map.entry("Ah", unece("AMH", "Ah", "ampere hour")),
                    Map.entry("%", unece("P1", "%", "percent")),
                    Map.entry("mV/d", unitless("mV/d", "millivolt per day")),
                    Map.entry(
                            "C",
                            unitless("C", "C-rate (multiple of the nominal capacity per hour)")));

    private EngineeringUnits() {}

    /** The OPC UA engineering unit of a unit symbol used by the line model, e.g. {@code degC}. */
    public static EUInformation of(String symbol) {
        EUInformation unit = BY_SYMBOL.get(symbol);
        if (unit == null) {
            throw new IllegalArgumentException("no engineering unit for " + symbol);
        }
        return unit;
    }

    /** A unit UNECE Rec. 20 has no code for: unit id -1 ("none") with a display name. */
    private static EUInformation unitless(String symbol, String description) {
        return new EUInformation(
                UNECE_NAMESPACE,
                -1,
                LocalizedText.english(symbol),
                LocalizedText.english(description));
    }

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
