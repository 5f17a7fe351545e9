package io.connectstreams.api.model;

/**
 * How a supervisor monitors a contact; Streams' {@code connect.MonitoringMode}.
 */
public enum MonitoringMode implements WireValue {
    /** Wire value {@code "SILENT_MONITOR"}. */
    SILENT_MONITOR("SILENT_MONITOR"),
    /** Wire value {@code "BARGE"}. */
    BARGE("BARGE"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<MonitoringMode> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    MonitoringMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * @param wire the string the back end sent, possibly {@code null}
     * @return the matching constant, {@link #UNKNOWN} for anything else
     */
    public static MonitoringMode fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
