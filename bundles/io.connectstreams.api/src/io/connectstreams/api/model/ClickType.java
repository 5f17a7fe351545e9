package io.connectstreams.api.model;

/**
 * Click-stream actions; Streams' {@code connect.ClickType}.
 */
public enum ClickType implements WireValue {
    /** Wire value {@code "Accept"}. */
    ACCEPT("Accept"),
    /** Wire value {@code "Reject"}. */
    REJECT("Reject"),
    /** Wire value {@code "Hangup"}. */
    HANGUP("Hangup"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<ClickType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    ClickType(String wire) {
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
    public static ClickType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
