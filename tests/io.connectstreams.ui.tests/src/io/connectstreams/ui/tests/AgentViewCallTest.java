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

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.VoiceConnection;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteRequest;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.names.PartyNames;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.sandbox.RecordedAction;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.ui.WidgetIds;

/**
 * The agent's day in the view, against a real sandbox over HTTPS with the real softphone in the runtime: signed out,
 * sign in, choose Available, a call comes in with a desktop notification, accept it there, the softphone's media
 * (its virtual microphone plays a tone the caller at the sandbox hears), mute with the button, unmute with the key
 * binding and mute from the API, a server-side mute shown apart from the local one, the live call quality from
 * softphone statistics, hold and resume, a DTMF digit, hang up, clear, and the call in the call log, also after the
 * view is closed and reopened and after the call log service restarts. Saves the README's screenshots on the way.
 * <p>
 * Mute goes end to end: the view or the key binding asks with {@code agent.mute()}/{@code unmute()}, the softphone
 * answers with {@code agent::mute_toggle} (nobody in the test publishes it) and silences its microphone, the button
 * follows that answer, the caller hears silence or the tone again, and the softphone's reset to unmuted when the
 * call's media ends shows in the button. The statistics batch is published by the test: the softphone publishes
 * its own every 30 s.
 */
class AgentViewCallTest {

    private static final String CALLER = "+14255550100";

    @TempDir
    Path temp;

    private final UiRobot robot = new UiRobot(Display.getCurrent());
    private SandboxFixture fixture;
    private AgentViewHandle view;
    private ServiceRegistration<PartyNames> names;

    @BeforeEach
    void start() throws Exception {
        fixture = SandboxFixture.start(temp);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
    }

    @AfterEach
    void stop() throws Exception {
        if (names != null) {
            names.unregister();
        }
        if (view != null) {
            view.close();
        }
        fixture.close();
    }

