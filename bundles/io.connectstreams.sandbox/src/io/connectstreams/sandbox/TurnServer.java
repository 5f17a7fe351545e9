/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * A TURN server the sandbox hands to softphones, in {@code RTCIceServer} form: in every agent connection's
 * {@code callConfigJson.iceServers} and in {@code CreateTransport softphone}'s {@code softphoneMediaConnections}.
 * {@link #toString()} hides the credential.
 *
 * @param urls {@code turn:} / {@code turns:} URLs
 * @param username the TURN user name
 * @param credential the TURN password
 */
public record TurnServer(List<String> urls, String username, String credential) {

    /** Validates and copies. */
    public TurnServer {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("urls: at least one TURN URL");
        }
        for (String url : urls) {
            if (!url.startsWith("turn:") && !url.startsWith("turns:") && !url.startsWith("stun:")) {
                throw new IllegalArgumentException("urls: not a turn:, turns: or stun: URL: " + url);
            }
        }
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(credential, "credential");
    }

    @Override
    public String toString() {
        return "TurnServer[urls=" + urls + ", username=" + username + ", credential=<redacted>]";
    }
}
