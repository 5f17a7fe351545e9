/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.signaling;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;

/**
 * A frame or request the endpoint answers with a JSON-RPC error.
 */
final class JsonRpcException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient JsonElement id;

    JsonRpcException(int code, String message, JsonElement id) {
        super(message);
        this.code = code;
        this.id = id == null ? JsonNull.INSTANCE : id;
    }

    int code() {
        return code;
    }

    JsonElement id() {
        return id;
    }
}
