/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.installtest.probe;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The services the installed features promise are registered; they are named, so the probe needs none of our API. */
final class ServiceCheck {

    private final BundleContext context;
    private final ProbeSettings settings;

    ServiceCheck(BundleContext context, ProbeSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    void run(Verdict verdict) throws InterruptedException {
        for (String service : settings.services()) {
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, service, null);
            tracker.open(true);
            try {
                if (tracker.waitForService(settings.timeout().toMillis()) == null) {
                    verdict.fail("service", service + " is not registered");
                    continue;
                }
                ServiceReference<Object> reference = tracker.getServiceReference();
                verdict.pass("service", service + " from " + reference.getBundle().getSymbolicName());
            } finally {
                tracker.close();
            }
        }
    }
}
