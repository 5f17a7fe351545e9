/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.session.AgentSignIn;
import io.connectstreams.session.ConfigurationSource;
import io.connectstreams.session.SecureSessionStore;
import io.connectstreams.session.SessionPreferences;
import io.connectstreams.session.SessionStore;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;

/**
 * The sign-in service headless, against a real sandbox over HTTPS: the configuration comes from the preferences
 * (the sandbox's certificate trusted through the preference) unless a host registers a higher-ranked
 * {@link ConfigurationSource}; a remembered session sits encrypted in the highest-ranked {@link SessionStore} and
 * signs the agent in again; signing out removes it.
 */
class AgentSignInTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private final BundleContext context = FrameworkUtil.getBundle(AgentSignInTest.class).getBundleContext();
    private final Streams streams = Bundles.service(Streams.class, WAIT);
    private final AgentSignIn signIn = Bundles.service(AgentSignIn.class, WAIT);
    private Sandbox sandbox;
    private SecureSessionStore store;
    private ServiceRegistration<SessionStore> storeRegistration;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().port(0).start();
        Path pem = temp.resolve("sandbox.pem");
        sandbox.writeCertificatePem(pem);
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(SessionPreferences.NODE);
        preferences.put(SessionPreferences.INSTANCE_URL, sandbox.baseUri().toString());
        preferences.put(SessionPreferences.TRUSTED_CERTIFICATE, pem.toString());
        ISecurePreferences secure = SecurePreferencesFactory.open(temp.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE, IProviderHints.DEFAULT_PASSWORD,
                        new PBEKeySpec("session-tests-only".toCharArray())));
        store = new SecureSessionStore(() -> secure);
        storeRegistration = context.registerService(SessionStore.class, store,
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 100)));
    }

    @AfterEach
    void stop() throws Exception {
        streams.terminate();
        storeRegistration.unregister();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(SessionPreferences.NODE);
        preferences.clear();
        preferences.flush();
        sandbox.close();
    }

    @Test
    void theRememberedSessionSignsInAgainAndSignOutForgetsIt() throws Exception {
        StreamsConfiguration configuration = signIn.configuration();
        assertEquals(sandbox.baseUri(), configuration.instanceUrl());
        SandboxLogin login = sandbox.login("jane", "jane-sandbox");
        Agent agent = join(signIn.signIn(configuration,
                Credentials.sessionCookie(login.cookieName(), login.cookieValue()), true));
        assertEquals("Jane Doe", agent.getName());
        assertTrue(join(signIn.hasStoredSession()), "the session is kept");

        streams.terminate(); // as after a restart: the session is over, the stored one is not
        assertEquals("Jane Doe", join(signIn.signInWithStoredSession()).getName());

        join(signIn.signOut());
        assertFalse(store.contains(), "signing out forgets the session");
        assertFalse(join(signIn.hasStoredSession()));
    }

    @Test
    void aHostsConfigurationSourceReplacesThePreferences() {
        URI hosts = URI.create("https://127.0.0.1:9/");
        ServiceRegistration<ConfigurationSource> registration = context.registerService(ConfigurationSource.class,
                () -> StreamsConfiguration.builder(hosts).build(),
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 10)));
        try {
            Await.until(WAIT, () -> hosts.equals(signIn.configuration().instanceUrl()), "the host's source used");
        } finally {
            registration.unregister();
        }
        Await.until(WAIT, () -> sandbox.baseUri().equals(signIn.configuration().instanceUrl()),
                "the preferences again");
    }

    private static <T> T join(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
