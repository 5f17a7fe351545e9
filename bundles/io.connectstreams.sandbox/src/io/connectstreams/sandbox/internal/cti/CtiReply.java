/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.cti;

import io.connectstreams.sandbox.internal.engine.CtiException;

/**
 * Where the answer of one CTI request goes; exactly one method is called, once.
 */
public interface CtiReply {

    /**
     * @param json the response body
     */
    void success(String json);

    /**
     * @param error the service error
     */
    void failure(CtiException error);
}