    @Test
    void anAgentTakesACallFromTheNotificationToTheCallLog() throws Exception {
        view = AgentViewHandle.open(robot);
        Screenshots.frame(view.page, view.view);
        Label status = view.find(Label.class, WidgetIds.CONNECTION_STATUS);
        robot.waitUntil(() -> "Signed out".equals(status.getText()), "the signed-out state");
        assertTrue(view.find(Button.class, WidgetIds.SIGN_IN).isVisible());
        assertFalse(view.find(Button.class, WidgetIds.SIGN_OUT).isVisible());
        Screenshots.save(robot, view.composite, "signed-out");

        Agent agent = fixture.signIn(robot, "jane", false);
        Label name = view.find(Label.class, WidgetIds.AGENT_NAME);
        Combo state = view.find(Combo.class, WidgetIds.AGENT_STATE);
        robot.waitUntil(() -> "Jane Doe".equals(name.getText()) && "Connected".equals(status.getText())
                && "Offline".equals(state.getText()), () -> "signed in as Jane Doe, Offline; shows " + name.getText()
                        + ", " + status.getText() + ", " + state.getText());
        assertTrue(view.find(Button.class, WidgetIds.SIGN_OUT).isVisible());

        robot.select(state, "Available");
        robot.waitUntil(() -> "Available".equals(sandboxState("jane")), "the back end to show Jane Available");
        Label statusLine = robot.find(view.page.getWorkbenchWindow().getShell(), Label.class,
                WidgetIds.STATUS_LINE_STATE);
        robot.waitUntil(() -> "Available".equals(state.getText()) && statusLine.getText().contains("Available"),
                () -> "Available in the selector and the status line: " + state.getText() + " / "
                        + statusLine.getText());
        Label duration = view.find(Label.class, WidgetIds.STATE_DURATION);
        robot.waitUntil(() -> duration.getText().matches("00:0[1-9]"), () -> "the clock to tick: " + duration.getText());
        Screenshots.save(robot, view.composite, "available");

        fixture.microphone().playTone(CallerEar.AGENT_HZ, CallerEar.AGENT_AMPLITUDE);
        // the host's directory names the caller: the pictures show a call with the caller's name
        names = Screenshots.nameTheCaller(CALLER);
        String contactId = fixture.center().customerCalls(CALLER).contactId();
        Shell notification = robot.waitForShell(WidgetIds.NOTIFICATION, "the incoming-call notification");
        assertEquals(contactId, notification.getData(WidgetIds.CONTACT_ID));
        Label from = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_TEXT);
        Label number = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_NUMBER);
        robot.waitUntil(() -> from.getText().contains(Screenshots.CALLER_NAME)
                && PhoneNumbers.forDisplay(CALLER).equals(number.getText()),
                () -> "the caller's name and number in the notification: " + from.getText() + " / " + number.getText());
        Label cardName = view.find(Label.class, WidgetIds.CARD_NAME);
        robot.waitUntil(() -> Screenshots.CALLER_NAME.equals(cardName.getText()), "the caller named on the card");
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        ViewTestBase.awaitContact(robot, view, fixture, CALLER, ViewTestBase.Phase.RINGING);
        assertTrue(view.find(Button.class, WidgetIds.ACCEPT).isEnabled());
        Screenshots.save(robot, view.composite, "incoming-call");
        Screenshots.save(robot, notification, "incoming-notification");

        robot.click(robot.find(notification, Button.class, WidgetIds.NOTIFICATION_ACCEPT));
        ViewTestBase.awaitContact(robot, view, fixture, CALLER, ViewTestBase.Phase.CONNECTED);
        robot.waitUntil(() -> robot.shells(WidgetIds.NOTIFICATION).isEmpty(), "the notification to close");

        robot.waitUntil(() -> fixture.talking(contactId), () -> "the softphone's session TALKING: "
                + fixture.softphone.sessions());
        CallerEar caller = new CallerEar(fixture.sandbox.control(), contactId, robot);
        caller.hearsAgent();

        // the mute requests and the softphone's answers from here on
        BusRecorder events = fixture.center().events();
        events.clear();
        Supplier<List<Boolean>> requested = () -> events.payloads(EventType.MUTE, MuteRequest.class).stream()
                .map(MuteRequest::mute).toList();
        Supplier<List<Boolean>> toggles = () -> events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class).stream()
                .map(MuteToggle::muted).toList();
        Button mute = view.find(Button.class, WidgetIds.MUTE);
        robot.waitUntil(mute::isEnabled, "mute to be available during the call");
        robot.toggle(mute);
        // the bus hands each request to the recorder and the softphone in turn: the view may show the answer first
        Label mutedBadge = view.find(Label.class, WidgetIds.MUTED_BADGE);
        robot.waitUntil(() -> mute.getSelection() && "Unmute".equals(mute.getText()) && mutedBadge.isVisible()
                && requested.get().equals(List.of(true)) && toggles.get().equals(List.of(true)),
                () -> "agent.mute() from the button, the softphone's answer and the button showing it; requests "
                        + requested.get() + ", answers " + toggles.get() + ", button " + mute.getText());
        assertTrue(fixture.softphone.isMuted());
        caller.hearsSilence();

        robot.pressKeys(view.find(Combo.class, WidgetIds.AGENT_STATE), new int[] { SWT.CTRL, SWT.ALT }, 'm');
        robot.waitUntil(() -> !mute.getSelection() && "Mute".equals(mute.getText()) && !mutedBadge.isVisible()
                && requested.get().equals(List.of(true, false)) && toggles.get().equals(List.of(true, false)),
                () -> "agent.unmute() from Ctrl+Alt+M, answered and shown; requests " + requested.get()
                        + ", answers " + toggles.get() + ", button " + mute.getText());
        assertFalse(fixture.softphone.isMuted());
        caller.hearsAgent();

        Thread api = new Thread(agent::mute, "ui-test-api-mute");
        api.start();
        robot.waitUntil(() -> !api.isAlive() && mute.getSelection() && "Unmute".equals(mute.getText()),
                () -> "agent.mute() from another thread in the button; answers " + toggles.get());
        assertEquals(List.of(true, false, true), requested.get(), "the API thread returned: every subscriber ran");
        assertEquals(List.of(true, false, true), toggles.get());
        caller.hearsSilence();

        // the softphone's statistics of every second (streams::softphone_live_stats): the caller's tone as received
        Label quality = view.find(Label.class, WidgetIds.CALL_QUALITY);
        robot.waitUntil(() -> quality.getImage() != null && receivedLevel(quality.getToolTipText()) > 1000,
                () -> "the live call quality from the softphone as an icon: " + quality.getToolTipText());
        Screenshots.save(robot, view.composite, "on-call-muted");

        Contact call = fixture.streams.findContact(contactId).orElseThrow();
        VoiceConnection line = (VoiceConnection) call.getAgentConnection().orElseThrow();
        SandboxFixture.await(robot, line.muteParticipant(), "the server-side mute");
        Label serverMute = view.find(Label.class, WidgetIds.SERVER_MUTE);
        robot.waitUntil(() -> serverMute.isVisible() && serverMute.getText().strip().equals("Muted on the server"),
                () -> "the server-side mute shown: " + serverMute.getText());
        SandboxFixture.await(robot, line.unmuteParticipant(), "the server-side unmute");
        robot.waitUntil(() -> !serverMute.isVisible(), "the server-side mute gone");
        assertTrue(mute.getSelection() && fixture.softphone.isMuted(), "the local mute is another thing");
        assertEquals(List.of(true, false, true), toggles.get(), "the server-side mute never reaches the softphone");

        Button hold = view.find(Button.class, WidgetIds.HOLD);
        robot.click(hold);
        ViewTestBase.awaitContact(robot, view, fixture, CALLER, ViewTestBase.Phase.ON_HOLD);
        robot.waitUntil(() -> "Resume".equals(hold.getText()), () -> "Resume on the button: " + hold.getText());
        robot.click(hold);
        ViewTestBase.awaitContact(robot, view, fixture, CALLER, ViewTestBase.Phase.CONNECTED);
        robot.waitUntil(() -> "Hold".equals(hold.getText()), "the customer back");

        Button five = view.find(Button.class, WidgetIds.dtmf('5'));
        assertFalse(five.isVisible(), "the keypad opens on demand");
        robot.toggle(view.find(Button.class, WidgetIds.KEYPAD));
        robot.waitUntil(() -> five.isEnabled() && five.isVisible(), "the DTMF pad during the call");
        robot.click(five);
        robot.waitUntil(() -> fixture.sandbox.control().records().stream().anyMatch(this::digitFive),
                "the digit 5 at the back end");

        robot.click(view.find(Button.class, WidgetIds.HANG_UP));
        ViewTestBase.awaitContact(robot, view, fixture, CALLER, ViewTestBase.Phase.AFTER_CALL_WORK);
        robot.waitUntil(() -> !mute.getSelection() && "Mute".equals(mute.getText())
                && toggles.get().equals(List.of(true, false, true, false)),
                () -> "the softphone's reset to unmuted when the media ended, in the button; answers "
                        + toggles.get());
        assertFalse(fixture.softphone.isMuted());
        assertEquals(List.of(true, false, true), requested.get(), "nobody asked to unmute");
        robot.click(view.find(Button.class, WidgetIds.CLEAR));
        robot.waitUntil(() -> contacts.getItemCount() == 0, "the contact cleared");

        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> ViewTestBase.callLogRow(callLog, CALLER, CallOutcome.ANSWERED), () -> "the call in the call log: "
                + UiRobot.rows(callLog));

        view.close();
        robot.waitUntil(() -> actionThreads() == 0, () -> "the closed view's action thread to end: " + Thread
                .getAllStackTraces().entrySet().stream().filter(e -> e.getKey().getName().startsWith("cs-ui-actions-"))
                .map(e -> e.getKey().getName() + " " + java.util.Arrays.toString(e.getValue())).toList());
        view = AgentViewHandle.open(robot);
        Table reopened = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> ViewTestBase.callLogRow(reopened, CALLER, CallOutcome.ANSWERED),
                "the call in the reopened view's call log");

        restartCallLog();
        Table afterRestart = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> ViewTestBase.callLogRow(afterRestart, CALLER, CallOutcome.ANSWERED),
                () -> "the call read back from the call log's file: " + UiRobot.rows(afterRestart));
    }


    private void restartCallLog() throws BundleException {
        Bundle callLog = Bundles.resolved("io.connectstreams.calllog");
        callLog.stop();
        Label unavailable = view.find(Label.class, WidgetIds.CALL_LOG_UNAVAILABLE);
        robot.waitUntil(unavailable::isVisible, "the view to notice the call log is gone");
        assertEquals(0, view.find(Table.class, WidgetIds.CALL_LOG).getItemCount());
        callLog.start();
        robot.waitUntil(() -> !unavailable.isVisible(), "the view to follow the restarted call log");
    }

    /**
     * @param tooltip the call-quality icon's tooltip
     * @return the received audio level it gives, -1 without one
     */
    static int receivedLevel(String tooltip) {
        java.util.regex.Matcher figures = java.util.regex.Pattern
                .compile("Call quality: \\w+\\. Level (\\d+), packet loss \\d+\\.\\d %").matcher(String.valueOf(tooltip));
        return figures.matches() ? Integer.parseInt(figures.group(1)) : -1;
    }

    private static long actionThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("cs-ui-actions-"))
                .count();
    }

    private boolean digitFive(RecordedAction action) {
        return "SendDigits".equals(action.action()) && action.detailJson().contains("\"digits\":\"5\"");
    }

    private String sandboxState(String username) {
        return fixture.sandbox.control().agents().stream().filter(a -> a.username().equals(username)).findFirst()
                .map(a -> a.state()).orElse(null);
    }

}
