/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal;

import java.util.Map;
import java.util.stream.Collectors;

import io.connectstreams.api.config.ConfigurationException;
import io.connectstreams.api.config.ConfigurationException.Violation;
import io.connectstreams.session.SessionPreferences;

/**
 * Says which preference a configuration error is about: each {@link Violation} of a {@link ConfigurationException}
 * reads "&lt;field's label&gt;: &lt;rule&gt;", with the labels of the preference page.
 */
public final class ConfigurationMessages {

    private static final Map<String, String> LABELS = Map.of(
            "instanceUrl", Messages.Preferences_instanceUrl, //$NON-NLS-1$
            "loginUrl", Messages.Preferences_loginUrl, //$NON-NLS-1$
            "region", Messages.Preferences_region, //$NON-NLS-1$
            SessionPreferences.TRUSTED_CERTIFICATE, Messages.Preferences_trustedCertificate,
            "ringtones.voice.ringtoneUrl", Messages.Preferences_ringtoneVoice, //$NON-NLS-1$
            "ringtones.queue_callback.ringtoneUrl", Messages.Preferences_ringtoneCallback, //$NON-NLS-1$
            "ringtones.chat.ringtoneUrl", Messages.Preferences_ringtoneChat, //$NON-NLS-1$
            "ringtones.task.ringtoneUrl", Messages.Preferences_ringtoneTask); //$NON-NLS-1$

    private ConfigurationMessages() {
    }

    /**
     * @param error a configuration error
     * @return every violation, each naming its field as the preference page labels it, separated by new lines
     */
    public static String describe(ConfigurationException error) {
        return error.violations().stream().map(ConfigurationMessages::describe)
                .collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    /**
     * @param violation one broken rule
     * @return "label: rule"
     */
    public static String describe(Violation violation) {
        String label = LABELS.getOrDefault(violation.field(), violation.field());
        return label.replace("&", "").replaceFirst(":$", "") + ": " + violation.rule(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
