/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.sandbox.AgentSpec;

/**
 * Supervisors monitoring agents' calls. A supervisor joins a connected voice contact silently: a {@code monitoring}
 * connection in state {@code silent_monitor} that only the supervisor's snapshot shows. Barging ({@code
 * UpdateMonitorParticipantState BARGE}) moves it to {@code barge}, and then the monitored agent's snapshot shows it
 * too (so that Streams' {@code isUnderSupervision} holds); back to silent, it disappears from the agent's snapshot
 * again. The supervisor leaves by destroying its connection: the call goes on. When the call ends, every monitor
 * leaves with it.
 * <p>
 * Permissions are the security-profile permissions of Amazon Connect: {@value #LISTEN_IN} lets an agent monitor,
 * {@value #BARGE_IN} also barge; they become the connection's {@code monitorCapabilities}. Called with the engine's
 * lock held.
 */
final class Monitoring {

    /** The permission to monitor contacts silently ("Real-time contact monitoring"). */
    static final String LISTEN_IN = AgentSpec.MONITOR_PERMISSION;
    /** The permission to barge into monitored contacts ("Real-time contact barge-in"). */
    static final String BARGE_IN = AgentSpec.BARGE_PERMISSION;

    private final Map<String, Agent> agents;
    private final Map<String, Contact> contacts;
    private final EngineHooks hooks;
    private final SignalingContract signaling;

    Monitoring(Map<String, Agent> agents, Map<String, Contact> contacts, EngineHooks hooks,
            SignalingContract signaling) {
        this.signaling = signaling;
        this.agents = agents;
        this.contacts = contacts;
        this.hooks = hooks;
    }

    /**
     * The supervisor starts monitoring a connected voice contact, silently.
     *
     * @return the supervisor's new connection id
     */
    String start(String supervisorName, String contactId, long now) {
        Agent supervisor = agents.get(supervisorName);
        if (supervisor == null) {
            throw new IllegalArgumentException("unknown agent " + supervisorName);
        }
        List<String> permissions = supervisor.profile.permissions();
        if (!permissions.contains(LISTEN_IN)) {
            throw CtiException.accessDenied("The agent has no permission to monitor contacts (" + LISTEN_IN + ")");
        }
        Contact contact = contacts.get(contactId);
        if (contact == null) {
            throw new IllegalArgumentException("no call " + contactId);
        }
        if ((contact.type != ContactType.VOICE && contact.type != ContactType.QUEUE_CALLBACK) || contact.phase != Contact.Phase.TALKING || contact.agent == null) {
            throw CtiException.invalidState("Only a connected call with an agent can be monitored");
        }
        if (supervisorName.equals(contact.agent)) {
            throw CtiException.invalidState("An agent cannot monitor its own contact");
        }
        if (supervisor.monitored.containsKey(contactId)) {
            throw CtiException.invalidState("The agent already monitors the contact");
        }
        List<MonitoringMode> capabilities = new ArrayList<>();
        capabilities.add(MonitoringMode.SILENT_MONITOR);
        if (permissions.contains(BARGE_IN)) {
            capabilities.add(MonitoringMode.BARGE);
        }
        Connection connection = new Connection(UUID.randomUUID().toString(), ConnectionType.MONITORING, false,
                EndpointView.agent(), null, ConnectionStateType.SILENT_MONITOR, now);
        connection.monitor = new MonitorInfo(supervisorName, capabilities, agents.get(contact.agent).profile.name(),
                now);
        // the supervisor's softphone listens in with a session of its own (never a persistent peer connection)
        SoftphoneInfo softphone = hooks.softphoneFor(supervisor.profile, "audio_only");
        connection.softphone = softphone == null ? null : new SoftphoneInfo(softphone.callType(),
                softphone.autoAccept(), softphone.mediaLegContextToken(), softphone.callContextToken(),
                CallConfig.withoutPersistentConnection(softphone.callConfigJson()));
        contact.monitors.add(connection);
        supervisor.monitored.put(contactId, contact);
        hooks.changed(supervisor);
        return connection.id;
    }

