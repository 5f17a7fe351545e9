/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionState;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactInitiationMethod;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactState;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.model.MonitoringInfo;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.model.SoftphoneCallType;
import io.connectstreams.api.model.SoftphoneMediaInfo;

/**
 * One contact as a test plays it: its state and its connections' states (each with the back-end time it was
 * entered) are changed step by step, and {@link #snapshot()} gives its data at that step, as the back end sends
 * it. The agent leg is a softphone connection; the customer leg is the initial connection; a third party appears
 * once {@link #thirdParty} is called.
 */
final class Call {

    /** The customer's number as the back end sends it (a SIP URI). */
    static final String CUSTOMER_URI = "sip:+14255550100@sip.example.com";

    /** The customer's number as the log shows it. */
    static final String CUSTOMER_NUMBER = "+14255550100";

    private final String contactId;
    private final ContactType type;
    private final ContactInitiationMethod initiation;
    private final ConnectionType customerType;
    private Endpoint customer = new Endpoint(null, EndpointType.PHONE_NUMBER, "Ada Lovelace", CUSTOMER_URI, null,
            null);
    private Queue queue = new Queue("arn:queue/basic", "BasicQueue");
    private ContactState state;
    private ConnectionState agentLeg;
    private ConnectionState customerLeg;
    private ConnectionState thirdPartyLeg;
    /** A task's name. */
    private String name;
    /** The supervisor's own leg, first, when the call is seen by the supervisor monitoring it. */
    private ConnectionState monitorLeg;
    private Instant joined;
    /** Whether the snapshot is the monitoring supervisor's, else the agent's on the call. */
    private boolean supervisorsView;

    private Call(String contactId, ContactType type, ContactInitiationMethod initiation, ConnectionType customerType) {
        this.contactId = contactId;
        this.type = type;
        this.initiation = initiation;
        this.customerType = customerType;
    }

    /**
     * @param contactId the contact id
     * @param offered when the agent was offered it (the customer waited in the queue before)
     * @return an inbound voice call ringing the agent ({@code connecting})
     */
    static Call inbound(String contactId, Instant offered) {
        Call call = new Call(contactId, ContactType.VOICE, ContactInitiationMethod.INBOUND, ConnectionType.INBOUND);
        return call.state(ContactStateType.CONNECTING, offered).agent(ConnectionStateType.CONNECTING, offered)
                .customer(ConnectionStateType.CONNECTED, offered.minusSeconds(30));
    }

    /**
     * @param contactId the contact id
     * @param dialled when the agent dialled
     * @return an outbound voice call: the agent is on, the customer's phone rings
     */
    static Call outbound(String contactId, Instant dialled) {
        Call call = new Call(contactId, ContactType.VOICE, ContactInitiationMethod.OUTBOUND, ConnectionType.OUTBOUND);
        call.queue = null;
        return call.state(ContactStateType.CONNECTING, dialled).agent(ConnectionStateType.CONNECTED, dialled)
                .customer(ConnectionStateType.CONNECTING, dialled);
    }

    /**
     * @param contactId the contact id
     * @param offered when the callback was offered to the agent
     * @return a queued callback offered in {@code incoming}; the customer is dialled once the agent accepts
     */
    static Call callback(String contactId, Instant offered) {
        Call call = new Call(contactId, ContactType.QUEUE_CALLBACK, ContactInitiationMethod.CALLBACK,
                ConnectionType.OUTBOUND);
        return call.state(ContactStateType.INCOMING, offered).agent(ConnectionStateType.CONNECTING, offered)
                .customer(ConnectionStateType.INIT, offered);
    }

    /**
     * @param contactId the contact id
     * @param name the task's name
     * @param offered when the agent was offered it
     * @return a task offered to the agent ({@code connecting}), as the sandbox makes one: initiated by the API, an
     *         initial connection without an endpoint, no customer, no media
     */
    static Call task(String contactId, String name, Instant offered) {
        Call call = new Call(contactId, ContactType.TASK, ContactInitiationMethod.API, ConnectionType.INBOUND);
        call.name = name;
        call.customer = null;
        return call.state(ContactStateType.CONNECTING, offered).agent(ConnectionStateType.CONNECTING, offered)
                .customer(ConnectionStateType.CONNECTED, offered);
    }

