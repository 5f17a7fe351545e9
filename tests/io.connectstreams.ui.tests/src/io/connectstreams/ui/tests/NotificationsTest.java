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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.Contact;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.testkit.CustomerContact;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * Desktop notifications: Reject in the notification rejects the call; a queue callback ({@code contact::incoming})
 * is notified too and accepted there; the notification closes when the caller gives up; with the preference off,
 * calls still show in the view but raise no notification.
 */
class NotificationsTest extends ViewTestBase {

    @Test
    void rejectInTheNotificationRejectsTheCall() {
        signInAvailable();
        Combo focused = stateSelector();
        focused.getShell().forceActive();
        assertTrue(focused.forceFocus());
        String caller = "+14255550122";
        String contactId = fixture.center().customerCalls(caller).contactId();
        Shell notification = robot.waitForShell(WidgetIds.NOTIFICATION, "the notification");
        assertEquals(contactId, notification.getData(WidgetIds.CONTACT_ID));
        assertEquals(focused, Display.getCurrent().getFocusControl(), "the notification takes no focus");
        robot.click(robot.find(notification, Button.class, WidgetIds.NOTIFICATION_REJECT));
        awaitNoContact();
        assertTrue(robot.shells(WidgetIds.NOTIFICATION).isEmpty());
        Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
        robot.waitUntil(() -> callLogRow(callLog, caller, CallOutcome.REJECTED),
                () -> "the rejected call in the call log: " + UiRobot.rows(callLog));
    }

    @Test
    void theNotificationShowsWhoCallsTheQueueAndTheCardsCountdown() {
        signInAvailable();
        String caller = "+14255550123";
        CustomerContact call = fixture.center().customerCalls(caller);
        String contactId = call.contactId();
        Contact contact = robot.waitFor(call::seenByAgent, "the offer");
        Shell notification = robot.waitForShell(WidgetIds.NOTIFICATION, "the notification");
        assertEquals(contactId, notification.getData(WidgetIds.CONTACT_ID));
        Label text = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_TEXT);
        assertTrue(text.getText().contains(PhoneNumbers.forDisplay(caller)), () -> "who calls: " + text.getText());
        assertEquals("", robot.find(notification, Label.class, WidgetIds.NOTIFICATION_NUMBER).getText(),
                "no name: the number is the headline");
        Label queue = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_QUEUE);
        String queueName = contact.getQueue().name();
        assertTrue(queue.getText().contains(queueName), () -> "the queue " + queueName + ": " + queue.getText());
        Label ringTime = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_RING_TIME);
        Label countdown = view.find(Label.class, WidgetIds.CARD_COUNTDOWN);
        // both tick every second, not at the same instant: the same text at some tick, twice (so counting down)
        robot.waitUntil(() -> countdown.isVisible() && countdown.getText().strip().equals(ringTime.getText()),
                () -> "the card's countdown in the notification: " + countdown.getText() + " / " + ringTime.getText());
        String first = ringTime.getText();
        robot.waitUntil(() -> !first.equals(ringTime.getText())
                && countdown.getText().strip().equals(ringTime.getText()),
                () -> "the countdown ticking on from " + first + " in both: " + countdown.getText() + " / "
                        + ringTime.getText());
        assertTrue(seconds(ringTime.getText()) < seconds(first), () -> "counting down: " + first + " then "
                + ringTime.getText());
        robot.click(robot.find(notification, Button.class, WidgetIds.NOTIFICATION_REJECT));
        awaitNoContact();
    }

    @Test
    void aQueueCallbackIsNotifiedAndAcceptedFromTheNotification() {
        signInAvailable();
        String customer = "+14255550177";
        String contactId = fixture.center().callbackDue(customer).contactId();
        Shell notification = robot.waitForShell(WidgetIds.NOTIFICATION, "the callback's notification");
        assertEquals(contactId, notification.getData(WidgetIds.CONTACT_ID));
        assertEquals(ContactType.QUEUE_CALLBACK, fixture.streams.findContact(contactId).orElseThrow().getType());
        assertTrue(robot.find(notification, Label.class, WidgetIds.NOTIFICATION_TEXT).getText()
                .contains(PhoneNumbers.forDisplay(customer)), "the customer's number in the notification");
        awaitContact(customer, Phase.RINGING);
        robot.click(robot.find(notification, Button.class, WidgetIds.NOTIFICATION_ACCEPT));
        awaitContact(customer, Phase.DIALING); // the sandbox dials the customer, who answers after 2 s
        awaitContact(customer, Phase.CONNECTED);
        robot.click(view.find(Button.class, WidgetIds.HANG_UP));
        awaitContact(customer, Phase.AFTER_CALL_WORK);
        robot.click(view.find(Button.class, WidgetIds.CLEAR));
        awaitNoContact();
    }

    @Test
    void theNotificationClosesWhenTheCallerGivesUp() {
        signInAvailable();
        CustomerContact call = fixture.center().customerCalls("+14255550133");
        robot.waitForShell(WidgetIds.NOTIFICATION, "the notification");
        call.hangUp();
        robot.waitUntil(() -> robot.shells(WidgetIds.NOTIFICATION).isEmpty(), "the notification to close");
    }

    @Test
    void withNotificationsOffTheCallShowsOnlyInTheView() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
        List<Object> shown = new ArrayList<>();
        Listener notifications = event -> {
            if (event.widget instanceof Shell && WidgetIds.NOTIFICATION.equals(event.widget.getData(WidgetIds.KEY))) {
                shown.add(event.widget);
            }
        };
        Display display = Display.getCurrent();
        display.addFilter(SWT.Show, notifications);
        try {
            signInAvailable();
            String caller = "+14255550144";
            ring(caller);
            robot.click(view.find(Button.class, WidgetIds.REJECT));
            // the view handles contact::connecting before the snapshot without the contact: by now it has decided
            awaitNoContact();
            assertEquals(List.of(), shown, "no notification");

            InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, true);
            robot.waitUntil(() -> "Available".equals(fixture.agent().getState().name()), "Available again");
            ring("+14255550155");
            robot.waitUntil(() -> shown.size() == 1, "a notification once they are on again");
        } finally {
            display.removeFilter(SWT.Show, notifications);
        }
    }

    // the number of seconds in a countdown, whatever the words around it
    private static long seconds(String countdown) {
        Matcher digits = Pattern.compile("\\d+").matcher(countdown);
        assertTrue(digits.find(), () -> "a number in " + countdown);
        return Long.parseLong(digits.group());
    }
}
