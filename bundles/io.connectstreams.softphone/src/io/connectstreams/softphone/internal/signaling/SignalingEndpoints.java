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

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which signaling URLs the softphone connects to: {@code wss}, or {@code ws} to a loopback host only (the rule the
 * configuration applies to the instance URL). The socket carries the call context and client tokens.
 */
public final class SignalingEndpoints {

    /** Why a URL is refused, for errors and logs. */
    public static final String RULE = "the signaling endpoint must use wss (ws only for a loopback host)";

    private SignalingEndpoints() {
    }

    /**
     * @param endpoint a signaling URL
     * @return whether the softphone may connect to it
     */
    public static boolean isAllowed(URI endpoint) {
        String scheme = endpoint.getScheme();
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        return "wss".equalsIgnoreCase(scheme) || "ws".equalsIgnoreCase(scheme) && isLoopback(host);
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(bare)) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // never resolve names here: deciding must not touch the network
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
