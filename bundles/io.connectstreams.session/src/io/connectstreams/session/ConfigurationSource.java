/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session;

import io.connectstreams.api.config.StreamsConfiguration;

/**
 * Where {@link AgentSignIn#configuration()} takes the instance to sign in to. The bundle registers one that reads
 * the {@link SessionPreferences} with ranking {@value #DEFAULT_RANKING}; a host that knows its instance (a CRM with
 * its own settings, the demo with its embedded sandbox) registers its own {@code ConfigurationSource} service with a
 * higher ranking, and the agent view's sign-in, "sign in again" with the stored session included, uses it.
 */
@FunctionalInterface
public interface ConfigurationSource {

    /** The service ranking of the bundle's own, preference-backed source. */
    int DEFAULT_RANKING = -100;

    /**
     * Called off the UI thread; may read files (a certificate).
     *
     * @return the configuration
     * @throws io.connectstreams.api.config.ConfigurationException naming each broken field
     */
    StreamsConfiguration configuration();
}
