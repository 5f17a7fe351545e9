/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.media;

/**
 * A WebRTC step failed. The message says which step; WebRTC's own text is dropped, because its parse errors quote
 * the offending SDP line, which may hold ICE credentials.
 */
public final class MediaFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which step failed, never SDP
     */
    public MediaFailure(String message) {
        super(message);
    }
}
