/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.ui;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.connectstreams.demo.internal.Messages;

/**
 * One OSGi service used by a view, handler or the workbench advisor, released by {@link #close()}. The demo's
 * services are Declarative Services components that exist from the start, so nothing waits for them.
 *
 * @param <T> the service type
 */
final class ServiceHandle<T> implements AutoCloseable {

    private final BundleContext context;
    private final ServiceReference<T> reference;
    private final T service;

    private ServiceHandle(BundleContext context, ServiceReference<T> reference, T service) {
        this.context = context;
        this.reference = reference;
        this.service = service;
    }

    /**
     * @param <T> the service type
     * @param type the service type
     * @return a handle on the service
     * @throws IllegalStateException when there is no such service (a user-readable message)
     */
    static <T> ServiceHandle<T> of(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(ServiceHandle.class).getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
        T service = reference == null ? null : context.getService(reference);
        if (service == null) {
            throw new IllegalStateException(NLS.bind(Messages.Service_missing, type.getSimpleName()));
        }
        return new ServiceHandle<>(context, reference, service);
    }

    /**
     * @return the service
     */
    T get() {
        return service;
    }

    @Override
    public void close() {
        try {
            context.ungetService(reference);
        } catch (IllegalStateException bundleStopped) {
            // the framework is shutting down: nothing to release
        }
    }
}
