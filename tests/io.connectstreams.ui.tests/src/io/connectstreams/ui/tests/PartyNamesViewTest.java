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

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.names.PartyNames;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.ui.WidgetIds;

/**
 * A host's directory names the caller everywhere the view shows the call: the contact list, the notification and
 * the call log's Name column, even though its answer comes after the call is already shown.
 */
class PartyNamesViewTest extends ViewTestBase {

    private static final String CALLER = "+14255550144";

    @Test
    void theHostsNameShowsInTheContactsTheNotificationAndTheCallLog() {
        // the host answers on another thread, as a remote CRM would
        PartyNames crm = contact -> CompletableFuture.supplyAsync(
                () -> PartyNames.phoneNumber(contact).filter(CALLER::equals).map(number -> "Ada Lovelace"));
        ServiceRegistration<PartyNames> registration = FrameworkUtil.getBundle(PartyNamesViewTest.class)
                .getBundleContext().registerService(PartyNames.class, crm,
                        new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 10)));
        try {
            signInAvailable();
            fixture.sandbox.control().placeCall(CALLER);
            String named = "Ada Lovelace (" + CALLER + ")";
            Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
            robot.waitUntil(() -> AgentViewCallTest.row(contacts, named, "Ringing"),
                    () -> "the caller named in the contacts: " + UiRobot.rows(contacts));
            Shell notification = robot.waitForShell(WidgetIds.NOTIFICATION, "the notification");
            Label text = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_TEXT);
            Label number = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_NUMBER);
            robot.waitUntil(() -> text.getText().contains("Ada Lovelace")
                    && PhoneNumbers.forDisplay(CALLER).equals(number.getText()),
                    () -> "the caller named in the notification: " + text.getText() + " / " + number.getText());

            robot.click(robot.find(notification, Button.class, WidgetIds.NOTIFICATION_REJECT));
            awaitNoContact();
            Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
            robot.waitUntil(() -> AgentViewCallTest.row(callLog, "Ada Lovelace", "Rejected"),
                    () -> "the caller named in the call log: " + UiRobot.rows(callLog));
        } finally {
            registration.unregister();
        }
    }
}
