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

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.sandbox.TaskReference;
import io.connectstreams.testkit.internal.Waits;

/**
 * A contact center for one test: a sandbox on a loopback port whose own certificate is the only one trusted, an
 * agent signed in through the real {@link Streams} service, and a small scenario API on top: customers call, hang
 * up and are called back, tasks arrive, supervisors barge in, faults are injected. Every wait ends at the kit's
 * timeout with a message naming what was awaited.
 * <p>
 * {@link ContactCenterExtension} creates one before each test and hands it to the test as a parameter; it is
 * closed after the test.
 */
public final class ContactCenter implements AutoCloseable {

    private final Sandbox sandbox;
    private final Streams streams;
    private final String username;
    private final Duration timeout;
    private final Agent agent;
    private final BusRecorder events;
    private final boolean owned;

    private ContactCenter(Sandbox sandbox, Streams streams, Agent agent, Duration timeout, BusRecorder events,
            boolean owned) {
        this.sandbox = sandbox;
        this.streams = streams;
        this.agent = agent;
        this.username = agent.getConfiguration().username();
        this.timeout = timeout;
        this.events = events;
        this.owned = owned;
    }

    /**
     * Starts a sandbox and signs the agent in; {@link ContactCenterExtension} does this for a test.
     *
     * @param sandbox the sandbox to start
     * @param streams the Streams service (no session running)
     * @param username the agent, one of the sandbox's demo agents (password {@code <username>-sandbox})
     * @param timeout how long any wait of the scenario may take
     * @return the signed-in contact center; close it to sign out and stop the sandbox
     * @throws IOException when the sandbox cannot start
     */
    public static ContactCenter start(Sandbox.Builder sandbox, Streams streams, String username, Duration timeout)
            throws IOException {
        return start(sandbox, streams, username, username + "-sandbox", timeout);
    }

    /**
     * Starts a sandbox and signs an agent of its own in ({@link Sandbox.Builder#agent}).
     *
     * @param sandbox the sandbox to start
     * @param streams the Streams service (no session running)
     * @param username the agent
     * @param password its password
     * @param timeout how long any wait of the scenario may take
     * @return the signed-in contact center; close it to sign out and stop the sandbox
     * @throws IOException when the sandbox cannot start
     */
    public static ContactCenter start(Sandbox.Builder sandbox, Streams streams, String username, String password,
            Duration timeout) throws IOException {
        Sandbox started = sandbox.start();
        BusRecorder events = new BusRecorder(streams.eventBus());
        try {
            SandboxLogin login = started.login(username, password);
            StreamsConfiguration.Builder configuration = StreamsConfiguration.builder(started.baseUri());
            if (started.isHttps()) {
                // the sandbox's generated certificate, and nothing else
                configuration.sslContext(started.clientSslContext());
            }
            Agent agent = Waits.result(streams.init(configuration.build(),
                    Credentials.sessionCookie(login.cookieName(), login.cookieValue())), timeout,
                    "the sign-in of " + username + " through Streams");
            return new ContactCenter(started, streams, agent, timeout, events, true);
        } catch (RuntimeException | Error e) {
            events.close();
            streams.terminate();
            started.close();
            throw e;
        }
    }

    /**
     * The scenario API over a sandbox and a session the application signed in its own way (its sign-in service,
     * its login page), for tests of that path. Closing it stops recording and drops injected faults; the session
     * and the sandbox stay the caller's.
     *
     * @param sandbox a running sandbox
     * @param streams the Streams service, with an agent of that sandbox signed in
     * @param timeout how long any wait of the scenario may take
     * @return the contact center
     * @throws IllegalStateException when no agent is signed in
     */
    public static ContactCenter attach(Sandbox sandbox, Streams streams, Duration timeout) {
        Agent agent = streams.currentAgent()
                .orElseThrow(() -> new IllegalStateException("no agent is signed in through Streams"));
        return new ContactCenter(sandbox, streams, agent, timeout, new BusRecorder(streams.eventBus()), false);
    }

    /**
     * @return the Streams service, with the agent signed in
     */
    public Streams streams() {
        return streams;
    }

    /**
     * @return the signed-in agent
     */
    public Agent agent() {
        return agent;
    }

    /**
     * @return the agent's username
     */
    public String username() {
        return username;
    }

    /**
     * @return the sandbox, for what the scenario API does not cover ({@link Sandbox#control()})
     */
    public Sandbox sandbox() {
        return sandbox;
    }

    /**
     * @return every event of the Streams event bus since the sign-in started
     */
    public BusRecorder events() {
        return events;
    }

