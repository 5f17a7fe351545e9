package io.connectstreams.api.model;

/**
 * Agent permissions the client checks; Streams' {@code connect.AgentPermissions}.
 */
public enum AgentPermission implements WireValue {
    /** Wire value {@code "outboundCall"}. */
    OUTBOUND_CALL("outboundCall"),
    /** Wire value {@code "voiceId"}. */
    VOICE_ID("voiceId"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<AgentPermission> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    AgentPermission(String wire) {
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
    public static AgentPermission fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
