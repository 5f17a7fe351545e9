/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.media;

/**
 * An ICE candidate in the form connect-rtc sends and expects ({@code RTCIceCandidate} JSON).
 *
 * @param candidate the candidate line, {@code candidate:...}
 * @param sdpMid the media id, may be {@code null}
 * @param sdpMLineIndex the m-line index
 */
public record IceCandidate(String candidate, String sdpMid, int sdpMLineIndex) {
}
