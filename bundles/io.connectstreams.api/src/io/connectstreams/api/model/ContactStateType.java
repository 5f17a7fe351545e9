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
 * The state of a contact; Streams' {@code connect.ContactStateType}. Inbound voice is offered in {@code connecting}, queue callbacks in {@code incoming}; {@code ended} is after-call work for voice.
 */
public enum ContactStateType implements WireValue {
    /** Wire value {@code "init"}. */
    INIT("init"),
    /** Wire value {@code "incoming"}. */
    INCOMING("incoming"),
    /** Wire value {@code "pending"}. */
    PENDING("pending"),
    /** Wire value {@code "connecting"}. */
    CONNECTING("connecting"),
    /** Wire value {@code "connected"}. */
    CONNECTED("connected"),
    /** Wire value {@code "missed"}. */
    MISSED("missed"),
    /** Wire value {@code "error"}. */
    ERROR("error"),
    /** Wire value {@code "ended"}. */
    ENDED("ended"),
    /** Wire value {@code "rejected"}. */
    REJECTED("rejected"),
    /** Wire value {@code "paused"}. */
    PAUSED("paused"),
    /** A value this version does not know; the raw string is not interpreted. */
    UNKNOWN(null);

    private static final WireLookup<ContactStateType> LOOKUP = WireLookup.of(values(), UNKNOWN);

    private final String wire;

    ContactStateType(String wire) {
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
    public static ContactStateType fromWire(String wire) {
        return LOOKUP.fromWire(wire);
    }
}
