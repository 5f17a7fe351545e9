/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.softphone;

/**
 * The states of a softphone session, as connect-rtc-js's {@code RtcSession} names them.
 */
public enum SoftphoneSessionState {
    /** Opening the microphone. */
    GRAB_LOCAL_MEDIA,
    /** Creating the SDP offer. */
    CREATE_OFFER,
    /** Applying the (munged) offer locally. */
    SET_LOCAL_SESSION_DESCRIPTION,
    /** Opening signaling and collecting ICE candidates in parallel. */
    CONNECT_SIGNALING_AND_ICE_COLLECTION,
    /** Invite sent, waiting for the answer. */
    INVITE_ANSWER,
    /** Applying the answer; {@code accept} sent. */
    ACCEPT,
    /**
     * connect-rtc's {@code ConnectContactState}: the contact is attached to a kept (persistent) peer connection with
     * {@code connectContact}; no offer, ICE collection or invite happens.
     */
    CONNECT_CONTACT,
    /** Media flows. */
    TALKING,
    /** Releasing media and signaling. */
    CLEAN_UP,
    /** Ended normally. */
    DISCONNECTED,
    /** Ended with a {@link SoftphoneFailureReason}. */
    FAILED;

    /**
     * @return whether the session is over
     */
    public boolean isFinal() {
        return this == DISCONNECTED || this == FAILED;
    }
}
