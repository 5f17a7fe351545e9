/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.sandbox;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.session.ConfigurationSource;

/**
 * The demo's instance for the agent's sign-in service: the embedded sandbox, trusting exactly its certificate. Ranked
 * above the preferences' source, so the agent view's own sign-in ("Sign in again" after a sign-out) reaches the
 * sandbox whatever the preferences say.
 */
@Component(service = ConfigurationSource.class, property = "service.ranking:Integer=" + DemoConfigurationSource.RANKING)
public final class DemoConfigurationSource implements ConfigurationSource {

    /** Above {@link ConfigurationSource#DEFAULT_RANKING}. */
    static final int RANKING = 100;

    @Reference
    private DemoContactCenter contactCenter;

    @Override
    public StreamsConfiguration configuration() {
        Sandbox sandbox = contactCenter.sandbox();
        return StreamsConfiguration.builder(sandbox.baseUri()).sslContext(sandbox.clientSslContext()).build();
    }
}
