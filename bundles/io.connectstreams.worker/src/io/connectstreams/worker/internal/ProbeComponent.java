/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.connectstreams.worker.internal.agent.DerivingSnapshotFeed;
import io.connectstreams.worker.probe.WorkerProbe;

/**
 * Registers the {@link WorkerProbe} when the framework property {@value WorkerProbe#PROPERTY} is {@code true}
 * (test runtimes); otherwise does nothing.
 */
@Component(immediate = true)
public final class ProbeComponent {

    private ServiceRegistration<WorkerProbe> probe;

    @Activate
    void activate(BundleContext context) {
        if ("true".equalsIgnoreCase(context.getProperty(WorkerProbe.PROPERTY))) {
            probe = context.registerService(WorkerProbe.class, DerivingSnapshotFeed::new, null);
        }
    }

    @Deactivate
    void deactivate() {
        if (probe != null) {
            probe.unregister();
            probe = null;
        }
    }
}
