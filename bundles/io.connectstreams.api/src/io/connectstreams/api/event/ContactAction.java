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
 * Payload of {@link StreamsEvents#CONTACT_ACTION}: the outcome of an action on a contact or one of its connections
 * (accept, reject, clear, hold, resume, destroy, transfer, addConnection, sendDigits, ...), published by the worker
 * when the back end answered or the action failed. Streams has no such event; snapshots alone cannot tell a
 * transfer from a hang-up.
 *
 * @param contactId the contact
 * @param connectionId the connection acted on, {@code null} for contact actions
 * @param action the {@code Contact}/{@code Connection} method name, for example {@code "transfer"}
 * @param succeeded whether the back end accepted it
 * @param errorType the failure's {@code StreamsException.errorType()}, {@code null} on success
 */
public record ContactAction(String contactId, String connectionId, String action, boolean succeeded,
        String errorType) {
}
