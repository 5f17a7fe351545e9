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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.names.PartyNames;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.ui.WidgetIds;

/**
 * A host's directory names the caller everywhere the view shows the call: the contact list, the notification and
 * the call log's Name column, even though its answer comes after the call is already shown.
 */
class PartyNamesViewTest extends ViewTestBase {

    private static final String CALLER = "+14255550144";
    /** The host directory's name of the caller. */
    private static final String NAME = "Ada Lovelace";

    @Test
    void theHostsNameShowsInTheContactsTheNotificationAndTheCallLog() {
        // the host answers on another thread, as a remote CRM would
        PartyNames crm = contact -> CompletableFuture.supplyAsync(
                () -> PartyNames.phoneNumber(contact).filter(CALLER::equals).map(number -> NAME));
        ServiceRegistration<PartyNames> registration = FrameworkUtil.getBundle(PartyNamesViewTest.class)
                .getBundleContext().registerService(PartyNames.class, crm,
                        new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 10)));
        try {
            signInAvailable();
            String contactId = fixture.center().customerCalls(CALLER).contactId();
            awaitContact(CALLER, Phase.RINGING);
            Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
            robot.waitUntil(() -> Arrays.stream(contacts.getItems()).anyMatch(item -> contactId.equals(item.getData())
                    && cells(item).contains(NAME + " (" + CALLER + ")")),
                    () -> "the caller named in the contacts: " + UiRobot.rows(contacts));
            Label card = view.find(Label.class, WidgetIds.CARD_NAME);
            robot.waitUntil(() -> NAME.equals(card.getText()), () -> "the caller named on the card: " + card.getText());
            Shell notification = robot.waitForShell(WidgetIds.NOTIFICATION, "the notification");
            Label text = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_TEXT);
            Label number = robot.find(notification, Label.class, WidgetIds.NOTIFICATION_NUMBER);
            robot.waitUntil(() -> text.getText().contains(NAME)
                    && PhoneNumbers.forDisplay(CALLER).equals(number.getText()),
                    () -> "the caller named in the notification: " + text.getText() + " / " + number.getText());

            robot.click(robot.find(notification, Button.class, WidgetIds.NOTIFICATION_REJECT));
            awaitNoContact();
            Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
            robot.waitUntil(() -> Arrays.stream(callLog.getItems()).anyMatch(item -> item.getData() instanceof CallLogEntry e
                    && contactId.equals(e.contactId()) && e.outcome() == CallOutcome.REJECTED
                    && cells(item).contains(NAME)),
                    () -> "the caller named in the call log: " + UiRobot.rows(callLog));
        } finally {
            registration.unregister();
        }
    }

    private static List<String> cells(TableItem item) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < item.getParent().getColumnCount(); column++) {
            cells.add(item.getText(column));
        }
        return cells;
    }
}
