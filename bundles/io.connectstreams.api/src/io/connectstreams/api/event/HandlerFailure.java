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
 * Payload of {@link StreamsEvents#HANDLER_FAILURE}.
 *
 * @param eventName the event whose handler threw
 * @param exceptionType the class name of what was thrown
 * @param message its message, may be {@code null}
 */
public record HandlerFailure(String eventName, String exceptionType, String message) {
}
