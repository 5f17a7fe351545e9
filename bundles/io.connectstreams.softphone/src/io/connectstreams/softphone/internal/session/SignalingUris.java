/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.session;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.connectstreams.softphone.internal.signaling.CallConfig;

/**
 * connect-rtc's signaling URLs. They carry tokens in their query: never log them.
 */
final class SignalingUris {

    private SignalingUris() {
    }

    /** {@code <endpoint>?callId=<contactId>&contactCtx=<callContextToken>}. */
    static URI invite(CallConfig config, String contactId, String callContextToken) {
        return URI.create(base(config, contactId) + "&contactCtx=" + encode(callContextToken));
    }

    /** {@code <endpoint>?callId=<contactId>&clientToken=<clientToken>}: resumes a dropped socket. */
    static URI reconnect(CallConfig config, String contactId, String clientToken) {
        return URI.create(base(config, contactId) + "&clientToken=" + encode(clientToken));
    }

    private static String base(CallConfig config, String contactId) {
        String endpoint = config.signalingEndpoint().toString();
        return endpoint + (endpoint.contains("?") ? "&" : "?") + "callId=" + encode(contactId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
