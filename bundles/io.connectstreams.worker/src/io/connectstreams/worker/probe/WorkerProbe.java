/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.probe;

import io.connectstreams.api.event.EventBus;

/**
 * Test access to the worker's event derivation, so that a bundle reacting to agent and contact events (ringtones,
 * call log, view) is tested with exactly the events, order and payloads the worker publishes, without a back end.
 * The worker registers this service only when the framework property {@value #PROPERTY} is {@code true} (test
 * runtimes set it); a product never has it.
 */
public interface WorkerProbe {

    /** The framework property that registers the probe. */
    String PROPERTY = "io.connectstreams.worker.probe";

    /**
     * @param bus the bus to publish on
     * @return a new feed of snapshots into the worker's event derivation, publishing on that bus
     */
    SnapshotFeed snapshotFeed(EventBus bus);
}
