package io.connectstreams.api.model;

/**
 * The channel of a contact; Streams' {@code connect.ContactType}.
 */
public enum ContactType implements WireValue {
    /** Wire value {@code "voice"}. */
    VOICE("voice"),
    /** Wire value {@code "queue_callback"}. */
    QUEUE_CALLBACK("queue_callback"),
    /** Wire value {@code "chat"}. */
    CHAT("chat"),
    /** Wire value {@code "task"}. */
    TASK("task"),
    /** Wire value {@code "email"}. */
    EMAIL("email"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<ContactType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    ContactType(String wire) {
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
    public static ContactType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
