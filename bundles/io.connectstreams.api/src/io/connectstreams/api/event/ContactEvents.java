/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.event;

import java.util.List;

/**
 * Streams' {@code connect.ContactEvents}. Every contact event is published twice: under this global name and under the name scoped to the contact, {@link #scoped(String, String)}.
 */
public final class ContactEvents {

    /** {@code "contact::init"}. */
    public static final String INIT = "contact::init";

    /** {@code "contact::refresh"}. */
    public static final String REFRESH = "contact::refresh";

    /** {@code "contact::destroyed"}. */
    public static final String DESTROYED = "contact::destroyed";

    /** {@code "contact::incoming"}. */
    public static final String INCOMING = "contact::incoming";

    /** {@code "contact::pending"}. */
    public static final String PENDING = "contact::pending";

    /** {@code "contact::connecting"}. */
    public static final String CONNECTING = "contact::connecting";

    /** {@code "contact::connected"}. */
    public static final String CONNECTED = "contact::connected";

    /** {@code "contact::missed"}. */
    public static final String MISSED = "contact::missed";

    /** {@code "contact::acw"}. */
    public static final String ACW = "contact::acw";

    /** {@code "contact::view"}. */
    public static final String VIEW = "contact::view";

    /** {@code "contact::ended"}. */
    public static final String ENDED = "contact::ended";

    /** {@code "contact::error"}. */
    public static final String ERROR = "contact::error";

    /** {@code "contact::accepted"}. */
    public static final String ACCEPTED = "contact::accepted";

    /** {@code "contact::invalid_state_transition"}. */
    public static final String INVALID_STATE_TRANSITION = "contact::invalid_state_transition";

    /** {@code "contact::screen_sharing_started"}. */
    public static final String SCREEN_SHARING_STARTED = "contact::screen_sharing_started";

    /** {@code "contact::screen_sharing_stopped"}. */
    public static final String SCREEN_SHARING_STOPPED = "contact::screen_sharing_stopped";

    /** {@code "contact::screen_sharing_error"}. */
    public static final String SCREEN_SHARING_ERROR = "contact::screen_sharing_error";

    /** Every name of this group, in Streams' order. */
    public static final List<String> ALL = List.of(INIT, REFRESH, DESTROYED, INCOMING, PENDING, CONNECTING, CONNECTED, MISSED, ACW, VIEW, ENDED, ERROR, ACCEPTED, INVALID_STATE_TRANSITION, SCREEN_SHARING_STARTED, SCREEN_SHARING_STOPPED, SCREEN_SHARING_ERROR);

    /**
     * Streams' {@code connect.core.getContactEventName(event, contactId)}.
     *
     * @param event a contact event name, for example {@link #CONNECTED}
     * @param contactId the contact id
     * @return the per-contact name, for example {@code "contact::connected::<contactId>"}
     */
    public static String scoped(String event, String contactId) {
        if (event == null || !event.startsWith("contact::")) {
            throw new IllegalArgumentException("event: must be a contact event name, was " + event);
        }
        if (contactId == null || contactId.isEmpty()) {
            throw new IllegalArgumentException("contactId: must not be empty");
        }
        return event + "::" + contactId;
    }

    /**
     * @param contactId a contact id
     * @return the suffix every scoped name of that contact ends with, {@code "::<contactId>"}
     */
    public static String scopeSuffix(String contactId) {
        return "::" + contactId;
    }

    private ContactEvents() {
    }
}
