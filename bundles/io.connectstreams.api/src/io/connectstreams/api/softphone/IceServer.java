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

import java.util.List;

/**
 * A STUN/TURN server in RTCIceServer form, from {@code callConfigJson.iceServers} or {@code CreateTransport}
 * {@code softphone}. {@link #toString()} never shows the credential.
 *
 * @param urls server URLs, for example {@code turn:10.0.0.1:3478?transport=udp}
 * @param username TURN user name, may be {@code null}
 * @param credential TURN password (secret), may be {@code null}
 */
public record IceServer(List<String> urls, String username, String credential) {

    /** Copies the URLs. */
    public IceServer {
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    @Override
    public String toString() {
        return "IceServer[urls=" + urls + ", username=" + (username == null ? "null" : "<redacted>")
                + ", credential=" + (credential == null ? "null" : "<redacted>") + "]";
    }
}
