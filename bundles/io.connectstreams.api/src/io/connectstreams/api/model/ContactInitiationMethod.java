/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

/**
 * How a contact was started; Streams' {@code connect.ContactInitiationMethod}.
 */
public enum ContactInitiationMethod implements WireValue {
    /** Wire value {@code "inbound"}. */
    INBOUND("inbound"),
    /** Wire value {@code "outbound"}. */
    OUTBOUND("outbound"),
    /** Wire value {@code "transfer"}. */
    TRANSFER("transfer"),
    /** Wire value {@code "queue_transfer"}. */
    QUEUE_TRANSFER("queue_transfer"),
    /** Wire value {@code "callback"}. */
    CALLBACK("callback"),
    /** Wire value {@code "api"}. */
    API("api"),
    /** Wire value {@code "disconnect"}. */
    DISCONNECT("disconnect"),
    /** Wire value {@code "webrtc_api"}. */
    WEBRTC_API("webrtc_api"),
    /** Wire value {@code "agent_reply"}. */
    AGENT_REPLY("agent_reply"),
    /** Wire value {@code "campaign_preview"}. */
    CAMPAIGN_PREVIEW("campaign_preview"),
    /** Wire value {@code "external_outbound"}. */
    EXTERNAL_OUTBOUND("external_outbound"),
    /** Wire value {@code "monitor"}. */
    MONITOR("monitor"),
    /** Wire value {@code "flow"}. */
    FLOW("flow"),
    /** Wire value {@code "callback_customer_first_queued"}. */
    CALLBACK_CUSTOMER_FIRST_QUEUED("callback_customer_first_queued"),
    /** Wire value {@code "callback_customer_first_dialed"}. */
    CALLBACK_CUSTOMER_FIRST_DIALED("callback_customer_first_dialed"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<ContactInitiationMethod> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    ContactInitiationMethod(String wire) {
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
    public static ContactInitiationMethod fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
