/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.ContactStates;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ViewResources.Signal;

/**
 * The facts of the current contact, at a glance: its state as a coloured badge, the seconds left to accept it while
 * it rings, a large timer, the caller's name (the host's directory, else the number), the number written to read,
 * and the queue. It shows one contact of one snapshot ({@link #show}); {@link #tick} advances its clocks.
 */
final class ContactCard {

    private final ViewResources resources;
    private final Label taskIcon;
    private final Label state;
    private final Label countdown;
    private final Label timer;
    private final Label name;
    private final Label number;
    private final Label queue;
    private AgentSnapshot agent;
    private ContactSnapshot contact;
    private Duration ringTimeout = Duration.ZERO;

    /**
     * @param card the card's composite (a one-column grid)
     * @param resources the view's colours and fonts
     */
    ContactCard(Composite card, ViewResources resources) {
        this.resources = resources;
        Composite header = new Composite(card, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout headerLayout = new GridLayout(2, false);
        headerLayout.marginWidth = 0;
        headerLayout.marginHeight = 0;
        header.setLayout(headerLayout);
        // the badges wrap under each other in a narrow part, so the large timer keeps its width
        Composite badges = new Composite(header, SWT.NONE);
        badges.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout badgesLayout = new RowLayout(SWT.HORIZONTAL);
        badgesLayout.wrap = true;
        badgesLayout.center = true;
        badgesLayout.marginLeft = 0;
        badgesLayout.marginRight = 0;
        badgesLayout.marginTop = 0;
        badgesLayout.marginBottom = 0;
        badges.setLayout(badgesLayout);
        taskIcon = label(badges, WidgetIds.CARD_TASK_ICON, Messages.Task_iconTooltip);
        taskIcon.setImage(resources.icon("task")); //$NON-NLS-1$
        taskIcon.setToolTipText(Messages.Task_iconTooltip);
        taskIcon.setLayoutData(new RowData());
        state = label(badges, WidgetIds.CARD_STATE, Messages.Card_stateAccessibleName);
        state.setFont(resources.font(1.0, SWT.BOLD));
        state.setLayoutData(new RowData());
        countdown = label(badges, WidgetIds.CARD_COUNTDOWN, Messages.Card_countdownTooltip);
        countdown.setFont(resources.font(1.0, SWT.BOLD));
        countdown.setToolTipText(Messages.Card_countdownTooltip);
        resources.badge(countdown, Signal.ALERT);
        countdown.setLayoutData(new RowData());
        timer = label(header, WidgetIds.CARD_TIMER, Messages.Card_timerAccessibleName);
        timer.setFont(resources.font(2.0, SWT.BOLD));
        timer.setToolTipText(Messages.Card_timerTooltip);
        timer.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        name = wrapping(card, WidgetIds.CARD_NAME, Messages.Card_nameAccessibleName);
        name.setFont(resources.font(1.5, SWT.BOLD));
        number = wrapping(card, WidgetIds.CARD_NUMBER, Messages.Card_numberAccessibleName);
        queue = wrapping(card, WidgetIds.CARD_QUEUE, Messages.Card_queueAccessibleName);
        show(null, null, Optional.empty(), Duration.ZERO);
    }

    /**
     * @param snapshot the agent's snapshot, {@code null} when signed out
     * @param shown the contact to show, {@code null} for none
     * @param partyName the host's name of its party, if known
     * @param ringFor how long an offered contact rings before it is missed
     */
    void show(AgentSnapshot snapshot, ContactSnapshot shown, Optional<String> partyName, Duration ringFor) {
        agent = snapshot;
        contact = shown;
        ringTimeout = ringFor;
        Layouts.show(taskIcon, shown != null && shown.type() == ContactType.TASK);
        if (shown == null) {
            Layouts.show(state, false);
            Layouts.text(name, Messages.Card_noContact);
            Layouts.text(number, Messages.Card_noContactHint);
            Layouts.text(queue, ""); //$NON-NLS-1$
            Layouts.show(queue, false);
            tick();
            return;
        }
        Layouts.show(state, true);
        Layouts.text(state, ' ' + ContactTexts.state(shown) + ' ');
        resources.badge(state, signal(shown));
        String caller = ContactTexts.caller(shown);
        String readable = ContactTexts.number(shown);
        Layouts.text(name, partyName.orElse(readable.isEmpty() ? caller : readable));
        Layouts.text(number, partyName.isPresent() ? readable : ""); //$NON-NLS-1$
        Layouts.show(number, !number.getText().isEmpty());
        Layouts.text(queue, ContactTexts.queue(shown));
        Layouts.show(queue, !queue.getText().isEmpty());
        tick();
    }

    /** Advances the timer and the ring countdown. */
    void tick() {
        ContactSnapshot shown = contact;
        if (shown == null || agent == null) {
            Layouts.text(timer, ""); //$NON-NLS-1$
            Layouts.show(countdown, false);
            return;
        }
        Duration elapsed = agent.elapsedSince(shown.state().timestamp(), Instant.now());
        Layouts.text(timer, Durations.clock(elapsed));
        boolean ringing = ContactStates.isOffered(shown) && !ringTimeout.isZero();
        Layouts.show(countdown, ringing);
        if (ringing) {
            resources.badge(countdown, Signal.ALERT);
            Layouts.text(countdown, ' ' + RingCountdown.text(ringTimeout, elapsed) + ' ');
        }
    }

    private static Signal signal(ContactSnapshot contact) {
        if (ContactStates.isOffered(contact)) {
            return Signal.CAUTION;
        }
        boolean onHold = contact.initialConnection().map(ConnectionSnapshot::isOnHold).orElse(false);
        return switch (contact.state().type()) {
            case CONNECTED -> onHold ? Signal.CAUTION : Signal.GOOD;
            case PAUSED -> Signal.CAUTION;
            case ENDED -> Signal.SYSTEM;
            case MISSED, REJECTED, ERROR -> Signal.ALERT;
            default -> Signal.NEUTRAL;
        };
    }

    // a line of the card that wraps to the card's width rather than widen the panel
    private static Label wrapping(Composite parent, String id, String accessibleName) {
        Label label = new Label(parent, SWT.WRAP);
        label.setData(WidgetIds.KEY, id);
        Accessibility.value(label, accessibleName);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.widthHint = 100;
        label.setLayoutData(layout);
        return label;
    }

    private static Label label(Composite parent, String id, String accessibleName) {
        Label label = new Label(parent, SWT.NONE);
        label.setData(WidgetIds.KEY, id);
        Accessibility.value(label, accessibleName);
        return label;
    }
}