    /**
     * {@code UpdateMonitorParticipantState}: switches between silent monitoring and barging.
     */
    void update(Agent supervisor, String contactId, MonitoringMode target, long now) {
        Connection connection = own(supervisor, contactId).orElseThrow(() -> supervisor.contacts.containsKey(contactId)
                ? CtiException.invalidState("The agent does not monitor the contact")
                : CtiException.notFound("Contact not found: " + contactId));
        if (!connection.monitor.capabilities().contains(target)) {
            throw CtiException.accessDenied("The agent has no permission to barge (" + BARGE_IN + ")");
        }
        ConnectionStateType wanted = target == MonitoringMode.BARGE ? ConnectionStateType.BARGE
                : ConnectionStateType.SILENT_MONITOR;
        if (connection.state == wanted) {
            throw CtiException.invalidState("The monitor is already in " + target.wireValue());
        }
        connection.moveTo(wanted, now);
        signaling.monitorModeChanged(connection);
        hooks.changed(supervisor);
        hooks.changed(agents.get(supervisor.monitored.get(contactId).agent));
    }

    /**
     * The supervisor destroys a connection of a contact it monitors: its own one ends the monitoring.
     *
     * @return whether the contact is one the supervisor monitors (else it is none of this class's business)
     */
    boolean leave(Agent supervisor, String contactId, String connectionId) {
        Optional<Connection> own = own(supervisor, contactId);
        if (own.isEmpty()) {
            return false;
        }
        Connection connection = own.get();
        if (!connection.id.equals(connectionId)) {
            throw CtiException.invalidState("A supervisor can only drop its own connection");
        }
        Contact contact = supervisor.monitored.remove(contactId);
        contact.monitors.remove(connection);
        signaling.monitorGone(connection);
        hooks.changed(supervisor);
        if (connection.state == ConnectionStateType.BARGE) {
            hooks.changed(agents.get(contact.agent));
        }
        return true;
    }

    /** The contact ended for its agent: every supervisor monitoring it leaves with it. */
    void contactEnded(Contact contact) {
        for (Connection connection : contact.monitors) {
            signaling.monitorGone(connection);
            Agent supervisor = agents.get(connection.monitor.supervisor());
            if (supervisor != null && supervisor.monitored.remove(contact.id, contact)) {
                hooks.changed(supervisor);
            }
        }
        contact.monitors.clear();
    }

    /**
     * @return whether the agent monitors the contact
     */
    static boolean monitors(Agent agent, Contact contact) {
        return agent.monitored.get(contact.id) == contact;
    }

    /**
     * The connections of a contact as an agent's snapshot shows them: a supervisor sees its own {@code monitoring}
     * connection first (Streams takes the first {@code agent} or {@code monitoring} connection for the viewer's own),
     * then the contact's; everybody sees the barging supervisors, nobody another's silent one.
     */
    static List<Connection> seenBy(Contact contact, String viewer) {
        if (contact.monitors.isEmpty()) {
            return contact.connections;
        }
        List<Connection> seen = new ArrayList<>(contact.connections.size() + contact.monitors.size());
        contact.monitors.stream().filter(monitor -> monitor.monitor.supervisor().equals(viewer)).forEach(seen::add);
        seen.addAll(contact.connections);
        contact.monitors.stream().filter(monitor -> !monitor.monitor.supervisor().equals(viewer))
                .filter(monitor -> monitor.state == ConnectionStateType.BARGE).forEach(seen::add);
        return seen;
    }

    private static Optional<Connection> own(Agent supervisor, String contactId) {
        Contact contact = supervisor.monitored.get(contactId);
        if (contact == null) {
            return Optional.empty();
        }
        return contact.monitors.stream()
                .filter(connection -> connection.monitor.supervisor().equals(supervisor.profile.username()))
                .findFirst();
    }
}
