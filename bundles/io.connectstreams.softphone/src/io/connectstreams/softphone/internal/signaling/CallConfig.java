/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.signaling;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import dev.onvoid.webrtc.RTCBundlePolicy;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceServer;
import dev.onvoid.webrtc.RTCIceTransportPolicy;
import dev.onvoid.webrtc.RTCRtcpMuxPolicy;
import io.connectstreams.api.softphone.IceServer;

/**
 * An agent connection's {@code callConfigJson}: where to signal and how to reach the media server.
 * {@link #toString()} never shows ICE credentials.
 *
 * @param signalingEndpoint the signaling WebSocket URL ({@code wss://.../LilyRTC})
 * @param iceServers STUN/TURN servers
 * @param relayOnly whether only relay candidates may be used: always, as connect-rtc does
 *            ({@code iceTransportPolicy:'relay'}), unless the configuration says {@code "iceTransportPolicy":"all"}
 * @param persistentConnection {@code false} when the configuration rules persistent peer connections out,
 *            otherwise {@code true} (the server decides by answering with a peer connection id, or not)
 */
public record CallConfig(URI signalingEndpoint, List<IceServer> iceServers, boolean relayOnly,
        boolean persistentConnection) {

    /** Copies the servers. */
    public CallConfig {
        Objects.requireNonNull(signalingEndpoint, "signalingEndpoint");
        iceServers = List.copyOf(iceServers);
    }

    /**
     * @param json the (unescaped) call configuration
     * @return the configuration
     * @throws IllegalArgumentException when it is not JSON, or has no absolute {@code signalingEndpoint} (whether
     *             its scheme may be used is {@link #signalingEndpointAllowed()}: the session fails on it)
     */
    public static CallConfig parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("no call configuration");
        }
        JsonObject config;
        try {
            config = Json.parseObject(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the call configuration is not a JSON object");
        }
        URI endpoint;
        try {
            endpoint = URI.create(Json.string(config, "signalingEndpoint"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("the call configuration has no valid signalingEndpoint");
        }
        if (!endpoint.isAbsolute() || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the signaling endpoint is not an absolute URL with a host");
        }
        List<IceServer> servers = new ArrayList<>();
        JsonElement list = config.get("iceServers");
        if (list != null && list.isJsonArray()) {
            for (JsonElement element : list.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    servers.add(iceServer(element.getAsJsonObject()));
                }
            }
        }
        JsonElement persistent = config.get("persistentConnection");
        boolean persistentAllowed = persistent == null || !persistent.isJsonPrimitive()
                || !persistent.getAsJsonPrimitive().isBoolean() || persistent.getAsBoolean();
        // relay only unless explicitly allowed: an instance never learns the agent's local addresses
        return new CallConfig(endpoint, servers, !"all".equals(Json.string(config, "iceTransportPolicy")),
                persistentAllowed);
    }

    /**
     * @return whether the signaling endpoint may be connected to: {@code wss}, or {@code ws} to a loopback host (the
     *         rule of the instance URL); a session with any other endpoint fails without a connection attempt
     */
    public boolean signalingEndpointAllowed() {
        return SignalingEndpoints.isAllowed(signalingEndpoint);
    }

    /**
     * @return the peer connection configuration: these servers, relay-only when asked, RTCP multiplexing required,
     *         the balanced bundle policy (connect-rtc's)
     */
    public RTCConfiguration rtcConfiguration() {
        RTCConfiguration configuration = new RTCConfiguration();
        configuration.bundlePolicy = RTCBundlePolicy.BALANCED;
        configuration.rtcpMuxPolicy = RTCRtcpMuxPolicy.REQUIRE;
        configuration.iceTransportPolicy = relayOnly ? RTCIceTransportPolicy.RELAY : RTCIceTransportPolicy.ALL;
        List<RTCIceServer> servers = new ArrayList<>();
        for (IceServer server : iceServers) {
            RTCIceServer rtc = new RTCIceServer();
            rtc.urls = server.urls();
            rtc.username = server.username();
            rtc.password = server.credential();
            servers.add(rtc);
        }
        configuration.iceServers = servers;
        return configuration;
    }

    /**
     * @return identifies the ICE configuration: a peer connection is reused only by a call with the same one
     */
    public String mediaKey() {
        StringBuilder key = new StringBuilder(relayOnly ? "relay" : "all");
        for (IceServer server : iceServers) {
            key.append('|').append(server.urls()).append(' ').append(server.username()).append(' ')
                    .append(Objects.hashCode(server.credential()));
        }
        return key.toString();
    }

    /**
     * @return the signaling endpoint without query, for logs and errors
     */
    public String endpointForLogs() {
        return signalingEndpoint.getScheme() + "://" + signalingEndpoint.getRawAuthority()
                + (signalingEndpoint.getRawPath() == null ? "" : signalingEndpoint.getRawPath());
    }

    /**
     * @return the TURN/STUN URLs, for the error of an ICE collection timeout
     */
    public String iceUrlsForLogs() {
        return iceServers.stream().flatMap(server -> server.urls().stream()).toList().toString();
    }

    @Override
    public String toString() {
        return "CallConfig[signalingEndpoint=" + endpointForLogs() + ", iceServers=" + iceServers + ", relayOnly="
                + relayOnly + ", persistentConnection=" + persistentConnection + "]";
    }

    private static IceServer iceServer(JsonObject server) {
        List<String> urls = new ArrayList<>();
        JsonElement value = server.get("urls");
        if (value == null) {
            value = server.get("url");
        }
        if (value != null && value.isJsonArray()) {
            value.getAsJsonArray().forEach(url -> {
                if (url.isJsonPrimitive()) {
                    urls.add(url.getAsString());
                }
            });
        } else if (value != null && value.isJsonPrimitive()) {
            urls.add(value.getAsString());
        }
        return new IceServer(urls, Json.string(server, "username"), Json.string(server, "credential"));
    }
}
