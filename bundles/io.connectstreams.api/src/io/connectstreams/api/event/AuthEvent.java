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
 * Payload of {@link EventType#AUTH_FAIL}, {@link EventType#ACCESS_DENIED} and {@link EventType#AUTHORIZE_SUCCESS}.
 *
 * @param authorize whether it concerns the authorize endpoint (Streams' {@code {authorize:true}}) rather than a CTI
 *            call
 * @param reason a short reason, never containing a credential; may be {@code null}
 */
public record AuthEvent(boolean authorize, String reason) {
}
