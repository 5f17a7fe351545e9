/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.connectstreams.sandbox.TurnServer;

/**
 * Builds {@code softphoneMediaInfo.callConfigJson}: where the softphone signals and which ICE servers it uses.
 */
final class CallConfig {

    /** The signaling protocol Amazon Connect announces. */
    static final String PROTOCOL = "LilyRTC/1.0/WSS";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private CallConfig() {
    }

    static String json(EngineSettings settings) {
        JsonObject config = new JsonObject();
        config.addProperty("signalingEndpoint", settings.signalingEndpoint().get());
        config.add("iceServers", iceServers(settings));
        config.addProperty("protocol", PROTOCOL);
        config.addProperty("useWebSocketProvider", false);
        // our extension: the real service leaves the policy to the client, and clients use relay only (connect-rtc
        // always, our softphone by default); without a TURN server no relay candidate exists, so allow them all
        if (settings.relayOnly()) {
            config.addProperty("iceTransportPolicy", "relay");
        } else if (settings.turnServers().isEmpty()) {
            config.addProperty("iceTransportPolicy", "all");
        }
        return GSON.toJson(config);
    }

    /**
     * @return the configuration with {@code persistentConnection:false} (our extension, which our softphone
     *         honours): a supervisor's media needs a session of its own
     */
    static String withoutPersistentConnection(String json) {
        JsonObject config = GSON.fromJson(json, JsonObject.class);
        config.addProperty("persistentConnection", false);
        return GSON.toJson(config);
    }

    static JsonArray iceServers(EngineSettings settings) {
        JsonArray servers = new JsonArray();
        for (TurnServer turn : settings.turnServers()) {
            JsonObject server = new JsonObject();
            JsonArray urls = new JsonArray();
            turn.urls().forEach(urls::add);
            server.add("urls", urls);
            server.addProperty("username", turn.username());
            server.addProperty("credential", turn.credential());
            servers.add(server);
        }
        return servers;
    }
}
