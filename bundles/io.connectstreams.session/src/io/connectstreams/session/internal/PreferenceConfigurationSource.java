/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.osgi.service.component.annotations.Component;

import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.session.ConfigurationSource;
import io.connectstreams.session.PreferenceConfiguration;
import io.connectstreams.session.SessionPreferences;

/**
 * The {@link ConfigurationSource} of lowest rank: the {@link SessionPreferences}, defaults applied; a source
 * registered with a higher ranking replaces it.
 */
@Component(service = ConfigurationSource.class,
        property = "service.ranking:Integer=" + ConfigurationSource.DEFAULT_RANKING)
public final class PreferenceConfigurationSource implements ConfigurationSource {

    @Override
    public StreamsConfiguration configuration() {
        IPreferencesService preferences = Platform.getPreferencesService();
        return PreferenceConfiguration.build(key -> preferences.getString(SessionPreferences.NODE, key, "", null)); //$NON-NLS-1$
    }
}
