package io.connectstreams.api.model;

/**
 * Why a monitoring change failed; Streams' {@code connect.MonitoringErrorTypes}.
 */
public enum MonitoringErrorType implements WireValue {
    /** Wire value {@code "invalid_target_state"}. */
    INVALID_TARGET_STATE("invalid_target_state"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<MonitoringErrorType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    MonitoringErrorType(String wire) {
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
    public static MonitoringErrorType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
