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

import java.util.List;
import java.util.Map;

import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.AgentStateType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ViewResources.Signal;

/**
 * How an agent state reads in the panel: the system's and error states' names ({@code PendingBusy},
 * {@code MissedCallAgent}) in the agent's words, the states the agent chooses (Available, Lunch) by their own name,
 * and the colour of the state's kind. {@code Busy} and {@code PendingBusy} name the contact's channel: an agent
 * working only on tasks is not "on a call".
 */
public final class AgentStateTexts {

    private static final Map<String, String> SYSTEM_NAMES = Map.ofEntries(
            Map.entry("PendingBusy", Messages.AgentState_PendingBusy), //$NON-NLS-1$
            Map.entry("Busy", Messages.AgentState_Busy), //$NON-NLS-1$
            Map.entry("CallingCustomer", Messages.AgentState_CallingCustomer), //$NON-NLS-1$
            Map.entry("AfterCallWork", Messages.AgentState_AfterCallWork), //$NON-NLS-1$
            Map.entry("MissedCallAgent", Messages.AgentState_MissedCallAgent), //$NON-NLS-1$
            Map.entry("MissedCallCustomer", Messages.AgentState_MissedCallCustomer), //$NON-NLS-1$
            Map.entry("FailedConnectAgent", Messages.AgentState_FailedConnectAgent), //$NON-NLS-1$
            Map.entry("FailedConnectCustomer", Messages.AgentState_FailedConnectCustomer), //$NON-NLS-1$
            Map.entry("LineEngagedAgent", Messages.AgentState_LineEngagedAgent), //$NON-NLS-1$
            Map.entry("LineEngagedCustomer", Messages.AgentState_LineEngagedCustomer), //$NON-NLS-1$
            Map.entry("BadAddressAgent", Messages.AgentState_BadAddressAgent), //$NON-NLS-1$
            Map.entry("BadAddressCustomer", Messages.AgentState_BadAddressCustomer), //$NON-NLS-1$
            Map.entry("AgentHungUp", Messages.AgentState_AgentHungUp), //$NON-NLS-1$
            Map.entry("RealtimeCommunicationError", Messages.AgentState_RealtimeCommunicationError), //$NON-NLS-1$
            Map.entry("MultipleCcpWindows", Messages.AgentState_MultipleCcpWindows), //$NON-NLS-1$
            Map.entry("InvalidLocale", Messages.AgentState_InvalidLocale), //$NON-NLS-1$
            Map.entry("Error", Messages.AgentState_Error), //$NON-NLS-1$
            Map.entry("Default", Messages.AgentState_Error), //$NON-NLS-1$
            Map.entry("Init", Messages.AgentState_Init)); //$NON-NLS-1$

    private AgentStateTexts() {
    }

    /**
     * @param state an agent state
     * @param contacts the agent's contacts in the same snapshot
     * @return its name in the agent's words
     */
    public static String label(AgentState state, List<ContactSnapshot> contacts) {
        if (state.type() == AgentStateType.ROUTABLE || state.type() == AgentStateType.NOT_ROUTABLE
                || state.type() == AgentStateType.OFFLINE) {
            return state.name(); // named by the instance's administrator for the agents
        }
        if (onlyTasks(contacts)) {
            if ("Busy".equals(state.name())) { //$NON-NLS-1$
                return Messages.AgentState_BusyTask;
            }
            if ("PendingBusy".equals(state.name())) { //$NON-NLS-1$
                return Messages.AgentState_PendingBusyTask;
            }
        }
        return SYSTEM_NAMES.getOrDefault(state.name(), state.name());
    }

    private static boolean onlyTasks(List<ContactSnapshot> contacts) {
        return !contacts.isEmpty() && contacts.stream().allMatch(contact -> contact.type() == ContactType.TASK);
    }

    /**
     * @param state an agent state, {@code null} when signed out
     * @return the colour of its kind
     */
    public static Signal signal(AgentState state) {
        if (state == null) {
            return Signal.NEUTRAL;
        }
        return switch (state.type()) {
            case ROUTABLE -> Signal.GOOD;
            case NOT_ROUTABLE -> Signal.CAUTION;
            case SYSTEM -> Signal.SYSTEM;
            case ERROR -> Signal.ALERT;
            default -> Signal.NEUTRAL;
        };
    }
}
