package io.connectstreams.api.model;

/**
 * The role of a connection in a contact; Streams' {@code connect.ConnectionType}.
 */
public enum ConnectionType implements WireValue {
    /** Wire value {@code "agent"}. */
    AGENT("agent"),
    /** Wire value {@code "inbound"}. */
    INBOUND("inbound"),
    /** Wire value {@code "outbound"}. */
    OUTBOUND("outbound"),
    /** Wire value {@code "monitoring"}. */
    MONITORING("monitoring"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<ConnectionType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    ConnectionType(String wire) {
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
    public static ConnectionType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
