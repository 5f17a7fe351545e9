/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.spi;

import java.net.URI;
import java.time.Instant;

/**
 * {@code CreateTransport} {@code web_socket}: where the CTI WebSocket connects and for how long the URL is good.
 * The URL carries a credential: {@link #toString()} hides its query.
 *
 * @param url a {@code wss://} URL
 * @param transportLifeTimeInSeconds lifetime of the URL (Streams refuses less than 300)
 * @param expiry when it expires
 */
public record WebSocketTransport(URI url, long transportLifeTimeInSeconds, Instant expiry) {

    @Override
    public String toString() {
        String shown = url == null ? "null"
                : url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath()
                        + (url.getRawQuery() == null ? "" : "?<redacted>");
        return "WebSocketTransport[url=" + shown + ", transportLifeTimeInSeconds=" + transportLifeTimeInSeconds
                + ", expiry=" + expiry + "]";
    }
}
