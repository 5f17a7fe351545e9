/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.server;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The {@code Host} header a request must carry: one of the names of the address the sandbox listens on, with its
 * port. A page of another site whose name was rebound to 127.0.0.1 (DNS rebinding) sends its own name and is
 * refused; clients that use the sandbox's URL ({@code 127.0.0.1:<port>}) or the certificate's other name
 * ({@code localhost:<port>}) pass.
 */
final class AllowedHosts {

    private final Set<String> names;
    private final IntSupplier port;
    private final int defaultPort;

    /**
     * @param boundHost the address the connector listens on
     * @param port the port it listens on (known once it started)
     * @param https whether it speaks TLS (443 may then be left out of the header)
     */
    AllowedHosts(String boundHost, IntSupplier port, boolean https) {
        this.names = "127.0.0.1".equals(boundHost) ? Set.of(boundHost, "localhost") : Set.of(boundHost);
        this.port = port;
        this.defaultPort = https ? 443 : 80;
    }

    /**
     * @param host the {@code Host} header, may be {@code null}
     * @return whether it names this sandbox
     */
    boolean allows(String host) {
        if (host == null) {
            return false;
        }
        int colon = host.lastIndexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        int given;
        if (colon < 0) {
            given = defaultPort;
        } else {
            String digits = host.substring(colon + 1);
            if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            given = Integer.parseInt(digits);
        }
        return given == port.getAsInt() && names.contains(name.toLowerCase(Locale.ROOT));
    }
}
