/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.onvoid.webrtc.RTCIceTransportPolicy;
import io.connectstreams.api.model.SoftphoneCallType;
import io.connectstreams.api.model.SoftphoneMediaInfo;
import io.connectstreams.softphone.internal.media.SdpMunger;
import io.connectstreams.softphone.internal.signaling.CallConfig;

/**
 * connect-rtc's SDP changes and the call configuration as the back end sends it (HTML-escaped quotes included).
 */
class SdpAndConfigTest {

    private static final String OFFER = String.join("\r\n", "v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9", "c=IN IP4 0.0.0.0", "a=mid:0", "a=rtpmap:111 opus/48000/2",
            "a=fmtp:111 minptime=10;useinbandfec=1", "a=rtpmap:63 red/48000/2", "a=fmtp:63 111/111",
            "a=rtpmap:9 G722/8000", "");

    @Test
    void theOfferGetsTwentyMillisecondPacketsAndOpusWithoutDtx() {
        String munged = SdpMunger.munge(OFFER);
        List<String> lines = List.of(munged.split("\r\n"));
        assertTrue(lines.contains("a=fmtp:111 minptime=20;useinbandfec=1;usedtx=0"), munged);
        assertTrue(lines.contains("a=fmtp:63 111/111"), "only Opus gets usedtx: " + munged);
        assertTrue(lines.contains("a=ptime:20"));
        assertTrue(lines.contains("a=maxptime:20"));
        assertEquals(munged, SdpMunger.munge(munged), "munging twice changes nothing");
        assertTrue(munged.endsWith("\r\n"));
    }

    @Test
    void dtxTurnedOnIsTurnedOff() {
        String munged = SdpMunger.munge(OFFER.replace("useinbandfec=1", "useinbandfec=1;usedtx=1"));
        assertTrue(munged.contains("usedtx=0") && !munged.contains("usedtx=1"), munged);
    }

    @Test
    void theCallConfigurationIsReadAsTheBackEndSendsIt() {
        SoftphoneMediaInfo media = new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY, false, null, "token",
                "{&quot;signalingEndpoint&quot;:&quot;wss://127.0.0.1:8443/LilyRTC&quot;,&quot;iceServers&quot;:"
                        + "[{&quot;urls&quot;:[&quot;turn:10.0.0.1:3478?transport=udp&quot;],&quot;username&quot;:"
                        + "&quot;u&quot;,&quot;credential&quot;:&quot;secret-pass&quot;}],"
                        + "&quot;iceTransportPolicy&quot;:&quot;relay&quot;,&quot;protocol&quot;:&quot;LilyRTC/1.0/WSS&quot;}");
        CallConfig config = CallConfig.parse(media.unescapedCallConfigJson());
        assertEquals("wss://127.0.0.1:8443/LilyRTC", config.endpointForLogs());
        assertTrue(config.relayOnly());
        assertTrue(config.persistentConnection());
        assertEquals(List.of("turn:10.0.0.1:3478?transport=udp"), config.iceServers().get(0).urls());
        assertFalse(config.toString().contains("secret-pass"), config.toString());
        assertFalse(CallConfig.parse("{\"signalingEndpoint\":\"wss://h/LilyRTC\",\"persistentConnection\":false}")
                .persistentConnection());
    }

    @Test
    void anUnusableConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CallConfig.parse("not json"));
        assertThrows(IllegalArgumentException.class, () -> CallConfig.parse("[]"));
        assertThrows(IllegalArgumentException.class, () -> CallConfig.parse("{}"));
        assertThrows(IllegalArgumentException.class, () -> CallConfig.parse("{\"signalingEndpoint\":\"/LilyRTC\"}"));
        assertThrows(IllegalArgumentException.class, () -> CallConfig.parse(null));
    }

    @Test
    void onlyRelayCandidatesUnlessTheConfigurationAllowsAll() {
        // connect-rtc's iceTransportPolicy:'relay': an instance never learns the agent's local addresses
        CallConfig silent = CallConfig.parse("{\"signalingEndpoint\":\"wss://h/LilyRTC\"}");
        assertTrue(silent.relayOnly());
        assertEquals(RTCIceTransportPolicy.RELAY, silent.rtcConfiguration().iceTransportPolicy);
        assertEquals(RTCIceTransportPolicy.RELAY, CallConfig.parse(
                "{\"signalingEndpoint\":\"wss://h/LilyRTC\",\"iceTransportPolicy\":\"nohost\"}").rtcConfiguration()
                .iceTransportPolicy, "an unknown policy is relay");
        CallConfig all = CallConfig.parse(
                "{\"signalingEndpoint\":\"wss://h/LilyRTC\",\"iceTransportPolicy\":\"all\"}");
        assertFalse(all.relayOnly());
        assertEquals(RTCIceTransportPolicy.ALL, all.rtcConfiguration().iceTransportPolicy);
    }

    @Test
    void theSignalingEndpointIsWssOrWsToALoopbackHost() {
        for (String allowed : List.of("wss://h/LilyRTC", "wss://10.77.0.1:8443/LilyRTC", "ws://127.0.0.1:8443/LilyRTC",
                "ws://localhost/LilyRTC", "ws://[::1]:8443/LilyRTC")) {
            assertTrue(endpoint(allowed).signalingEndpointAllowed(), allowed);
        }
        for (String refused : List.of("ws://10.77.0.1:8443/LilyRTC", "ws://example.com/LilyRTC",
                "ws://127.0.0.1.nip.io/", "http://127.0.0.1:8443/LilyRTC", "https://h/LilyRTC", "ftp://h/")) {
            assertFalse(endpoint(refused).signalingEndpointAllowed(), refused);
        }
    }

    private static CallConfig endpoint(String url) {
        return CallConfig.parse("{\"signalingEndpoint\":\"" + url + "\"}");
    }
}
