/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.cti;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.softphone.IceServer;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.spi.ContactCenterBackend;
import io.connectstreams.api.spi.Page;
import io.connectstreams.api.spi.SnapshotResult;
import io.connectstreams.api.spi.WebSocketTransport;

/**
 * The {@link ContactCenterBackend} SPI over the CTI wire protocol: each method builds the request members of its
 * model operation and maps the answer with {@link CtiJson}.
 */
public final class CtiHttpBackend implements ContactCenterBackend {

    /** Streams' {@code ccpVersion} of metrics and reports. */
    private static final String CCP_VERSION = "V2";

    private final CtiTransport transport;

    /**
     * @param transport the HTTPS transport
     */
    public CtiHttpBackend(CtiTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletionStage<SnapshotResult> getAgentSnapshot(String nextToken, Duration longPoll) {
        JsonObject body = new JsonObject();
        if (nextToken != null) {
            body.addProperty("nextToken", nextToken);
        }
        body.addProperty("timeout", longPoll.toMillis());
        return transport.call(CtiOperation.GET_AGENT_SNAPSHOT, body, longPoll, CtiJson::snapshotResult);
    }

    @Override
    public CompletionStage<AgentConfiguration> getAgentConfiguration() {
        return call(CtiOperation.GET_AGENT_CONFIGURATION, new JsonObject(), CtiJson::configuration);
    }

    @Override
    public CompletionStage<Void> updateAgentConfiguration(AgentConfiguration configuration) {
        JsonObject body = new JsonObject();
        body.add("configuration", CtiJson.configuration(configuration));
        return done(CtiOperation.UPDATE_AGENT_CONFIGURATION, body);
    }

    @Override
    public CompletionStage<Page<AgentState>> getAgentStates(String nextToken, int maxResults) {
        return page(CtiOperation.GET_AGENT_STATES, pageBody(nextToken, maxResults),
                "states", answer -> answer.list(CtiJson::agentState));
    }

    @Override
    public CompletionStage<Page<String>> getAgentPermissions(String nextToken, int maxResults) {
        return page(CtiOperation.GET_AGENT_PERMISSIONS, pageBody(nextToken, maxResults),
                "permissions", AnswerReader::strings);
    }

    @Override
    public CompletionStage<Page<String>> getDialableCountryCodes(String nextToken, int maxResults) {
        return page(CtiOperation.GET_DIALABLE_COUNTRY_CODES, pageBody(nextToken, maxResults),
                "countryCodes", AnswerReader::strings);
    }

    @Override
    public CompletionStage<Page<Queue>> getRoutingProfileQueues(String routingProfileArn, String nextToken,
            int maxResults) {
        JsonObject body = pageBody(nextToken, maxResults);
        body.addProperty("routingProfileARN", routingProfileArn);
        return page(CtiOperation.GET_ROUTING_PROFILE_QUEUES, body, "queues",
                answer -> answer.list(CtiJson::queue));
    }

    @Override
    public CompletionStage<Page<Endpoint>> getEndpoints(List<String> queueArns, String nextToken, int maxResults) {
        JsonObject body = pageBody(nextToken, maxResults);
        JsonArray arns = new JsonArray();
        queueArns.forEach(arns::add);
        body.add("queueARNs", arns);
        return page(CtiOperation.GET_ENDPOINTS, body, "endpoints",
                answer -> answer.list(CtiJson::endpoint));
    }

    @Override
    public CompletionStage<Void> putAgentState(AgentState state, boolean enqueueNextState) {
        JsonObject body = new JsonObject();
        body.add("state", CtiJson.agentState(state));
        body.addProperty("enqueueNextState", enqueueNextState);
        return done(CtiOperation.PUT_AGENT_STATE, body);
    }

    @Override
    public CompletionStage<Void> acceptContact(String contactId) {
        return done(CtiOperation.ACCEPT_CONTACT, contact(contactId));
    }

    @Override
    public CompletionStage<Void> rejectContact(String contactId) {
        return done(CtiOperation.REJECT_CONTACT, contact(contactId));
    }

    @Override
    public CompletionStage<Void> clearContact(String contactId) {
        return done(CtiOperation.CLEAR_CONTACT, contact(contactId));
    }

    @Override
    public CompletionStage<Void> completeContact(String contactId) {
        return done(CtiOperation.COMPLETE_CONTACT, contact(contactId));
    }

    @Override
    public CompletionStage<Void> pauseContact(String contactId) {
        return done(CtiOperation.PAUSE_CONTACT, contact(contactId));
    }

    @Override
    public CompletionStage<Void> resumeContact(String contactId) {
        return done(CtiOperation.RESUME_CONTACT, contact(contactId));
    }

    @Override
    public CompletionStage<Void> createOutboundContact(Endpoint endpoint, String queueArn, String relatedContactId) {
        JsonObject body = new JsonObject();
        body.add("endpoint", CtiJson.endpoint(endpoint));
        if (queueArn != null) {
            body.addProperty("queueARN", queueArn);
        }
        if (relatedContactId != null) {
            body.addProperty("relatedContactId", relatedContactId);
        }
        return done(CtiOperation.CREATE_OUTBOUND_CONTACT, body);
    }

    @Override
    public CompletionStage<Void> createAdditionalConnection(String contactId, Endpoint endpoint) {
        return done(CtiOperation.CREATE_ADDITIONAL_CONNECTION, contactWithEndpoint(contactId, endpoint));
    }

    @Override
    public CompletionStage<Void> addNewConnection(String contactId, Endpoint endpoint) {
        return done(CtiOperation.ADD_NEW_CONNECTION, contactWithEndpoint(contactId, endpoint));
    }

    @Override
    public CompletionStage<Void> transferContact(String contactId, Endpoint endpoint) {
        return done(CtiOperation.TRANSFER_CONTACT, contactWithEndpoint(contactId, endpoint));
    }

    @Override
    public CompletionStage<Void> destroyConnection(String contactId, String connectionId) {
        return done(CtiOperation.DESTROY_CONNECTION, connection(contactId, connectionId));
    }

    @Override
    public CompletionStage<Void> holdConnection(String contactId, String connectionId) {
        return done(CtiOperation.HOLD_CONNECTION, connection(contactId, connectionId));
    }

    @Override
    public CompletionStage<Void> resumeConnection(String contactId, String connectionId) {
        return done(CtiOperation.RESUME_CONNECTION, connection(contactId, connectionId));
    }

    @Override
    public CompletionStage<Void> toggleActiveConnections(String contactId, String connectionId) {
        return done(CtiOperation.TOGGLE_ACTIVE_CONNECTIONS, connection(contactId, connectionId));
    }

    @Override
    public CompletionStage<Void> conferenceConnections(String contactId) {
        return done(CtiOperation.CONFERENCE_CONNECTIONS, contact(contactId));
    }

    @Override
    public CompletionStage<Void> sendDigits(String contactId, String connectionId, String digits) {
        JsonObject body = connection(contactId, connectionId);
        body.addProperty("digits", digits);
        return done(CtiOperation.SEND_DIGITS, body);
    }

    @Override
    public CompletionStage<Void> muteParticipant(String contactId, String connectionId) {
        return done(CtiOperation.MUTE_PARTICIPANT, connection(contactId, connectionId));
    }

    @Override
    public CompletionStage<Void> unmuteParticipant(String contactId, String connectionId) {
        return done(CtiOperation.UNMUTE_PARTICIPANT, connection(contactId, connectionId));
    }

    @Override
    public CompletionStage<Void> updateMonitorParticipantState(String contactId, MonitoringMode mode) {
        JsonObject body = contact(contactId);
        body.addProperty("targetMonitorMode", mode.wireValue());
        return done(CtiOperation.UPDATE_MONITOR_PARTICIPANT_STATE, body);
    }

    @Override
    public CompletionStage<Void> notifyContactIssue(String contactId, String issueCode, String description) {
        JsonObject body = contact(contactId);
        if (issueCode != null) {
            body.addProperty("issueCode", issueCode);
        }
        if (description != null) {
            body.addProperty("description", description);
        }
        return done(CtiOperation.NOTIFY_CONTACT_ISSUE, body);
    }

    @Override
    public CompletionStage<Void> sendSoftphoneCallMetrics(String contactId, List<RtpStreamStats> statistics) {
        JsonObject body = contact(contactId);
        body.addProperty("ccpVersion", CCP_VERSION);
        body.add("softphoneStreamStatistics", CtiJson.statistics(statistics));
        return done(CtiOperation.SEND_SOFTPHONE_CALL_METRICS, body);
    }

    @Override
    public CompletionStage<Void> sendSoftphoneCallReport(String contactId, SoftphoneCallReport report) {
        JsonObject body = contact(contactId);
        body.addProperty("ccpVersion", CCP_VERSION);
        body.add("report", CtiJson.report(report));
        return done(CtiOperation.SEND_SOFTPHONE_CALL_REPORT, body);
    }

    @Override
    public CompletionStage<WebSocketTransport> createWebSocketTransport() {
        JsonObject body = new JsonObject();
        body.addProperty("transportType", "web_socket");
        return call(CtiOperation.CREATE_TRANSPORT, body, CtiJson::webSocketTransport);
    }

    @Override
    public CompletionStage<List<IceServer>> createSoftphoneTransport(String softphoneClientId) {
        JsonObject body = new JsonObject();
        body.addProperty("transportType", "softphone");
        body.addProperty("softphoneClientId", softphoneClientId);
        return call(CtiOperation.CREATE_TRANSPORT, body, CtiJson::softphoneTransport);
    }

    private <T> CompletableFuture<T> call(CtiOperation operation, JsonObject body, AnswerReader.Shape<T> shape) {
        return transport.call(operation, body, Duration.ZERO, shape);
    }

    /** A page: the items under their member, and the {@code nextToken} of the next page. */
    private <T> CompletionStage<Page<T>> page(CtiOperation operation, JsonObject body, String member,
            AnswerReader.Value<List<T>> items) {
        return call(operation, body, answer -> {
            List<T> read = List.of();
            String nextToken = null;
            while (answer.nextMember()) {
                if (answer.name().equals(member)) {
                    read = items.read(answer);
                } else if (answer.name().equals("nextToken")) {
                    nextToken = answer.string();
                } else {
                    answer.skip();
                }
            }
            return new Page<>(read, nextToken);
        });
    }

    /** An operation whose answer has no members the client reads. */
    private CompletionStage<Void> done(CtiOperation operation, JsonObject body) {
        return call(operation, body, CtiJson::nothing);
    }

    private static JsonObject pageBody(String nextToken, int maxResults) {
        JsonObject body = new JsonObject();
        if (nextToken != null) {
            body.addProperty("nextToken", nextToken);
        }
        body.addProperty("maxResults", maxResults);
        return body;
    }

    private static JsonObject contact(String contactId) {
        JsonObject body = new JsonObject();
        body.addProperty("contactId", contactId);
        return body;
    }

    private static JsonObject contactWithEndpoint(String contactId, Endpoint endpoint) {
        JsonObject body = contact(contactId);
        body.add("endpoint", CtiJson.endpoint(endpoint));
        return body;
    }

    private static JsonObject connection(String contactId, String connectionId) {
        JsonObject body = contact(contactId);
        body.addProperty("connectionId", connectionId);
        return body;
    }
}
