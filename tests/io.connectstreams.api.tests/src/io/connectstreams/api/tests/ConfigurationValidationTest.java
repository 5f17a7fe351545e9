/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.config.ConfigurationException;
import io.connectstreams.api.config.ConfigurationException.Violation;
import io.connectstreams.api.config.RingtoneOptions;
import io.connectstreams.api.config.SoftphoneOptions;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.config.Timeouts;
import io.connectstreams.api.model.ContactType;

/**
 * Each bad field of a configuration is refused with a message that names it and the rule.
 */
class ConfigurationValidationTest {

    private static final String INSTANCE = "https://my-instance.my.connect.aws/";

    @Test
    void aRealInstanceUrlGivesTheServiceEndpoints() {
        StreamsConfiguration config = StreamsConfiguration.builder(INSTANCE).region("us-west-2").build();
        assertEquals(URI.create("https://my-instance.my.connect.aws/api"), config.apiEndpoint());
        assertEquals(URI.create("https://my-instance.my.connect.aws/auth/authorize"), config.authorizeEndpoint());
        assertEquals(URI.create("https://my-instance.my.connect.aws/ccp-v2"), config.loginUrl());
        assertEquals(Timeouts.DEFAULT, config.timeouts());
        assertEquals(Duration.ofSeconds(30), config.timeouts().longPoll());
    }

    @Test
    void awsappsInstancesUseTheConnectPrefix() {
        StreamsConfiguration config = StreamsConfiguration.builder("https://my-instance.awsapps.com").build();
        assertEquals(URI.create("https://my-instance.awsapps.com/connect/api"), config.apiEndpoint());
        assertEquals(URI.create("https://my-instance.awsapps.com/connect/auth/authorize"),
                config.authorizeEndpoint());
    }

    @Test
    void theSandboxOnLoopbackMayUsePlainHttp() {
        StreamsConfiguration config = StreamsConfiguration.builder("http://127.0.0.1:8080").build();
        assertEquals(URI.create("http://127.0.0.1:8080/api"), config.apiEndpoint());
        StreamsConfiguration.builder("http://[::1]:8080/").build();
        StreamsConfiguration.builder("http://localhost:8080/").build();
    }

    @Test
    void eachBadFieldIsNamedWithItsRule() {
        assertViolation("instanceUrl", "must use https", () -> StreamsConfiguration.builder("http://example.com/"));
        assertViolation("instanceUrl", "must use https", () -> StreamsConfiguration.builder("ftp://example.com/"));
        assertViolation("instanceUrl", "absolute URL", () -> StreamsConfiguration.builder("/relative"));
        assertViolation("instanceUrl", "user information",
                () -> StreamsConfiguration.builder("https://user:pw@example.com/"));
        assertViolation("instanceUrl", "query", () -> StreamsConfiguration.builder("https://example.com/?a=b"));
        assertViolation("instanceUrl", "valid URL", () -> StreamsConfiguration.builder("https://exa mple.com/"));
        assertViolation("instanceUrl", "is required", () -> StreamsConfiguration.builder((URI) null));
        assertViolation("loginUrl", "must use https",
                () -> StreamsConfiguration.builder(INSTANCE).loginUrl(URI.create("http://idp.example.com/")));
        assertViolation("region", "us-west-2", () -> StreamsConfiguration.builder(INSTANCE).region("US West"));
        assertViolation("softphone.ringtoneUrl", "file, http(s), jar or bundle URL",
                () -> StreamsConfiguration.builder(INSTANCE)
                        .softphone(new SoftphoneOptions(true, false, URI.create("ring.wav"), true)));
        assertViolation("ringtones.queue_callback.ringtoneUrl", "file, http(s), jar or bundle URL",
                () -> StreamsConfiguration.builder(INSTANCE).ringtone(ContactType.QUEUE_CALLBACK,
                        new RingtoneOptions(false, URI.create("mailto:x@example.com"))));
        assertViolation("ringtones", "known type",
                () -> StreamsConfiguration.builder(INSTANCE).ringtone(ContactType.UNKNOWN, RingtoneOptions.DEFAULT));
        assertViolation("timeouts.action", "must be positive", () -> StreamsConfiguration.builder(INSTANCE)
                .timeouts(new Timeouts(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(30),
                        Duration.ofSeconds(1))));
        assertViolation("timeouts.longPoll", "at most 5 minutes", () -> StreamsConfiguration.builder(INSTANCE)
                .timeouts(new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1),
                        Duration.ofSeconds(1))));
        assertViolation("timeouts.connect", "is required", () -> StreamsConfiguration.builder(INSTANCE)
                .timeouts(new Timeouts(null, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1))));
        assertViolation("timeouts.authorize", "must be positive", () -> StreamsConfiguration.builder(INSTANCE)
                .timeouts(new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                        Duration.ofSeconds(-1))));
    }

    @Test
    void nullRingtoneEntriesAreRefusedNotThrownAsNullPointers() {
        Map<ContactType, RingtoneOptions> ringtones = new HashMap<>();
        ringtones.put(ContactType.VOICE, null);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new StreamsConfiguration(URI.create(INSTANCE), null, null, null, ringtones, null, null));
        assertEquals(List.of(new Violation("ringtones.voice", "must not be null")), e.violations());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> StreamsConfiguration.builder("http://example.com/").region("x").build());
        assertEquals(List.of("instanceUrl", "region"), e.violations().stream().map(Violation::field).toList());
        assertTrue(e.getMessage().startsWith("instanceUrl: must use https"), e.getMessage());
    }

    @Test
    void ringtonesFollowStreamsDefaults() {
        StreamsConfiguration config = StreamsConfiguration.builder(INSTANCE).build();
        assertEquals(RingtoneOptions.DEFAULT, config.ringtoneFor(ContactType.VOICE));
        assertEquals(RingtoneOptions.DEFAULT, config.ringtoneFor(ContactType.QUEUE_CALLBACK));
        assertEquals(RingtoneOptions.DISABLED, config.ringtoneFor(ContactType.CHAT));

        URI wav = URI.create("file:///opt/crm/ring.wav");
        StreamsConfiguration custom = config.toBuilder().softphone(new SoftphoneOptions(true, true, wav, true))
                .ringtone(ContactType.TASK, new RingtoneOptions(false, null)).build();
        assertEquals(new RingtoneOptions(true, wav), custom.ringtoneFor(ContactType.VOICE));
        assertEquals(new RingtoneOptions(true, wav), custom.ringtoneFor(ContactType.QUEUE_CALLBACK));
        assertEquals(RingtoneOptions.DEFAULT, custom.ringtoneFor(ContactType.TASK));
    }

    private static void assertViolation(String field, String rulePart,
            Supplier<StreamsConfiguration.Builder> builder) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> builder.get().build());
        assertTrue(e.violations().stream().anyMatch(v -> v.field().equals(field) && v.rule().contains(rulePart)),
                () -> "expected " + field + " / " + rulePart + " but got " + e.violations());
        assertTrue(e.getMessage().contains(field + ": "), e.getMessage());
    }
}
