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

import java.io.IOException;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLContext;

import io.connectstreams.api.config.ConfigurationException;
import io.connectstreams.api.config.ConfigurationException.Violation;
import io.connectstreams.api.config.RingtoneOptions;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.model.ContactType;

/**
 * Turns the preference values into a {@link StreamsConfiguration}. Violations carry the configuration's field names
 * ({@code instanceUrl}, {@code loginUrl}, {@code region}, {@code ringtones.voice.ringtoneUrl}) plus
 * {@value SessionPreferences#TRUSTED_CERTIFICATE} for the certificate file.
 */
public final class PreferenceConfiguration {

    /** Turns a certificate file into the TLS trust of the configuration. */
    @FunctionalInterface
    public interface TrustLoader {

        /**
         * @param pemFile the certificate file
         * @return the trust, {@code null} when only checking
         * @throws IOException when the file cannot be read
         * @throws GeneralSecurityException when it holds no certificate
         */
        SSLContext load(Path pemFile) throws IOException, GeneralSecurityException;
    }

    private PreferenceConfiguration() {
    }

    /**
     * @param values gives the value of a preference key ({@link SessionPreferences}), defaults applied; never
     *            {@code null}
     * @return the configuration
     * @throws ConfigurationException naming every broken field
     */
    public static StreamsConfiguration build(UnaryOperator<String> values) {
        return build(values, TrustedCertificates::sslContext);
    }

    /**
     * @param values gives the value of a preference key ({@link SessionPreferences}), defaults applied; never
     *            {@code null}
     * @param loader turns the certificate file into trust (a check that builds none may return {@code null})
     * @return the configuration
     * @throws ConfigurationException naming every broken field
     */
    public static StreamsConfiguration build(UnaryOperator<String> values, TrustLoader loader) {
        List<Violation> violations = new ArrayList<>();
        SSLContext trust = trust(values.apply(SessionPreferences.TRUSTED_CERTIFICATE).trim(), loader, violations);
        StreamsConfiguration.Builder builder;
        try {
            builder = StreamsConfiguration.builder(values.apply(SessionPreferences.INSTANCE_URL).trim());
        } catch (ConfigurationException e) {
            violations.addAll(e.violations());
            throw new ConfigurationException(violations);
        }
        String loginUrl = values.apply(SessionPreferences.LOGIN_URL).trim();
        if (!loginUrl.isEmpty()) {
            try {
                builder.loginUrl(URI.create(loginUrl));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("loginUrl", "must be a valid URL")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        String region = values.apply(SessionPreferences.REGION).trim();
        builder.region(region.isEmpty() ? null : region).sslContext(trust);
        for (ContactType type : SessionPreferences.RINGTONE_TYPES) {
            builder.ringtone(type, ringtone(type, values, violations));
        }
        StreamsConfiguration configuration = null;
        try {
            configuration = builder.build();
        } catch (ConfigurationException e) {
            violations.addAll(0, e.violations());
        }
        if (!violations.isEmpty()) {
            throw new ConfigurationException(violations);
        }
        return configuration;
    }

    private static RingtoneOptions ringtone(ContactType type, UnaryOperator<String> values,
            List<Violation> violations) {
        boolean disabled = Boolean.parseBoolean(values.apply(SessionPreferences.ringtoneDisabledKey(type)));
        String file = values.apply(SessionPreferences.ringtoneFileKey(type)).trim();
        if (file.isEmpty()) {
            return new RingtoneOptions(disabled, null);
        }
        try {
            return new RingtoneOptions(disabled, Path.of(file).toAbsolutePath().toUri());
        } catch (InvalidPathException e) {
            violations.add(new Violation("ringtones." + type.wireValue() + ".ringtoneUrl", //$NON-NLS-1$ //$NON-NLS-2$
                    "must be a file path")); //$NON-NLS-1$
            return new RingtoneOptions(disabled, null);
        }
    }

    private static SSLContext trust(String file, TrustLoader loader, List<Violation> violations) {
        if (file.isEmpty()) {
            return null;
        }
        try {
            return loader.load(Path.of(file));
        } catch (InvalidPathException | IOException e) {
            violations.add(new Violation(SessionPreferences.TRUSTED_CERTIFICATE, "must be a readable file")); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            violations.add(new Violation(SessionPreferences.TRUSTED_CERTIFICATE,
                    "must hold PEM certificates")); //$NON-NLS-1$
        }
        return null;
    }
}
