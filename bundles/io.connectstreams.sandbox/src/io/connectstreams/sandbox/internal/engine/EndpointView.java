/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import io.connectstreams.api.model.EndpointType;

/**
 * The {@code endpoint} of a connection or a quick connect, as the snapshot shows it.
 *
 * @param type phone_number, agent or queue
 * @param arn the endpoint ARN, may be {@code null}
 * @param name the display name, may be {@code null}
 * @param phoneNumber the phone number, may be {@code null}
 * @param agentLogin the agent's username, may be {@code null}
 * @param queue the queue, may be {@code null}
 */
public record EndpointView(EndpointType type, String arn, String name, String phoneNumber, String agentLogin,
        QueueRef queue) {

    /**
     * @param number a phone number
     * @return an ad-hoc phone-number endpoint
     */
    public static EndpointView phone(String number) {
        return new EndpointView(EndpointType.PHONE_NUMBER, null, null, number, null, null);
    }

    /**
     * @return the endpoint of an agent connection (the service does not name the agent there)
     */
    public static EndpointView agent() {
        return new EndpointView(EndpointType.AGENT, null, null, null, null, null);
    }

    /**
     * @param quick a quick connect
     * @return its endpoint
     */
    public static EndpointView of(QuickConnect quick) {
        return new EndpointView(quick.type(), quick.arn(), quick.name(), quick.phoneNumber(), quick.agentLogin(),
                quick.queue());
    }
}
