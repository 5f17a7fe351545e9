/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests.media;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.connectstreams.sandbox.internal.signaling.MediaCall;
import io.connectstreams.sandbox.internal.signaling.SignalingCalls;

/**
 * The routing engine's side of the contract, for tests: calls by contact id with their call-context token.
 */
final class TestCalls implements SignalingCalls {

    private final Map<String, TestCall> calls = new ConcurrentHashMap<>();
    private final Map<String, TestCall> monitors = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();

    TestCall add(String contactId, String callContextToken) {
        return add(contactId, callContextToken, "agent-connection-" + contactId);
    }

    /** Adds a call, or offers a known contact again with another agent connection (the old one is not found). */
    TestCall add(String contactId, String callContextToken, String agentConnectionId) {
        TestCall call = new TestCall(contactId, callContextToken, agentConnectionId);
        calls.put(contactId, call);
        return call;
    }

    /** Adds a supervisor's monitoring connection of a contact, silent at first, found by its token. */
    TestCall addMonitor(String contactId, String callContextToken, String monitoringConnectionId) {
        TestCall monitor = new TestCall(contactId, callContextToken, monitoringConnectionId, true);
        monitors.put(callContextToken, monitor);
        return monitor;
    }

    int lookups() {
        return lookups.get();
    }

    @Override
    public Optional<MediaCall> find(String contactId, String callContextToken) {
        lookups.incrementAndGet();
        TestCall call = calls.get(contactId);
        if (call != null && call.token().equals(callContextToken)) {
            return Optional.of(call);
        }
        TestCall monitor = monitors.get(callContextToken);
        return monitor != null && monitor.contactId().equals(contactId) ? Optional.of(monitor) : Optional.empty();
    }
}
