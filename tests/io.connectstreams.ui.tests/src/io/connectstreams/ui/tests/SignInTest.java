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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.SandboxLogin;
import io.connectstreams.session.SessionPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * Signing in and out from the view: the session kept in (a private, non-interactive) Equinox secure storage,
 * encrypted, signs the agent in again after the session ended; Sign out removes it; a broken preference is named in
 * the view; and the embedded browser signs in through the instance's own login page.
 */
class SignInTest {

    @TempDir
    Path temp;

    private final UiRobot robot = new UiRobot(Display.getCurrent());
    private SandboxFixture fixture;
    private AgentViewHandle view;

    @AfterEach
    void close() throws Exception {
        if (view != null) {
            view.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theStoredSessionSignsInAgainAndSignOutForgetsIt() throws Exception {
        start(Sandbox.builder().port(0));
        SandboxLogin login = fixture.sandbox.login("jane", "jane-sandbox");
        SandboxFixture.await(robot, fixture.signIn.signIn(fixture.signIn.configuration(),
                io.connectstreams.api.Credentials.sessionCookie(login.cookieName(), login.cookieValue()), true),
                "sign-in");
        Label name = view.find(Label.class, WidgetIds.AGENT_NAME);
        robot.waitUntil(() -> "Jane Doe".equals(name.getText()), "signed in");
        assertTrue(fixture.store.contains(), "the session is kept");
        assertFalse(secureStorageText().contains(login.cookieValue()), "the cookie is stored encrypted");

        fixture.streams.terminate(); // as after a restart: the session is over, the stored one is not
        Button again = view.find(Button.class, WidgetIds.SIGN_IN_STORED);
        robot.waitUntil(again::isVisible, "the offer to sign in again with the stored session");
        robot.click(again);
        robot.waitUntil(() -> "Jane Doe".equals(name.getText())
                && "Connected".equals(view.find(Label.class, WidgetIds.CONNECTION_STATUS).getText()),
                "signed in again with the stored session");

        Button signOut = view.find(Button.class, WidgetIds.SIGN_OUT);
        robot.waitUntil(signOut::isEnabled, "sign-out available once the sign-in is over");
        robot.click(signOut);
        Label status = view.find(Label.class, WidgetIds.CONNECTION_STATUS);
        robot.waitUntil(() -> "Signed out".equals(status.getText()), "signed out");
        robot.waitUntil(() -> !fixture.containsQuietly(), "the stored session removed");
        // the view asks the store in a job; its answer (not an older one) must hide the offer
        robot.waitUntil(() -> !again.isVisible(), "nothing to sign in again with");
    }

    @Test
    void aBrokenPreferenceIsNamedInTheView() throws Exception {
        start(Sandbox.builder().port(0));
        InstanceScope.INSTANCE.getNode(SessionPreferences.NODE).put(SessionPreferences.INSTANCE_URL,
                "http://contact-center.example.com/");
        robot.click(view.find(Button.class, WidgetIds.SIGN_IN));
        robot.waitUntil(() -> robot.findAnywhere(Text.class, WidgetIds.MESSAGE).getText()
                .contains("Instance URL: must use https (http only for a loopback host)"),
                () -> "the field named: " + robot.findAnywhere(Text.class, WidgetIds.MESSAGE).getText());
    }

    @Test
    void theAgentSignsInOnTheInstancesLoginPage() throws Exception {
        start(Sandbox.builder().port(0).plainHttp());
        signInOnTheLoginPage();
    }

    @Test
    void theBrowserTrustsTheSandboxsCertificateAsTheConfigurationDoes() throws Exception {
        // HTTPS with the sandbox's own certificate, trusted by the trusted-certificate preference only: without
        // the browser's per-host exception, WebKitGTK shows SWT's "invalid certificate" page instead of the form
        start(Sandbox.builder().port(0));
        assertEquals("https", fixture.sandbox.baseUri().getScheme());
        signInOnTheLoginPage();
    }

    private void signInOnTheLoginPage() throws Exception {
        robot.click(view.find(Button.class, WidgetIds.SIGN_IN));
        Shell dialog = robot.waitForShell(WidgetIds.SIGN_IN_DIALOG, "the sign-in dialog");
        Browser browser = robot.find(dialog, Browser.class, WidgetIds.SIGN_IN_BROWSER);
        robot.waitUntil(() -> Boolean.TRUE.equals(browser.evaluate(
                "return document.readyState === 'complete' && document.querySelector('input[name=password]') != null")),
                () -> "the login page, at " + browser.getUrl());
        browser.execute("document.getElementById('username').value = 'jane';"
                + "document.querySelector('input[name=password]').value = 'jane-sandbox';"
                + "document.querySelector('form').submit();");
        Label name = view.find(Label.class, WidgetIds.AGENT_NAME);
        robot.waitUntil(() -> "Jane Doe".equals(name.getText()), () -> "signed in through the login page; at "
                + (browser.isDisposed() ? "(closed)" : browser.getUrl()));
        assertTrue(dialog.isDisposed(), "the dialog closed itself");
        robot.waitUntil(() -> fixture.containsQuietly(), "the session kept for the next start");
    }

    private void start(Sandbox.Builder builder) throws Exception {
        fixture = SandboxFixture.start(builder, temp);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
        view = AgentViewHandle.open(robot);
    }

    private String secureStorageText() throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("secure_storage")).toList()) {
                text.append(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
            assertFalse(text.isEmpty(), "the secure storage file was written");
            return text.toString();
        }
    }
}
