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

/**
 * The result of a microphone check before a call (Streams' {@code ConnectivityCheckResult}
 * {@code MicrophonePermission}); a failed check is what makes a call fail with {@code microphone_not_shared}.
 *
 * @param available whether a microphone can be opened
 * @param audioModule the audio path in use
 * @param deviceName the microphone that would be used, may be {@code null}
 * @param detail why it is not available, may be {@code null}
 */
public record MicrophoneCheck(boolean available, AudioModule audioModule, String deviceName, String detail) {
}
