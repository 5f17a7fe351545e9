/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.signaling;

import java.util.List;

import dev.onvoid.webrtc.RTCBundlePolicy;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceServer;
import dev.onvoid.webrtc.RTCIceTransportPolicy;
import dev.onvoid.webrtc.RTCRtcpMuxPolicy;
import io.connectstreams.api.softphone.IceServer;

/**
 * How the caller's peer connection finds a path to the softphone.
 *
 * @param iceServers STUN/TURN servers for the caller's peer (their credentials are never logged)
 * @param relayOnly only relay (TURN) candidates, as connect-rtc's {@code iceTransportPolicy:'relay'}; needs a TURN
 *        server in {@code iceServers}, otherwise no candidate is gathered and every invite is answered with 500
 */
public record IceOptions(List<IceServer> iceServers, boolean relayOnly) {

    /** Copies the servers. */
    public IceOptions {
        iceServers = iceServers == null ? List.of() : List.copyOf(iceServers);
    }

    /**
     * @return no ICE server, host candidates: what works on loopback and in the test network namespace
     */
    public static IceOptions hostCandidates() {
        return new IceOptions(List.of(), false);
    }

    /**
     * @return the caller peer's configuration: max-bundle, RTCP multiplexing required, these servers and policy
     */
    RTCConfiguration toRtcConfiguration() {
        RTCConfiguration configuration = new RTCConfiguration();
        configuration.bundlePolicy = RTCBundlePolicy.MAX_BUNDLE;
        configuration.rtcpMuxPolicy = RTCRtcpMuxPolicy.REQUIRE;
        configuration.iceTransportPolicy = relayOnly ? RTCIceTransportPolicy.RELAY : RTCIceTransportPolicy.ALL;
        configuration.iceServers = iceServers.stream().map(IceOptions::toRtcIceServer).toList();
        return configuration;
    }

    private static RTCIceServer toRtcIceServer(IceServer server) {
        RTCIceServer rtc = new RTCIceServer();
        rtc.urls = server.urls();
        rtc.username = server.username();
        rtc.password = server.credential();
        return rtc;
    }
}
