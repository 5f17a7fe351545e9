/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.commands;

import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.ServiceTracker;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Streams;

/**
 * What a command handler of the agent view needs from the service registry, tracked from its creation to its
 * {@link #close()}: the {@link Streams} service (and through it the signed-in agent) and the log.
 */
final class HandlerServices implements AutoCloseable {

    private final ServiceTracker<Streams, Streams> streams;
    private final ServiceTracker<LoggerFactory, LoggerFactory> loggers;

    HandlerServices() {
        BundleContext context = FrameworkUtil.getBundle(HandlerServices.class).getBundleContext();
        streams = new ServiceTracker<>(context, Streams.class, null);
        streams.open();
        loggers = new ServiceTracker<>(context, LoggerFactory.class, null);
        loggers.open();
    }

    /**
     * @return the Streams service, empty while there is none
     */
    Optional<Streams> streams() {
        return Optional.ofNullable(streams.getService());
    }

    /**
     * @return the signed-in agent, empty while nobody is signed in or there is no Streams service
     */
    Optional<Agent> agent() {
        return streams().flatMap(Streams::currentAgent);
    }

    /**
     * @param owner the class that logs
     * @return its logger, empty while there is no log service
     */
    Optional<Logger> logger(Class<?> owner) {
        return Optional.ofNullable(loggers.getService()).map(factory -> factory.getLogger(owner));
    }

    @Override
    public void close() {
        streams.close();
        loggers.close();
    }
}
