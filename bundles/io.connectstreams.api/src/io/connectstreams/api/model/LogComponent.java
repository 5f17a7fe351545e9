package io.connectstreams.api.model;

/**
 * Components a log line belongs to; Streams' {@code connect.LogComponent}.
 */
public enum LogComponent implements WireValue {
    /** Wire value {@code "ccp"}. */
    CCP("ccp"),
    /** Wire value {@code "softphone"}. */
    SOFTPHONE("softphone"),
    /** Wire value {@code "chat"}. */
    CHAT("chat"),
    /** Wire value {@code "task"}. */
    TASK("task"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<LogComponent> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    LogComponent(String wire) {
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
    public static LogComponent fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
