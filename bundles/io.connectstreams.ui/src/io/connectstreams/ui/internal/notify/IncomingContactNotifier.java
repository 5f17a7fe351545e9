package io.connectstreams.ui.internal.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.log.Logger;

import io.connectstreams.api.Contact;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ActionRunner;
import io.connectstreams.ui.internal.view.ContactTexts;

/**
 * Desktop notifications of offered contacts (JFace {@link NotificationPopup}, bottom right of the screen): who
 * calls, from which queue, with Accept and Reject. A popup opens without blocking and without taking the focus,
 * and closes as soon as its contact is no longer offered. Nothing here may fail the caller: a popup that cannot be
 * shown is logged and the contact still shows in the view (Streams requested the browser's notification
 * permission inside a promise; here there is nothing to wait for).
 */
public final class IncomingContactNotifier {

    /** A popup closes by itself after this long even if the offer lasts (the offer's end closes it sooner). */
    private static final long SAFETY_CLOSE_MILLIS = 120_000;

    private final Display display;
    private final ActionRunner actions;
    private final Logger logger;
    private final Map<String, NotificationPopup> open = new HashMap<>();
    private boolean enabled = true;

    /**
     * @param display the display
     * @param actions runs Accept and Reject
     * @param logger where failures to show a popup go
     */
    public IncomingContactNotifier(Display display, ActionRunner actions, Logger logger) {
        this.display = display;
        this.actions = actions;
        this.logger = logger;
    }

    /**
     * Shows the notification of an offered contact, once per contact.
     *
     * @param contact a contact just offered ({@code contact::connecting} or {@code contact::incoming})
     */
    public void offer(Contact contact) {
        String contactId = contact.getContactId();
        ContactSnapshot snapshot = contact.toSnapshot();
        if (!enabled || open.containsKey(contactId) || !ContactStates.isOfferedCall(snapshot)) {
            return;
        }
        try {
            NotificationPopup popup = NotificationPopup.forDisplay(display)
                    .title(snapshot.type() == ContactType.QUEUE_CALLBACK ? Messages.Notification_callbackTitle
                            : Messages.Notification_callTitle, true)
                    .content(parent -> content(parent, contact, snapshot)).delay(SAFETY_CLOSE_MILLIS)
                    .fadeIn(false).build();
            popup.create();
            Shell shell = popup.getShell();
            shell.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION);
            shell.setData(WidgetIds.CONTACT_ID, contactId);
            shell.addListener(SWT.Dispose, event -> open.remove(contactId, popup));
            open.put(contactId, popup);
            popup.open();
        } catch (RuntimeException | SWTError e) {
            logger.warn("the notification of contact {} could not be shown: {}", contactId, e.toString()); //$NON-NLS-1$
        }
    }

    /**
     * Closes the notifications of contacts that are no longer offered.
     *
     * @param offered the ids of the contacts offered now
     */
    public void retain(Set<String> offered) {
        for (String contactId : new ArrayList<>(open.keySet())) {
            if (!offered.contains(contactId)) {
                close(contactId);
            }
        }
    }

    /**
     * @param value whether notifications show (the preference); turning them off closes the open ones
     */
    public void setEnabled(boolean value) {
        enabled = value;
        if (!value) {
            closeAll();
        }
    }

    /**
     * @return the ids of the contacts whose notification is open
     */
    public Set<String> showing() {
        return Set.copyOf(open.keySet());
    }

    /** Closes every notification. */
    public void closeAll() {
        for (String contactId : new ArrayList<>(open.keySet())) {
            close(contactId);
        }
    }

    private void close(String contactId) {
        NotificationPopup popup = open.remove(contactId);
        if (popup != null) {
            popup.close();
        }
    }

    private Control content(Composite parent, Contact contact, ContactSnapshot snapshot) {
        Composite content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(2, true));
        Label from = new Label(content, SWT.WRAP);
        from.setText(NLS.bind(Messages.Notification_from, ContactTexts.caller(snapshot)));
        from.setData(WidgetIds.KEY, WidgetIds.NOTIFICATION_TEXT);
        from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        String queue = ContactTexts.queue(snapshot);
        if (!queue.isEmpty()) {
            Label queueLabel = new Label(content, SWT.WRAP);
            queueLabel.setText(NLS.bind(Messages.Notification_queue, queue));
            queueLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }
        String contactId = contact.getContactId();
        button(content, Messages.Contacts_accept, WidgetIds.NOTIFICATION_ACCEPT, () -> {
            close(contactId);
            actions.run(Messages.Contacts_accept, contact::accept);
        });
        button(content, Messages.Contacts_reject, WidgetIds.NOTIFICATION_REJECT, () -> {
            close(contactId);
            actions.run(Messages.Contacts_reject, contact::reject);
        });
        return content;
    }

    private static void button(Composite parent, String text, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WidgetIds.KEY, id);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, event -> action.run());
    }
}
