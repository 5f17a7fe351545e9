/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import io.connectstreams.api.config.ConfigurationException.Violation;
import io.connectstreams.api.model.ContactType;

/**
 * What Streams' {@code initCCP(container, params)} parameters mean here. It holds no secret (credentials are
 * passed separately), so it may be logged. Instances are always valid: the constructor checks every rule and throws
 * {@link ConfigurationException} naming each broken field.
 * <p>
 * Example for a real instance: {@code StreamsConfiguration.builder("https://my-instance.my.connect.aws/").build()};
 * for the embedded sandbox the URL is the one it prints, for example {@code https://127.0.0.1:8443/}.
 *
 * @param instanceUrl the instance's base URL (https; http only for a loopback host)
 * @param loginUrl the page where the agent signs in (Streams' {@code loginUrl}, or the CCP URL), default
 *            {@code <instanceUrl>/ccp-v2}
 * @param region the AWS region, for example {@code us-west-2}, may be {@code null}
 * @param softphone softphone options
 * @param ringtones ringtone options per contact type; missing types use {@link #ringtoneFor(ContactType)}'s defaults
 * @param timeouts timeouts of remote calls
 * @param sslContext the TLS trust to use, {@code null} for the JVM's default; tests pass one that trusts the
 *            sandbox's certificate (verification is never turned off)
 */
