/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api;

/**
 * Options of {@link Agent#connect(io.connectstreams.api.model.Endpoint, ConnectOptions)}; Streams'
 * {@code {queueARN, relatedContactId}}.
 *
 * @param queueArn the outbound queue, or {@code null} for the routing profile's default outbound queue
 * @param relatedContactId a contact this call relates to, may be {@code null}
 */
public record ConnectOptions(String queueArn, String relatedContactId) {

    /** No queue and no related contact. */
    public static final ConnectOptions DEFAULT = new ConnectOptions(null, null);
}