    /**
     * @param contactId the contact id
     * @param answered when the monitored agent answered the call
     * @param joined when the supervisor started monitoring it
     * @return an inbound call as the supervisor monitoring it silently sees it: the supervisor's {@code monitoring}
     *         leg first, then the call's legs as the agent sees them
     */
    static Call monitored(String contactId, Instant answered, Instant joined) {
        Call call = inbound(contactId, answered.minusSeconds(5)).connect(answered);
        call.joined = joined;
        call.supervisorsView = true;
        call.monitorLeg = new ConnectionState(ConnectionStateType.SILENT_MONITOR, joined);
        return call;
    }

    /**
     * The supervisor barges in ({@link #monitored}), or a supervisor barges in on the agent's call: the agent's
     * snapshot then lists the supervisor's leg after the agent's own.
     *
     * @param at when
     * @return this call
     */
    Call barge(Instant at) {
        if (joined == null) {
            joined = at;
        }
        monitorLeg = new ConnectionState(ConnectionStateType.BARGE, at);
        return this;
    }

    String id() {
        return contactId;
    }

    String agentConnectionId() {
        return contactId + "-agent";
    }

    Call state(ContactStateType type, Instant at) {
        state = new ContactState(type, at);
        return this;
    }

    Call agent(ConnectionStateType type, Instant at) {
        agentLeg = new ConnectionState(type, at);
        return this;
    }

    Call customer(ConnectionStateType type, Instant at) {
        customerLeg = new ConnectionState(type, at);
        return this;
    }

    Call thirdParty(ConnectionStateType type, Instant at) {
        thirdPartyLeg = new ConnectionState(type, at);
        return this;
    }

    Call customer(String name, String phoneNumber) {
        customer = new Endpoint(null, EndpointType.PHONE_NUMBER, name, phoneNumber, null, null);
        return this;
    }

    Call queue(String name) {
        queue = new Queue("arn:queue/" + name, name);
        return this;
    }

    /**
     * The agent hangs up: the contact goes to after-call work ({@code ended}), every leg disconnects.
     *
     * @param at when
     * @return this call
     */
    Call hangUp(Instant at) {
        state(ContactStateType.ENDED, at).agent(ConnectionStateType.DISCONNECTED, at)
                .customer(ConnectionStateType.DISCONNECTED, at);
        if (thirdPartyLeg != null) {
            thirdParty(ConnectionStateType.DISCONNECTED, at);
        }
        return this;
    }

    /**
     * The agent answers (or the customer picks up an outbound call): contact, agent and customer connected.
     *
     * @param at when
     * @return this call
     */
    Call connect(Instant at) {
        return state(ContactStateType.CONNECTED, at).agent(ConnectionStateType.CONNECTED, at)
                .customer(ConnectionStateType.CONNECTED, at);
    }

    ContactSnapshot snapshot() {
        List<ConnectionSnapshot> connections = new ArrayList<>();
        if (monitorLeg != null && supervisorsView) {
            connections.add(monitoring());
        }
        SoftphoneMediaInfo media = type == ContactType.TASK ? null
                : new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY, false, null, "ctx", "{}");
        connections.add(new ConnectionSnapshot(contactId, agentConnectionId(), ConnectionType.AGENT, false, agentLeg,
                null, media, false, false, null, null, null));
        connections.add(new ConnectionSnapshot(contactId, contactId + "-customer", customerType, true, customerLeg,
                customer, null, false, false, null, null, null));
        if (thirdPartyLeg != null) {
            connections.add(new ConnectionSnapshot(contactId, contactId + "-third", ConnectionType.OUTBOUND, false,
                    thirdPartyLeg, Endpoint.byPhoneNumber("+14255550199", "Supervisor"), null, false, false, null,
                    null, null));
        }
        if (monitorLeg != null && !supervisorsView) {
            connections.add(monitoring());
        }
        return new ContactSnapshot(contactId, contactId, null, type, state, queue, null, Map.of(), name, null,
                initiation, customer, connections);
    }

    private ConnectionSnapshot monitoring() {
        MonitoringMode mode = monitorLeg.type() == ConnectionStateType.BARGE ? MonitoringMode.BARGE
                : MonitoringMode.SILENT_MONITOR;
        return new ConnectionSnapshot(contactId, contactId + "-monitor", ConnectionType.MONITORING, false,
                monitorLeg, new Endpoint(null, EndpointType.AGENT, null, null, null, null),
                new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY, false, null, "ctx-monitor", "{}"), false,
                false, null, List.of(MonitoringMode.SILENT_MONITOR, MonitoringMode.BARGE), mode,
                new MonitoringInfo("Jane Doe", joined));
    }
}