public record StreamsConfiguration(URI instanceUrl, URI loginUrl, String region, SoftphoneOptions softphone,
        Map<ContactType, RingtoneOptions> ringtones, Timeouts timeouts, SSLContext sslContext) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-[0-9]");
    private static final Set<String> RINGTONE_SCHEMES = Set.of("file", "http", "https", "jar", "platform",
            "bundleentry", "bundleresource");
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

    /** Validates every field. */
    public StreamsConfiguration {
        softphone = softphone == null ? SoftphoneOptions.DEFAULT : softphone;
        timeouts = timeouts == null ? Timeouts.DEFAULT : timeouts;
        List<Violation> violations = new ArrayList<>();
        Map<ContactType, RingtoneOptions> checkedRingtones = new EnumMap<>(ContactType.class);
        if (ringtones != null) {
            for (Map.Entry<ContactType, RingtoneOptions> entry : ringtones.entrySet()) {
                if (entry.getKey() == null || entry.getKey() == ContactType.UNKNOWN) {
                    violations.add(new Violation("ringtones", "contact type must be a known type"));
                } else if (entry.getValue() == null) {
                    violations.add(new Violation("ringtones." + entry.getKey().wireValue(), "must not be null"));
                } else {
                    checkRingtone("ringtones." + entry.getKey().wireValue() + ".ringtoneUrl",
                            entry.getValue().ringtoneUrl(), violations);
                    checkedRingtones.put(entry.getKey(), entry.getValue());
                }
            }
        }
        ringtones = Map.copyOf(checkedRingtones);
        checkWebUrl("instanceUrl", instanceUrl, true, violations);
        if (instanceUrl != null && loginUrl == null && violations.isEmpty()) {
            loginUrl = base(instanceUrl).resolve("ccp-v2");
        }
        checkWebUrl("loginUrl", loginUrl, false, violations);
        if (region != null && !REGION.matcher(region).matches()) {
            violations.add(new Violation("region", "must look like us-west-2"));
        }
        checkRingtone("softphone.ringtoneUrl", softphone.ringtoneUrl(), violations);
        checkTimeout("timeouts.connect", timeouts.connect(), violations);
        checkTimeout("timeouts.action", timeouts.action(), violations);
        checkTimeout("timeouts.longPoll", timeouts.longPoll(), violations);
        checkTimeout("timeouts.authorize", timeouts.authorize(), violations);
        if (!violations.isEmpty()) {
            throw new ConfigurationException(violations);
        }
    }

    /**
     * @param instanceUrl the instance's base URL
     * @return a builder with every other field at its default
     */
    public static Builder builder(String instanceUrl) {
        try {
            return new Builder(URI.create(instanceUrl));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(List.of(new Violation("instanceUrl", "must be a valid URL")));
        }
    }

    /**
     * @param instanceUrl the instance's base URL
     * @return a builder with every other field at its default
     */
    public static Builder builder(URI instanceUrl) {
        return new Builder(instanceUrl);
    }

    /**
     * @return a builder holding this configuration's values
     */
    public Builder toBuilder() {
        Builder builder = new Builder(instanceUrl).loginUrl(loginUrl).region(region).softphone(softphone)
                .timeouts(timeouts).sslContext(sslContext);
        ringtones.forEach(builder::ringtone);
        return builder;
    }

    /**
     * @return the CTI endpoint: {@code <instance>/api}, or {@code <instance>/connect/api} on {@code *.awsapps.com}
     */
    public URI apiEndpoint() {
        return base(instanceUrl).resolve(pathPrefix() + "api");
    }

    /**
     * @return the authorize endpoint: {@code <instance>/auth/authorize}, or {@code /connect/auth/authorize} on
     *         {@code *.awsapps.com}
     */
    public URI authorizeEndpoint() {
        return base(instanceUrl).resolve(pathPrefix() + "auth/authorize");
    }

    /**
     * @return the instance's logout page, used by {@code Streams.logout()}
     */
    public URI logoutEndpoint() {
        return base(instanceUrl).resolve(pathPrefix() + "logout");
    }

    /**
     * Streams' ringtone defaults: voice rings unless {@code softphone.disableRingtone}; queue callbacks follow voice
     * (as Streams' {@code mergeParams}); chat, task and email are off unless configured.
     *
     * @param type a contact type
     * @return its ringtone options
     */
    public RingtoneOptions ringtoneFor(ContactType type) {
        RingtoneOptions explicit = ringtones.get(type);
        if (explicit != null) {
            return explicit;
        }
        if (type == ContactType.VOICE || type == ContactType.QUEUE_CALLBACK) {
            RingtoneOptions voice = ringtones.get(ContactType.VOICE);
            return voice != null ? voice : new RingtoneOptions(softphone.disableRingtone(), softphone.ringtoneUrl());
        }
        return RingtoneOptions.DISABLED;
    }

    private String pathPrefix() {
        String host = instanceUrl.getHost();
        return host != null && host.endsWith(".awsapps.com") ? "connect/" : "";
    }

    private static URI base(URI url) {
        String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + path);
    }

    private static void checkWebUrl(String field, URI url, boolean required, List<Violation> violations) {
        if (url == null) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return;
        }
        if (!url.isAbsolute() || url.getHost() == null) {
            violations.add(new Violation(field, "must be an absolute URL with a host"));
        } else if (url.getRawUserInfo() != null) {
            violations.add(new Violation(field, "must not contain user information"));
        } else if (url.getRawQuery() != null || url.getRawFragment() != null) {
            violations.add(new Violation(field, "must not have a query or fragment"));
        } else if ("http".equals(url.getScheme())) {
            if (!isLoopback(url.getHost())) {
                violations.add(new Violation(field, "must use https (http only for a loopback host)"));
            }
        } else if (!"https".equals(url.getScheme())) {
            violations.add(new Violation(field, "must use https (http only for a loopback host)"));
        }
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(bare)) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // never resolve names here: validation must not touch the network
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void checkRingtone(String field, URI url, List<Violation> violations) {
        if (url != null && (!url.isAbsolute() || !RINGTONE_SCHEMES.contains(url.getScheme()))) {
            violations.add(new Violation(field, "must be an absolute file, http(s), jar or bundle URL"));
        }
    }

    private static void checkTimeout(String field, Duration timeout, List<Violation> violations) {
        if (timeout == null) {
            violations.add(new Violation(field, "is required"));
        } else if (timeout.isNegative() || timeout.isZero()) {
            violations.add(new Violation(field, "must be positive"));
        } else if (timeout.compareTo(MAX_TIMEOUT) > 0) {
            violations.add(new Violation(field, "must be at most 5 minutes"));
        }
    }

    /**
     * Builds a {@link StreamsConfiguration}; {@link #build()} validates.
     */
    public static final class Builder {
        private final URI instanceUrl;
        private URI loginUrl;
        private String region;
        private SoftphoneOptions softphone = SoftphoneOptions.DEFAULT;
        private final Map<ContactType, RingtoneOptions> ringtones = new EnumMap<>(ContactType.class);
        private Timeouts timeouts = Timeouts.DEFAULT;
        private SSLContext sslContext;

        private Builder(URI instanceUrl) {
            this.instanceUrl = instanceUrl;
        }

        /**
         * @param value the login page, {@code null} for the default
         * @return this builder
         */
        public Builder loginUrl(URI value) {
            this.loginUrl = value;
            return this;
        }

        /**
         * @param value the AWS region, may be {@code null}
         * @return this builder
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * @param value softphone options
         * @return this builder
         */
        public Builder softphone(SoftphoneOptions value) {
            this.softphone = value;
            return this;
        }

        /**
         * @param type a contact type
         * @param value its ringtone
         * @return this builder
         */
        public Builder ringtone(ContactType type, RingtoneOptions value) {
            this.ringtones.put(type, value);
            return this;
        }

        /**
         * @param value timeouts
         * @return this builder
         */
        public Builder timeouts(Timeouts value) {
            this.timeouts = value;
            return this;
        }

        /**
         * @param value the TLS trust, {@code null} for the JVM default
         * @return this builder
         */
        public Builder sslContext(SSLContext value) {
            this.sslContext = value;
            return this;
        }

        /**
         * @return the configuration
         * @throws ConfigurationException naming every broken rule
         */
        public StreamsConfiguration build() {
            return new StreamsConfiguration(instanceUrl, loginUrl, region, softphone, ringtones, timeouts,
                    sslContext);
        }
    }
}
