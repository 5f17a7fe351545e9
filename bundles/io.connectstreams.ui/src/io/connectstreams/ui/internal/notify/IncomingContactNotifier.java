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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.log.Logger;

import io.connectstreams.api.Contact;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ActionRunner;

/**
 * Desktop notifications of offered contacts: one {@link IncomingContactPopup} per offered call or callback, with
 * who calls, the queue, the ring countdown (the card's), Accept and Reject; it opens without blocking and without taking the focus, and closes as soon as its contact is
 * no longer offered. The next popup is always built ahead, on the UI thread when it is idle, because building a
 * window is the costliest thing the view does; an offer then only shows it. Nothing here may fail the caller: a
 * popup that cannot be shown is logged and the contact still shows in the view (Streams requested the browser's
 * notification permission inside a promise; here there is nothing to wait for).
 */
public final class IncomingContactNotifier {

    private final Display display;
    private final ActionRunner actions;
    private final Logger logger;
    private final Function<String, Optional<String>> partyNames;
    private final Supplier<Duration> ringTimeout;
    private final Map<String, IncomingContactPopup> open = new HashMap<>();
    private IncomingContactPopup ready;
    private boolean enabled = true;
    private boolean disposed;

    /**
     * @param display the display
     * @param actions runs Accept and Reject
     * @param logger where failures to show a popup go
     * @param partyNames the host's name of a contact's party by contact id, once known ({@code ContactNames})
     * @param ringTimeout how long an offered contact rings before it is missed (the card's countdown)
     */
    public IncomingContactNotifier(Display display, ActionRunner actions, Logger logger,
            Function<String, Optional<String>> partyNames, Supplier<Duration> ringTimeout) {
        this.display = display;
        this.actions = actions;
        this.logger = logger;
        this.partyNames = partyNames;
        this.ringTimeout = ringTimeout;
        prepareLater();
    }

    /**
     * Shows the notification of an offered contact, once per contact.
     *
     * @param contact a contact just offered ({@code contact::connecting} or {@code contact::incoming})
     */
    public void offer(Contact contact) {
        String contactId = contact.getContactId();
        ContactSnapshot snapshot = contact.toSnapshot();
        if (!enabled || disposed || open.containsKey(contactId) || !ContactStates.isOfferedCall(snapshot)) {
            return;
        }
        try {
            IncomingContactPopup popup = takeReady();
            popup.getShell().addListener(SWT.Dispose, event -> open.remove(contactId, popup));
            open.put(contactId, popup);
            Instant ringingSince = Instant.now().minus(contact.getStateDuration());
            popup.show(snapshot, partyNames.apply(contactId).orElse(null), ringingSince, () -> {
                close(contactId);
                actions.run(Messages.Contacts_accept, contact::accept);
            }, () -> {
                close(contactId);
                actions.run(Messages.Contacts_reject, contact::reject);
            });
        } catch (RuntimeException | SWTError e) {
            logger.warn("the notification of contact {} could not be shown: {}", contactId, e.toString()); //$NON-NLS-1$
        } finally {
            prepareLater();
        }
    }

    /**
     * Closes the notifications of contacts that are no longer offered, and names the caller of the others again
     * (the host's name of the party may have arrived).
     *
     * @param offered the contacts offered now, by id
     */
    public void retain(Map<String, ContactSnapshot> offered) {
        for (String contactId : new ArrayList<>(open.keySet())) {
            ContactSnapshot contact = offered.get(contactId);
            if (contact == null) {
                close(contactId);
            } else {
                open.get(contactId).name(partyNames.apply(contactId).orElse(null));
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

    /** Closes every notification. */
    public void closeAll() {
        for (String contactId : new ArrayList<>(open.keySet())) {
            close(contactId);
        }
    }

    /** Closes every notification and the one built ahead; no more are shown. */
    public void dispose() {
        disposed = true;
        closeAll();
        if (ready != null) {
            ready.close();
            ready = null;
        }
    }

    private void close(String contactId) {
        IncomingContactPopup popup = open.remove(contactId);
        if (popup != null) {
            popup.close();
        }
    }

    private IncomingContactPopup takeReady() {
        IncomingContactPopup popup = ready;
        ready = null;
        if (popup == null || popup.getShell() == null || popup.getShell().isDisposed()) {
            popup = new IncomingContactPopup(display, ringTimeout);
            popup.create();
        }
        return popup;
    }

    private void prepareLater() {
        try {
            display.asyncExec(() -> {
                if (disposed || ready != null) {
                    return;
                }
                try {
                    IncomingContactPopup popup = new IncomingContactPopup(display, ringTimeout);
                    popup.create();
                    ready = popup;
                } catch (RuntimeException | SWTError e) {
                    logger.warn("a notification could not be prepared: {}", e.toString()); //$NON-NLS-1$
                }
            });
        } catch (SWTException e) {
            // the display is gone
        }
    }
}
