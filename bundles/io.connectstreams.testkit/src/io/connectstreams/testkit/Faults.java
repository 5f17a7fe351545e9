/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit;

import java.time.Duration;
import java.util.List;

import io.connectstreams.sandbox.SandboxControl;

/**
 * Faults injected into the sandbox: failing, slow, dropped or truncated CTI requests, lost WebSockets, expired
 * tokens, refused softphone invites. They are cleared after each test.
 */
public final class Faults {

    private final SandboxControl control;

    Faults(SandboxControl control) {
        this.control = control;
    }

    /**
     * @param status 401, 403, 429 or 500-599
     * @param count how many requests fail
     * @param operation a CTI operation such as {@code GetAgentSnapshot}, or {@code null} for any
     * @return this
     */
    public Faults failNextCalls(int status, int count, String operation) {
        control.failNextCalls(status, count, operation);
        return this;
    }

    /**
     * @param latency added latency
     * @param count how many requests
     * @param operation a CTI operation, or {@code null} for any
     * @return this
     */
    public Faults delayNextCalls(Duration latency, int count, String operation) {
        control.delayNextCalls(latency, count, operation);
        return this;
    }

    /**
     * @param count how many requests lose their connection without an answer
     * @param operation a CTI operation, or {@code null} for any
     * @return this
     */
    public Faults dropNextCalls(int count, String operation) {
        control.dropNextCalls(count, operation);
        return this;
    }

    /**
     * @param count how many answers are cut in half (not valid JSON)
     * @param operation a CTI operation, or {@code null} for any
     * @return this
     */
    public Faults truncateNextResponses(int count, String operation) {
        control.truncateNextResponses(count, operation);
        return this;
    }

    /**
     * @return how many WebSockets were dropped (a lost network)
     */
    public int dropWebSockets() {
        return control.dropWebSockets();
    }

    /**
     * @return how many access tokens expired
     */
    public int expireTokens() {
        return control.expireAllTokens();
    }

    /**
     * @param code the softphone invite's error code (486, 404, 403, 400, 408, 409, 500), 0 for no answer
     * @return this
     */
    public Faults failNextInvite(int code) {
        control.failNextInvite(code);
        return this;
    }

    /**
     * @return the faults still queued, described
     */
    public List<String> pending() {
        return control.pendingFaults();
    }

    /**
     * Drops every queued fault.
     */
    public void clear() {
        control.clearFaults();
    }
}
