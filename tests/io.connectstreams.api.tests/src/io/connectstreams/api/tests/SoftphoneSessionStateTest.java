/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.softphone.SoftphoneSessionState;

/**
 * The softphone session states are connect-rtc's, in its order, including {@code CONNECT_CONTACT} (a contact
 * attached to a kept peer connection); only {@code DISCONNECTED} and {@code FAILED} are final.
 */
class SoftphoneSessionStateTest {

    @Test
    void statesFollowConnectRtcAndOnlyTheLastTwoAreFinal() {
        assertEquals(List.of("GRAB_LOCAL_MEDIA", "CREATE_OFFER", "SET_LOCAL_SESSION_DESCRIPTION",
                "CONNECT_SIGNALING_AND_ICE_COLLECTION", "INVITE_ANSWER", "ACCEPT", "CONNECT_CONTACT", "TALKING",
                "CLEAN_UP", "DISCONNECTED", "FAILED"),
                Arrays.stream(SoftphoneSessionState.values()).map(Enum::name).toList());
        assertFalse(SoftphoneSessionState.CONNECT_CONTACT.isFinal());
        assertFalse(SoftphoneSessionState.CLEAN_UP.isFinal());
        assertTrue(SoftphoneSessionState.DISCONNECTED.isFinal());
        assertTrue(SoftphoneSessionState.FAILED.isFinal());
    }
}
