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

import java.util.Set;

import io.connectstreams.api.model.EndpointType;

/**
 * A quick-connect endpoint {@code GetEndpoints} lists for the queues it is attached to.
 *
 * @param arn the endpoint ARN
 * @param type phone_number, queue or agent
 * @param name the display name
 * @param phoneNumber the number of a phone_number endpoint
 * @param agentLogin the username of an agent endpoint
 * @param queue the queue of a queue endpoint
 * @param queueArns the queues whose agents see this quick connect
 */
public record QuickConnect(String arn, EndpointType type, String name, String phoneNumber, String agentLogin,
        QueueRef queue, Set<String> queueArns) {
}
