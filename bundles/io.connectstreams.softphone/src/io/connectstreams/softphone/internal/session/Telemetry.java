/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.session;

import java.util.Map;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ClientMetric;
import io.connectstreams.api.event.ConnectionEvents;
import io.connectstreams.api.event.ConnectionRef;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.softphone.SoftphoneError;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneStats;

/**
 * Everything the softphone publishes on the bus, under Streams' names: telemetry ({@code client_metric}), session
 * changes, errors, mute, statistics and reports. Publication is synchronous (the bus's rule); payloads never hold a
 * token or credential.
 */
final class Telemetry {

    /** Streams' telemetry names. */
    static final String CONNECTING = "Softphone Connecting";
    static final String CONNECTED = "Softphone Session Connected";
    static final String COMPLETED = "Softphone Session Completed";
    static final String FAILED = "Softphone Session Failed";
    static final String MULTI_SESSION_HANG_UP = "MultiSessionHangUp";
    static final String CONNECTIVITY_CHECK = "ConnectivityCheckResult";
    static final String MIC_CHECK_SUCCEEDED = "MicCheckSucceeded";

    private final EventBus bus;

    /**
     * @param bus where to publish
     */
    Telemetry(EventBus bus) {
        this.bus = bus;
    }

    void metric(String name, String contactId, Map<String, Object> data) {
        bus.trigger(EventType.CLIENT_METRIC, new ClientMetric(name, contactId, data));
    }

    void session(SoftphoneSessionInfo info) {
        bus.trigger(StreamsEvents.SOFTPHONE_SESSION, info);
    }

    void error(SoftphoneError error) {
        bus.trigger(AgentEvents.SOFTPHONE_ERROR, error);
    }

    void sessionInit(String agentConnectionId) {
        bus.trigger(ConnectionEvents.SESSION_INIT, new ConnectionRef(agentConnectionId));
    }

    void localMediaStreamCreated(String agentConnectionId) {
        bus.trigger(AgentEvents.LOCAL_MEDIA_STREAM_CREATED, new ConnectionRef(agentConnectionId));
    }

    void muteToggle(boolean muted) {
        bus.trigger(AgentEvents.MUTE_TOGGLE, new MuteToggle(muted));
    }

    void stats(SoftphoneStats stats) {
        bus.trigger(EventType.SOFTPHONE_STATS, stats);
    }

    void liveStats(SoftphoneStats second) {
        bus.trigger(StreamsEvents.SOFTPHONE_LIVE_STATS, second);
    }

    void report(SoftphoneCallReport report) {
        bus.trigger(EventType.SOFTPHONE_REPORT, report);
    }

    /** Streams' {@code fireContactAcceptedEvent}: an auto-accepted call's media is up. */
    void accepted(Contact contact) {
        bus.trigger(ContactEvents.ACCEPTED, contact);
        bus.trigger(ContactEvents.scoped(ContactEvents.ACCEPTED, contact.getContactId()), contact);
    }
}
