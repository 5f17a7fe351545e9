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
 * Payload of {@link StreamsEvents#BACKEND_ERROR}: a back-end call failed or returned unusable data.
 *
 * @param operation the CTI operation, for example {@code "GetAgentSnapshot"}
 * @param errorType the service's exception name or a client-side code such as {@code "MalformedResponse"}
 * @param message what went wrong, never containing a credential
 * @param statusCode the HTTP status, 0 when there was no response
 */
public record BackendError(String operation, String errorType, String message, int statusCode) {
}
