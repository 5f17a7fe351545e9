/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.prefs.BackingStoreException;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.session.AgentSignIn;
import io.connectstreams.session.SecureSessionStore;
import io.connectstreams.session.SessionPreferences;
import io.connectstreams.session.SessionStore;
import io.connectstreams.softphone.probe.SoftphoneProbe;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.ui.AgentPreferences;

/**
 * What a UI test needs around the view: a real sandbox over HTTPS whose certificate the preferences trust (the
 * trusted-certificate preference, as a user of a private-CA instance sets it), a private secure store opened
 * without any master-password prompt and registered as the {@link SessionStore} above the default one, and the
 * Streams and sign-in services, and the real softphone, which sets up media for every softphone call of the sandbox
 * in this runtime. The agent signs in through the sign-in service, as the view does; the test kit's
 * {@link ContactCenter}, attached to that session, then plays the outside world (customers, supervisors, faults) and
 * records the bus. {@link #close()} signs out, waits until the softphone has hung up, and puts everything back.
 */
final class SandboxFixture implements AutoCloseable {

    static final Duration WAIT = UiRobot.WAIT;

    final Sandbox sandbox;
    final Path directory;
    final Streams streams;
    final EventBus bus;
    final AgentSignIn signIn;
    final SecureSessionStore store;
    final Softphone softphone;
    final SoftphoneProbe probe;
    private final ServiceRegistration<SessionStore> storeRegistration;
    private ContactCenter center;