    /**
     * @return how long a wait may take
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The agent changes state through {@code Streams} ({@code PutAgentState}) and this waits until its snapshot
     * shows it.
     *
     * @param stateName a state of the agent's configuration, such as {@code Available} or {@code Offline}
     */
    public void agentGoes(String stateName) {
        AgentState state = agent.getConfiguration().agentState(stateName).orElseThrow(
                () -> new AssertionError(username + " has no agent state " + stateName + ": "
                        + agent.getConfiguration().agentStates()));
        Waits.result(agent.setState(state), timeout, username + "'s change to " + stateName);
        await(() -> stateName.equals(agent.getState().name()),
                username + " to be " + stateName + " (now " + agent.getState().name() + ")");
    }

    /**
     * A customer calls the default queue ({@code BasicQueue}); the call is offered to the signed-in agent.
     *
     * @param from the customer's E.164 number
     * @return the call
     */
    public CustomerContact customerCalls(String from) {
        return customerCalls(from, null);
    }

    /**
     * A customer calls a queue; the call is offered to the signed-in agent.
     *
     * @param from the customer's E.164 number
     * @param queue the queue's name, {@code null} for {@code BasicQueue}
     * @return the call
     */
    public CustomerContact customerCalls(String from, String queue) {
        String contactId = sandbox.control().placeCall(from, queue, username);
        return new CustomerContact(this, contactId, "the call from " + from);
    }

    /**
     * A customer calls and the contact flow sets contact attributes (what a screen pop reads).
     *
     * @param from the customer's E.164 number
     * @param queue the queue's name, {@code null} for {@code BasicQueue}
     * @param attributes the contact attributes
     * @return the call
     */
    public CustomerContact customerCalls(String from, String queue, Map<String, String> attributes) {
        String contactId = sandbox.control().placeCall(from, queue, username, attributes);
        return new CustomerContact(this, contactId, "the call from " + from);
    }

    /**
     * A queued callback becomes due and is offered to the signed-in agent; accepting it dials the customer.
     *
     * @param customerNumber the number to call back
     * @return the callback
     */
    public CustomerContact callbackDue(String customerNumber) {
        String contactId = sandbox.control().placeCallback(customerNumber, null, username);
        return new CustomerContact(this, contactId, "the callback to " + customerNumber);
    }

    /**
     * A task arrives (as {@code StartTaskContact} creates one) and is offered to the signed-in agent.
     *
     * @param name the task's name
     * @return the task
     */
    public CustomerContact taskArrives(String name) {
        String contactId = sandbox.control().placeTask(name, null, username);
        return new CustomerContact(this, contactId, "the task " + name);
    }

    /**
     * A task with a description and references (links the agent opens, ...) arrives and is offered to the
     * signed-in agent.
     *
     * @param name the task's name
     * @param description the description, may be {@code null}
     * @param references the references by name, in the order the agent's snapshot shows them
     * @return the task
     */
    public CustomerContact taskArrives(String name, String description, Map<String, TaskReference> references) {
        String contactId = sandbox.control().placeTask(name, description, references, null, username);
        return new CustomerContact(this, contactId, "the task " + name);
    }

    /**
     * A customer calls another agent of the sandbox, one the sandbox answers for (a desk phone that accepts by
     * itself): a call a signed-in supervisor {@linkplain Supervisor#monitor monitors}. The signed-in agent sees it
     * only while monitoring it.
     *
     * @param from the customer's E.164 number
     * @param otherAgent the username of the agent the call is offered to
     * @return the call
     */
    public CustomerContact customerCallsAgent(String from, String otherAgent) {
        String contactId = sandbox.control().placeCall(from, null, otherAgent);
        return new CustomerContact(this, contactId, "the call from " + from + " to " + otherAgent);
    }

    /**
     * @param supervisorUsername a sandbox agent with the monitor and barge permissions (the default {@code sam})
     * @return the supervisor
     */
    public Supervisor supervisor(String supervisorUsername) {
        return new Supervisor(this, supervisorUsername);
    }

    /**
     * @return the faults to inject
     */
    public Faults faults() {
        return new Faults(sandbox.control());
    }

    /**
     * @param condition what must become true
     * @param description what is awaited, for the failure message
     * @throws AssertionError when it does not within {@link #timeout()}
     */
    public void await(BooleanSupplier condition, String description) {
        Waits.until(timeout, condition, () -> description);
    }

    /**
     * Stops recording and drops injected faults; a contact center that {@linkplain #start started} the sandbox
     * also signs out ({@code Streams.terminate}), waits until the Streams service says so, and stops the sandbox.
     */
    @Override
    public void close() {
        events.close();
        if (!owned) {
            sandbox.control().clearFaults();
            return;
        }
        try {
            sandbox.control().clearFaults();
            streams.terminate();
            Waits.until(timeout, () -> !streams.isInitialized(), () -> "Streams to sign " + username + " out");
        } finally {
            sandbox.close();
        }
    }

    @Override
    public String toString() {
        return "contact center at " + sandbox.baseUri() + " with " + username + " signed in";
    }
}
