/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.demo.internal.crm.CustomerDirectory;
import io.connectstreams.demo.internal.sandbox.CallTimer;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.demo.internal.sandbox.PlacedCall;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * The demo's contact center: a real sandbox that lives as long as the demo's component, its files, and the calls
 * of the Sandbox menu.
 */
class DemoContactCenterTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String COMPONENT = DemoContactCenter.class.getName();

    private final List<String> placed = new ArrayList<>();
    private DemoContactCenter contactCenter = Bundles.service(DemoContactCenter.class, WAIT);

    @AfterEach
    void hangUpTheCallsOfTheTest() {
        for (String contactId : placed) {
            try {
                contactCenter.sandbox().control().hangUp(contactId);
            } catch (IllegalArgumentException alreadyGone) {
                // answered and ended, or abandoned already
            }
        }
    }

    @Test
    void theComponentRunsAnHttpsSandboxOnLoopback() throws IOException {
        Sandbox sandbox = contactCenter.sandbox();
        assertTrue(sandbox.isHttps());
        assertEquals("https://127.0.0.1:" + sandbox.port() + "/", sandbox.baseUri().toString());
        assertFalse(sandbox.login("jane", "jane-sandbox").cookieValue().isEmpty(), "the demo agent can sign in");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", sandbox.port()), 5000);
        }
    }

    @Test
    void itWritesTheCertificateAndAnOwnerOnlyConnectionFile() throws IOException {
        Sandbox sandbox = contactCenter.sandbox();
        Path certificate = contactCenter.files().certificate();
        Path connection = contactCenter.files().connection();
        assertTrue(certificate.getParent().endsWith(Path.of(".metadata", ".plugins", "io.connectstreams.demo")),
                certificate + " is in the workspace's state area");
        assertEquals(certificate.getParent(), connection.getParent());
        String pem = Files.readString(certificate, StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"), pem);

        JsonObject json = JsonParser.parseString(Files.readString(connection, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(sandbox.baseUri().toString(), json.get("url").getAsString());
        assertEquals(sandbox.controlKey(), json.get("controlKey").getAsString());
        assertEquals(pem, json.get("certificatePem").getAsString());
        assertEquals(ProcessHandle.current().pid(), json.get("pid").getAsLong());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(connection)));
    }

    @Test
    void theMenusCallsArriveInTheSandbox() {
        PlacedCall known = contactCenter.calls().callFromRandomCustomer();
        placed.add(known.contactId());
        assertEquals(known.customer(), CustomerDirectory.builtIn().findByPhone(known.number()).orElseThrow());
        PlacedCall chosen = contactCenter.calls().callFrom(CustomerDirectory.builtIn().customers().get(2));
        placed.add(chosen.contactId());
        assertEquals("+442079460123", chosen.number());
        PlacedCall unknown = contactCenter.calls().callFromUnknownNumber();
        placed.add(unknown.contactId());
        assertTrue(unknown.knownCustomer().isEmpty());
        assertTrue(unknown.number().matches("\\+13605550\\d{3}"), unknown.number() + " is in +1 360 555 01xx");
        assertTrue(CustomerDirectory.builtIn().findByPhone(unknown.number()).isEmpty(), unknown.number());
        PlacedCall callback = contactCenter.calls().callbackForRandomCustomer();
        placed.add(callback.contactId());
        assertTrue(callback.callback());

        JsonObject contacts = JsonParser.parseString(contactCenter.sandbox().control().contactsJson())
                .getAsJsonObject();
        for (PlacedCall call : List.of(known, chosen, unknown, callback)) {
            JsonObject contact = contacts.getAsJsonArray("contacts").asList().stream().map(JsonElement::getAsJsonObject)
                    .filter(c -> c.get("contactId").getAsString().equals(call.contactId())).findFirst()
                    .orElseThrow(() -> new AssertionError(call + " not in " + contacts));
            assertEquals(call.number(), contact.get("customerNumber").getAsString());
            assertEquals(call.callback() ? "queue_callback" : "voice", contact.get("type").getAsString());
        }
    }

    @Test
    void theTimerPlacesCallsFromKnownCustomers() {
        CallTimer timer = contactCenter.callTimer();
        assertEquals(CallTimer.DEFAULT_MAX_CALLS, timer.maxCalls());
        assertFalse(timer.isRunning(), "the timer is off until the user turns it on");
        Set<String> before = contactsFromKnownCustomers();
        timer.start(Duration.ofHours(1));
        try {
            Await.until(WAIT, () -> !difference(contactsFromKnownCustomers(), before).isEmpty(),
                    "the timer's first call");
        } finally {
            timer.stop();
        }
        Set<String> added = difference(contactsFromKnownCustomers(), before);
        placed.addAll(added);
        assertEquals(1, added.size(), "one call at once, the next in an hour: " + added);
    }

    @Test
    void disablingTheComponentStopsTheSandboxAndItsThreads() throws Exception {
        Sandbox sandbox = contactCenter.sandbox();
        int port = sandbox.port();
        Path connection = contactCenter.files().connection();
        contactCenter.callTimer().start(Duration.ofHours(1));
        assertFalse(Threads.named("cs-sandbox-", "cs-demo-").isEmpty());

        ServiceComponentRuntime scr = Bundles.service(ServiceComponentRuntime.class, WAIT);
        Bundle demo = Bundles.resolved("io.connectstreams.demo");
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(demo, COMPONENT);
        assertNotNull(description, COMPONENT);
        scr.disableComponent(description).getValue();
        try {
            Await.until(WAIT, () -> Threads.named("cs-sandbox-", "cs-demo-").isEmpty(),
                    () -> "threads left: " + Threads.named("cs-sandbox-", "cs-demo-"));
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                }
            });
            assertFalse(Files.exists(connection), "the connection file is deleted");
        } finally {
            scr.enableComponent(description).getValue();
        }
        contactCenter = Bundles.service(DemoContactCenter.class, WAIT);
        assertNotEquals(sandbox, contactCenter.sandbox(), "a new sandbox");
        assertTrue(Files.exists(contactCenter.files().connection()));
        assertFalse(contactCenter.callTimer().isRunning());
    }

    private Set<String> contactsFromKnownCustomers() {
        String json = contactCenter.sandbox().control().contactsJson();
        return JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("contacts").asList().stream()
                .map(JsonElement::getAsJsonObject)
                .filter(contact -> !contact.get("customerNumber").isJsonNull() && CustomerDirectory.builtIn()
                        .findByPhone(contact.get("customerNumber").getAsString()).isPresent())
                .map(contact -> contact.get("contactId").getAsString()).collect(Collectors.toSet());
    }

    private static Set<String> difference(Set<String> after, Set<String> before) {
        Set<String> added = new HashSet<>(after);
        added.removeAll(before);
        return added;
    }
}