    private SandboxFixture(Sandbox sandbox, Path directory) throws IOException {
        this.sandbox = sandbox;
        this.directory = directory;
        ISecurePreferences secure = openSecureStore(directory.resolve("secure_storage"));
        store = new SecureSessionStore(() -> secure);
        BundleContext context = FrameworkUtil.getBundle(SandboxFixture.class).getBundleContext();
        storeRegistration = context.registerService(SessionStore.class, store,
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 100)));
        streams = Bundles.service(Streams.class, WAIT);
        bus = streams.eventBus();
        signIn = Bundles.service(AgentSignIn.class, WAIT);
        softphone = Bundles.service(Softphone.class, WAIT);
        probe = Bundles.service(SoftphoneProbe.class, WAIT);
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(SessionPreferences.NODE);
        preferences.put(SessionPreferences.INSTANCE_URL, sandbox.baseUri().toString());
        if (sandbox.isHttps()) {
            // a private-CA instance: its certificate is trusted through the preference, nothing else
            Path pem = directory.resolve("sandbox.pem");
            sandbox.writeCertificatePem(pem);
            preferences.put(SessionPreferences.TRUSTED_CERTIFICATE, pem.toString());
        }
    }

    /**
     * @param builder the sandbox to start
     * @param directory a temporary folder for the certificate and the secure store
     * @return the fixture
     * @throws IOException when the sandbox cannot start
     */
    static SandboxFixture start(Sandbox.Builder builder, Path directory) throws IOException {
        return new SandboxFixture(builder.start(), directory);
    }

    /**
     * @param directory a temporary folder
     * @return a fixture over a default HTTPS sandbox (the demo agents, callers answered manually)
     * @throws IOException when the sandbox cannot start
     */
    static SandboxFixture start(Path directory) throws IOException {
        return start(Sandbox.builder().port(0), directory);
    }

    /**
     * Signs in through the programmatic entry point (the sign-in service, with the preferences' configuration),
     * waiting by running the event loop.
     *
     * @param robot runs the loop
     * @param username a demo agent (password {@code <username>-sandbox})
     * @param remember whether the session is kept in the secure store
     * @return the agent
     */
    Agent signIn(UiRobot robot, String username, boolean remember) {
        SandboxLogin login = sandbox.login(username, username + "-sandbox");
        CompletionStage<Agent> signedIn = signIn.signIn(signIn.configuration(),
                Credentials.sessionCookie(login.cookieName(), login.cookieValue()), remember);
        Agent agent = await(robot, signedIn, "the sign-in of " + username);
        closeCenter();
        center = ContactCenter.attach(sandbox, streams, WAIT);
        return agent;
    }

    /**
     * @return the test kit's scenario API over the session of the last {@link #signIn}: customers call, hang up
     *         and are called back, tasks arrive, supervisors monitor, faults are injected, the bus is recorded.
     *         Its steps that only start something (placing a call, a hang-up) run on the UI thread; its waits park
     *         the calling thread, so a test runs them through {@link #step} or waits on their conditions with the
     *         robot
     */
    ContactCenter center() {
        if (center == null) {
            throw new IllegalStateException("no agent signed in through the fixture");
        }
        return center;
    }

    /**
     * Runs a step of the test kit that waits (a supervisor's monitoring or barging) on another thread, and waits
     * for it by running the event loop: the UI thread keeps serving the view meanwhile.
     *
     * @param robot runs the loop
     * @param kitStep the step
     * @param description what it does
     */
    static void step(UiRobot robot, Runnable kitStep, String description) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(kitStep);
        // longer than the kit's own timeout, whose failure names what it awaited
        robot.waitUntil(WAIT.multipliedBy(2), done::isDone, description);
        try {
            done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * @param robot runs the loop
     * @param stage a stage
     * @param description what it is
     * @return its result
     */
    static <T> T await(UiRobot robot, CompletionStage<T> stage, String description) {
        CompletableFuture<T> future = stage.toCompletableFuture();
        robot.waitUntil(future::isDone, description);
        return future.join();
    }

    /**
     * @return whether the secure store holds a session; an unreadable store counts as none
     */
    boolean containsQuietly() {
        try {
            return store.contains();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @return the softphone's probe, which drives its microphone: the headless audio module's virtual one (this
     *         machine has no audio server), silent unless a test plays a tone; {@link #close()} silences it
     */
    SoftphoneProbe microphone() {
        if (!probe.hasVirtualMicrophone()) {
            throw new AssertionError("the softphone uses the platform's audio (" + softphone.audioModule()
                    + "): no virtual microphone");
        }
        return probe;
    }

    /**
     * @param contactId a contact
     * @return whether the softphone's session of that contact has its media ({@code TALKING})
     */
    boolean talking(String contactId) {
        return softphone.sessions().stream()
                .anyMatch(s -> s.contactId().equals(contactId) && s.state() == SoftphoneSessionState.TALKING);
    }

    /**
     * @return the signed-in agent
     */
    Agent agent() {
        return streams.currentAgent().orElseThrow();
    }

    @Override
    public void close() throws BackingStoreException {
        try {
            closeCenter();
            streams.terminate();
            // the sandbox must still answer the softphone's hang-up, else that waits for a timeout
            Await.until(WAIT, () -> softphone.sessions().isEmpty(), () -> "the softphone to hang up: "
                    + softphone.sessions());
        } finally {
            probe.silence();
            storeRegistration.unregister();
            // the session's preferences this fixture set, and the view's a test set (notifications off)
            for (String node : new String[] { SessionPreferences.NODE, AgentPreferences.NODE }) {
                IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(node);
                preferences.clear();
                preferences.flush();
            }
            sandbox.close();
        }
    }

    private void closeCenter() {
        if (center != null) {
            center.close();
            center = null;
        }
    }

    private static ISecurePreferences openSecureStore(Path file) throws IOException {
        try {
            ISecurePreferences secure = SecurePreferencesFactory.open(file.toUri().toURL(),
                    Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE, IProviderHints.DEFAULT_PASSWORD,
                            new PBEKeySpec("ui-tests-only".toCharArray())));
            if (secure == null) {
                throw new IOException("the test's secure store could not be opened");
            }
            return secure;
        } catch (MalformedURLException e) {
            throw new IOException(e);
        }
    }
}
