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

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ViewResources.Signal;

/**
 * After a missed call the agent receives no call until she says she is back: a red banner names the call that was
 * missed and offers the way back, "Go Available" (the first routable state the agent may choose). It shows while the
 * agent is in the {@code MissedCallAgent} state or a missed contact waits to be cleared.
 */
public final class MissedBanner {

    private static final String MISSED_CALL_AGENT = "MissedCallAgent"; //$NON-NLS-1$

    private final Function<ContactSnapshot, String> caller;
    private final ViewResources resources;
    private final Composite banner;
    private final Label text;
    private final Button goAvailable;
    private AgentState routable;

    /**
     * @param parent the view
     * @param resources the view's icons, colours and fonts
     * @param caller the caller's words for a contact (name, else number)
     * @param onGoAvailable called with the routable state to set
     */
    public MissedBanner(Composite parent, ViewResources resources, Function<ContactSnapshot, String> caller,
            Consumer<AgentState> onGoAvailable) {
        this.caller = caller;
        this.resources = resources;
        banner = new Composite(parent, SWT.NONE);
        banner.setBackground(resources.color(Signal.ALERT));
        banner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        banner.setLayout(new GridLayout(2, false));
        text = new Label(banner, SWT.WRAP);
        text.setData(WidgetIds.KEY, WidgetIds.MISSED_BANNER);
        text.setBackground(resources.color(Signal.ALERT));
        text.setForeground(resources.onSignal());
        text.setFont(resources.font(1.0, SWT.BOLD));
        GridData textLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textLayout.widthHint = 100; // wraps to the panel's width instead of widening it
        text.setLayoutData(textLayout);
        goAvailable = new Button(banner, SWT.PUSH);
        goAvailable.setText(Messages.Missed_goAvailable);
        goAvailable.setImage(resources.icon("accept")); //$NON-NLS-1$
        goAvailable.setToolTipText(Messages.Missed_goAvailableTooltip);
        goAvailable.setData(WidgetIds.KEY, WidgetIds.GO_AVAILABLE);
        Accessibility.text(goAvailable);
        goAvailable.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        goAvailable.addListener(SWT.Selection, event -> {
            if (routable != null) {
                onGoAvailable.accept(routable);
            }
        });
        update(null);
    }

    /**
     * @param agent the agent's snapshot, {@code null} when signed out
     */
    public void update(AgentSnapshot agent) {
        Optional<ContactSnapshot> missed = agent == null ? Optional.empty()
                : agent.contacts().stream().filter(c -> c.state().type() == ContactStateType.MISSED).findFirst();
        boolean show = agent != null && (missed.isPresent() || MISSED_CALL_AGENT.equals(agent.state().name()));
        routable = agent == null ? null : agent.configuration().agentStates().stream()
                .filter(state -> state.type() == AgentStateType.ROUTABLE).findFirst().orElse(null);
        Layouts.show(banner, show);
        if (show) {
            if (!banner.getBackground().equals(resources.color(Signal.ALERT))) {
                banner.setBackground(resources.color(Signal.ALERT));
                text.setBackground(resources.color(Signal.ALERT));
                text.setForeground(resources.onSignal());
            }
            Layouts.text(text, missed.map(contact -> NLS.bind(contact.type() == ContactType.TASK
                    ? Messages.Task_missed : Messages.Missed_banner, caller.apply(contact)))
                    .orElse(Messages.Missed_bannerNoCaller));
            goAvailable.setEnabled(routable != null);
        }
    }
}
