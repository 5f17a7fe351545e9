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

/**
 * A queue: the {@code {queueARN, name}} shape of the CTI model.
 *
 * @param arn the queue ARN
 * @param name the queue name
 */
public record QueueRef(String arn, String name) {
}
