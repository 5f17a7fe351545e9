/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.cti;

/**
 * Whether a secret can travel in an HTTP header. java.net.http refuses a header value with a line break or a
 * control character by throwing {@link IllegalArgumentException} while the request is built; a token or cookie is
 * checked before that, so it fails as a typed error instead of a throw on the poller's thread.
 */
final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * @param value a token or cookie
     * @return whether it holds only visible ASCII, spaces and tabs
     */
    static boolean sendable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7E)) {
                return false;
            }
        }
        return true;
    }
}
