package io.gigafab.simulator.line;

/**
 * One value a machine shows on OPC UA: a process value (an AnalogItem with engineering unit and
 * EURange, so clients can use a percent deadband) or a context value (which roll, cell, position).
 *
 * @param path browse path below the machine, e.g. {@code CoatWeight} or {@code Tray01/Ch03/Voltage}
 * @param kind process or context value
 * @param type Double, String, Boolean, Integer or double[] (a profile across the web)
 * @param unit engineering unit for process values (see {@code EngineeringUnits}), null for context
 * @param low lower end of the EURange (process values)
 * @param high upper end of the EURange (process values)
 */
public record Signal(String path, Kind kind, Class<?> type, String unit, double low, double high) {

    /** What a signal is to a client. */
    public enum Kind {
        PROCESS_VALUE,
        CONTEXT
    }

    public static Signal process(String path, String unit, double low, double high) {
        return new Signal(path, Kind.PROCESS_VALUE, Double.class, unit, low, high);
    }

    public static Signal profile(String path, String unit, double low, double high) {
        return new Signal(path, Kind.PROCESS_VALUE, double[].class, unit, low, high);
    }

    public static Signal context(String path, Class<?> type) {
        return new Signal(path, Kind.CONTEXT, type, null, 0, 0);
    }
}
