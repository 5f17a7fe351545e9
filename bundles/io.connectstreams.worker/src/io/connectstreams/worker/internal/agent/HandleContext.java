/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.agent;

import java.time.Clock;

import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.spi.ContactCenterBackend;

/**
 * What the agent, contact and connection handles of one session share.
 *
 * @param bus the event bus
 * @param backend the back end actions go to
 * @param actions runs actions with timeouts
 * @param store the latest data
 * @param clock the local clock durations are measured with
 */
public record HandleContext(EventBus bus, ContactCenterBackend backend, Actions actions, AgentStore store,
        Clock clock) {
}
