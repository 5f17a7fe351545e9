/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.eclipse.jface.notifications.AbstractNotificationPopup;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.names.PartyNames;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ContactTexts;
import io.connectstreams.ui.internal.view.RingCountdown;

/**
 * The notification of one offered contact (JFace notifications, bottom right of the screen, no focus taken): who
 * calls (the host's name of the party, and the number written for people), from which queue, how long it will
 * still ring (the card's countdown, {@link RingCountdown}, ticking every second), Accept and Reject. It is built before any call ({@link #create()}, hidden) and
 * given its contact when one is offered ({@link #show}), so that the offer only costs the UI thread the showing of a
 * window.
 */
final class IncomingContactPopup extends AbstractNotificationPopup {

    /** A popup closes by itself after this long even if the offer lasts (the offer's end closes it sooner). */
    private static final long SAFETY_CLOSE_MILLIS = 120_000;
    /** The ring time is redrawn this often. */
    private static final int TICK_MILLIS = 1000;

    private Label from;
    private Label number;
    private String numberText = ""; //$NON-NLS-1$
    private Label queue;
    private Label ringTime;
    private Instant ringingSince;
    private final Supplier<Duration> ringTimeout;
    private final Runnable tick = this::tick;
    private boolean callback;
    private Runnable onAccept = () -> {
        // bound in show()
    };
    private Runnable onReject = onAccept;

    /**
     * @param display the display
     * @param ringTimeout how long an offered contact rings before it is missed (the card's countdown)
     */
    IncomingContactPopup(Display display, Supplier<Duration> ringTimeout) {
        super(display);
        this.ringTimeout = ringTimeout;
        setDelayClose(SAFETY_CLOSE_MILLIS);
        setFadingEnabled(false);
    }

    @Override
    protected String getPopupShellTitle() {
        return Messages.Notification_title;
    }

    @Override
    protected void createContentArea(Composite parent) {
        Composite content = new Composite(parent, SWT.NONE);
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        content.setLayout(new GridLayout(2, true));
        from = new Label(content, SWT.WRAP);
        from.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION_TEXT);
        from.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        number = new Label(content, SWT.NONE);
        number.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION_NUMBER);
        number.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        queue = new Label(content, SWT.WRAP);
        queue.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION_QUEUE);
        queue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        ringTime = new Label(content, SWT.NONE);
        ringTime.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION_RING_TIME);
        ringTime.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        ringTime.addListener(SWT.Dispose, event -> ringTime.getDisplay().timerExec(-1, tick));
        button(content, Messages.Contacts_accept, WidgetIds.NOTIFICATION_ACCEPT, () -> onAccept.run());
        button(content, Messages.Contacts_reject, WidgetIds.NOTIFICATION_REJECT, () -> onReject.run());
    }

    /**
     * Fills the built popup with the offered contact and shows it.
     *
     * @param contact the offered contact's data
     * @param partyName the host's name of the party, {@code null} while unknown
     * @param since when the contact started ringing, on the local clock
     * @param accept what Accept does
     * @param reject what Reject does
     */
    void show(ContactSnapshot contact, String partyName, Instant since, Runnable accept, Runnable reject) {
        onAccept = accept;
        onReject = reject;
        callback = contact.type() == ContactType.QUEUE_CALLBACK;
        numberText = PartyNames.phoneNumber(contact).map(PhoneNumbers::forDisplay)
                .orElseGet(() -> ContactTexts.caller(contact));
        name(partyName);
        String queueName = ContactTexts.queue(contact);
        queue.setText(queueName.isEmpty() ? "" : NLS.bind(Messages.Notification_queue, queueName)); //$NON-NLS-1$
        ringingSince = since;
        tick();
        Shell shell = getShell();
        shell.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION);
        shell.setData(WidgetIds.CONTACT_ID, contact.contactId());
        shell.layout(true, true);
        initializeBounds();
        open();
    }

    /**
     * Names the caller, again when the host's name arrives after the popup opened: the name, with the number under
     * it; the number alone while there is no name.
     *
     * @param partyName the host's name of the party, {@code null} while unknown
     */
    void name(String partyName) {
        boolean named = partyName != null && !partyName.isBlank();
        String text = NLS.bind(callback ? Messages.Notification_callback : Messages.Notification_from,
                named ? partyName : numberText);
        if (!from.isDisposed() && !text.equals(from.getText())) {
            from.setText(text);
            number.setText(named ? numberText : ""); //$NON-NLS-1$
            from.requestLayout();
        }
    }

    // the countdown the card shows, from the contact's state timestamp (corrected by the clock skew)
    private void tick() {
        if (ringTime.isDisposed() || ringingSince == null) {
            return;
        }
        Duration ringing = Duration.between(ringingSince, Instant.now());
        ringTime.setText(RingCountdown.text(ringTimeout.get(), ringing));
        ringTime.getDisplay().timerExec(TICK_MILLIS, tick);
    }

    private static void button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, event -> action.run());
    }
}
