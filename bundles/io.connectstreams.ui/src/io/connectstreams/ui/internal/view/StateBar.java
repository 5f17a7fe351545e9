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

import org.eclipse.osgi.util.NLS;
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
 * The agent's state: a dot in the colour of its kind, the state in plain words ("Incoming call", "After-call
 * work"), the time in it, and a selector of the states the agent may choose ({@code AgentConfiguration.agentStates()}
 * only: a system state is shown, never offered; meanwhile the selector shows the state the agent returns to, from
 * the snapshot's next or base state). A chosen state shows as "Changing to Lunch…" until a snapshot
 * confirms it; when the change fails, {@link #changeFailed()} shows the real state again at once.
 */
public final class StateBar {

    private static final String DOT = "\u25CF"; //$NON-NLS-1$

    private final ViewResources resources;
    private final Label dot;
    private final Label label;
    private final Combo states;
    private final Label duration;
    private final List<AgentState> entries = new ArrayList<>();
    private AgentSnapshot shown;
    /** The state the agent chose and the server has not confirmed yet, {@code null} when none. */
    private AgentState pending;

    /**
     * @param parent the view
     * @param resources the view's colours and fonts
     * @param onChoose called with the state the agent chose
     */
    public StateBar(Composite parent, ViewResources resources, Consumer<AgentState> onChoose) {
        this.resources = resources;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);

        dot = new Label(bar, SWT.NONE);
        dot.setText(DOT);
        dot.setData(WidgetIds.KEY, WidgetIds.STATE_BADGE);
        dot.setFont(resources.font(1.4, SWT.BOLD));
        dot.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));

        label = new Label(bar, SWT.NONE);
        label.setData(WidgetIds.KEY, WidgetIds.STATE_LABEL);
        label.setFont(resources.font(1.15, SWT.BOLD));
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        duration = new Label(bar, SWT.NONE);
        duration.setData(WidgetIds.KEY, WidgetIds.STATE_DURATION);
        duration.setToolTipText(Messages.StateBar_durationTooltip);
        Accessibility.name(duration, Messages.StateBar_durationTooltip);
        duration.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        states = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        states.setData(WidgetIds.KEY, WidgetIds.AGENT_STATE);
        states.setToolTipText(Messages.AgentState_chooseTooltip);
        Accessibility.name(states, Messages.StateBar_accessibleName);
        states.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        states.addListener(SWT.Selection, event -> {
            int index = states.getSelectionIndex();
            AgentState chosen = index < 0 || index >= entries.size() ? null : entries.get(index);
            if (chosen != null && (shown == null || !same(chosen, shown.state()))) {
                pending = chosen;
                show();
                onChoose.accept(chosen);
            }
        });
        update(null);
    }

    /**
     * @param agent the signed-in agent's snapshot, {@code null} when signed out
     */
    public void update(AgentSnapshot agent) {
        shown = agent;
        if (agent == null || pending != null && (same(pending, agent.state())
                || agent.nextState() != null && same(pending, agent.nextState()))) {
            pending = null; // confirmed (now, or as the state after the current contacts)
        }
        show();
    }

    /** The change of state failed: the real state shows again at once. */
    public void changeFailed() {
        pending = null;
        show();
    }

    /**
     * @param agent the signed-in agent's snapshot, {@code null} when signed out
     */
    public void tick(AgentSnapshot agent) {
        Layouts.text(duration, agent == null ? "" : Durations.clock(agent.stateDuration(Instant.now()))); //$NON-NLS-1$
    }

    private void show() {
        AgentSnapshot agent = shown;
        if (agent == null) {
            entries.clear();
            states.removeAll();
            states.setEnabled(false);
            dot.setForeground(resources.color(ViewResources.Signal.NEUTRAL));
            Layouts.text(label, ""); //$NON-NLS-1$
            Layouts.text(duration, ""); //$NON-NLS-1$
            return;
        }
        AgentState current = agent.state();
        String text = pending != null ? NLS.bind(Messages.AgentState_changingTo, pending.name())
                : AgentStateTexts.label(current, agent.contacts());
        dot.setForeground(resources.color(AgentStateTexts.signal(current)));
        Layouts.text(label, text);
        String accessible = NLS.bind(Messages.AgentState_badgeAccessibleName, text);
        Layouts.tooltip(dot, accessible);
        Layouts.tooltip(label, accessible);

        List<AgentState> selectable = agent.configuration().agentStates();
        List<String> names = selectable.stream().map(AgentState::name).toList();
        if (!names.equals(List.of(states.getItems()))) {
            states.setItems(names.toArray(String[]::new));
            states.requestLayout();
        }
        entries.clear();
        entries.addAll(selectable);
        AgentState wanted = pending != null ? pending : agent.nextState() != null ? agent.nextState() : current;
        int selected = indexOf(selectable, wanted);
        if (selected < 0) {
            // a system state (Busy, Incoming call) is shown by the label, never a choice: the selector shows the
            // state the agent chose and returns to (the router's base state), never an empty box
            selected = indexOfName(selectable, agent.availability() == null ? null : agent.availability().state());
        }
        if (selected < 0) {
            states.deselectAll(); // no base state known: the label says it all
        } else if (states.getSelectionIndex() != selected) {
            states.select(selected);
        }
        states.setEnabled(true);
        tick(agent);
    }

    private static int indexOf(List<AgentState> states, AgentState state) {
        for (int i = 0; i < states.size(); i++) {
            if (same(states.get(i), state)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfName(List<AgentState> states, String name) {
        for (int i = 0; name != null && i < states.size(); i++) {
            if (states.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(AgentState a, AgentState b) {
        return a.sameStateAs(b) || a.name().equals(b.name()) && a.type() == b.type();
    }
}
