/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.event;

/**
 * Payload of {@link StreamsEvents#RINGTONE_UNAVAILABLE}.
 *
 * @param contactId the contact that should have rung, may be {@code null} for a device check
 * @param reason why, for example "no audio output device"
 */
public record RingtoneUnavailable(String contactId, String reason) {
}
