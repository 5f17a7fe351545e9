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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * The agent's state: a selector of the states the agent may choose ({@code Agent.getAgentStates()}) and the time
 * in the current state. A system state the agent cannot choose (Busy, PendingBusy, AfterCallWork, an error state)
 * shows as the selector's first entry; choosing it changes nothing.
 */
public final class StateBar {

    private final Combo states;
    private final Label duration;
    private final List<AgentState> entries = new ArrayList<>();

    /**
     * @param parent the view
     * @param onChoose called with the state the agent chose
     */
    public StateBar(Composite parent, Consumer<AgentState> onChoose) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);

        Label label = new Label(bar, SWT.NONE);
        label.setText(Messages.StateBar_label);
        states = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        states.setData(WidgetIds.KEY, WidgetIds.AGENT_STATE);
        states.setToolTipText(Messages.StateBar_tooltip);
        Accessibility.name(states, Messages.StateBar_accessibleName);
        states.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        states.addListener(SWT.Selection, event -> {
            int index = states.getSelectionIndex();
            AgentState chosen = index < 0 || index >= entries.size() ? null : entries.get(index);
            if (chosen != null) {
                onChoose.accept(chosen);
            }
        });

        duration = new Label(bar, SWT.NONE);
        duration.setData(WidgetIds.KEY, WidgetIds.STATE_DURATION);
        duration.setToolTipText(Messages.StateBar_durationTooltip);
        duration.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        update(null);
    }

    /**
     * @param agent the signed-in agent's snapshot, {@code null} when signed out
     */
    public void update(AgentSnapshot agent) {
        if (agent == null) {
            entries.clear();
            states.removeAll();
            states.setEnabled(false);
            Layouts.text(duration, ""); //$NON-NLS-1$
            return;
        }
        AgentState current = agent.state();
        List<AgentState> selectable = agent.configuration().agentStates();
        List<AgentState> next = new ArrayList<>();
        int selected = indexOf(selectable, current);
        if (selected < 0) {
            next.add(null); // a system state: shown, not choosable
            selected = 0;
        }
        next.addAll(selectable);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            names.add(next.get(i) == null ? current.name() : next.get(i).name());
        }
        if (!names.equals(List.of(states.getItems()))) {
            states.setItems(names.toArray(String[]::new));
            states.requestLayout();
        }
        entries.clear();
        entries.addAll(next);
        if (states.getSelectionIndex() != selected) {
            states.select(selected);
        }
        states.setEnabled(true);
        tick(agent);
    }

    /**
     * @param agent the signed-in agent's snapshot, {@code null} when signed out
     */
    public void tick(AgentSnapshot agent) {
        Layouts.text(duration, agent == null ? "" : Durations.clock(agent.stateDuration(Instant.now()))); //$NON-NLS-1$
    }

    private static int indexOf(List<AgentState> states, AgentState state) {
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).sameStateAs(state) || states.get(i).name().equals(state.name())
                    && states.get(i).type() == state.type()) {
                return i;
            }
        }
        return -1;
    }
}
