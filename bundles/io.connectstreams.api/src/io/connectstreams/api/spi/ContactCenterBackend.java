/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.spi;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.softphone.IceServer;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneCallReport;

/**
 * The back-end SPI: the operations of the Amazon Connect CTI service (model {@code AmazonConnectCTIService}
 * 2017-02-15, plus {@code transferContact} and {@code addNewConnection}), typed. The worker implements it over
 * HTTPS and builds Streams' agent and contact behaviour on top of it; another transport can be plugged in by
 * registering another implementation. Streams' counterpart is the worker's {@code AWSClient}/{@code ClientMethods}.
 * <p>
 * Every method returns at once; the stage fails with a {@link io.connectstreams.api.StreamsException} subclass
 * mapped from the service's error, with {@link io.connectstreams.api.RequestTimeoutException} after the configured
 * timeout, and with {@link io.connectstreams.api.MalformedResponseException} for an unusable answer.
 */
public interface ContactCenterBackend {

    /**
     * @param nextToken the previous answer's token, {@code null} the first time
     * @param longPoll how long the back end may hold the call when nothing changed
     * @return {@code GetAgentSnapshot}
     */
    CompletionStage<SnapshotResult> getAgentSnapshot(String nextToken, Duration longPoll);

    /**
     * @return {@code GetAgentConfiguration}: the configuration without permissions, states, countries and queues
     */
    CompletionStage<AgentConfiguration> getAgentConfiguration();

    /**
     * @param configuration the new configuration (reduced as Streams' {@code _translateParams} does)
     * @return {@code UpdateAgentConfiguration}
     */
    CompletionStage<Void> updateAgentConfiguration(AgentConfiguration configuration);

    /**
     * @param nextToken page token, {@code null} for the first page
     * @param maxResults page size (Streams: 500)
     * @return {@code GetAgentStates}
     */
    CompletionStage<Page<AgentState>> getAgentStates(String nextToken, int maxResults);

    /**
     * @param nextToken page token
     * @param maxResults page size
     * @return {@code GetAgentPermissions}
     */
    CompletionStage<Page<String>> getAgentPermissions(String nextToken, int maxResults);

    /**
     * @param nextToken page token
     * @param maxResults page size
     * @return {@code GetDialableCountryCodes}
     */
    CompletionStage<Page<String>> getDialableCountryCodes(String nextToken, int maxResults);

    /**
     * @param routingProfileArn the routing profile
     * @param nextToken page token
     * @param maxResults page size
     * @return {@code GetRoutingProfileQueues}
     */
    CompletionStage<Page<Queue>> getRoutingProfileQueues(String routingProfileArn, String nextToken, int maxResults);

    /**
     * @param queueArns queues whose quick connects to list
     * @param nextToken page token
     * @param maxResults page size
     * @return {@code GetEndpoints}
     */
    CompletionStage<Page<Endpoint>> getEndpoints(List<String> queueArns, String nextToken, int maxResults);

    /**
     * @param state the state to set
     * @param enqueueNextState apply after the current contacts
     * @return {@code PutAgentState}
     */
    CompletionStage<Void> putAgentState(AgentState state, boolean enqueueNextState);

    /**
     * @param contactId the contact
     * @return {@code AcceptContact}
     */
    CompletionStage<Void> acceptContact(String contactId);

    /**
     * @param contactId the contact
     * @return {@code RejectContact}
     */
    CompletionStage<Void> rejectContact(String contactId);

    /**
     * @param contactId the contact
     * @return {@code ClearContact}
     */
    CompletionStage<Void> clearContact(String contactId);

    /**
     * @param contactId the contact
     * @return {@code CompleteContact}
     */
    CompletionStage<Void> completeContact(String contactId);

    /**
     * @param contactId the contact (tasks)
     * @return {@code PauseContact}
     */
    CompletionStage<Void> pauseContact(String contactId);

    /**
     * @param contactId the contact (tasks)
     * @return {@code ResumeContact}
     */
    CompletionStage<Void> resumeContact(String contactId);

    /**
     * @param endpoint whom to call
     * @param queueArn the outbound queue
     * @param relatedContactId related contact, may be {@code null}
     * @return {@code CreateOutboundContact}
     */
    CompletionStage<Void> createOutboundContact(Endpoint endpoint, String queueArn, String relatedContactId);

    /**
     * @param contactId the contact
     * @param endpoint whom to add
     * @return {@code CreateAdditionalConnection}
     */
    CompletionStage<Void> createAdditionalConnection(String contactId, Endpoint endpoint);

    /**
     * @param contactId the contact
     * @param endpoint whom to add
     * @return {@code addNewConnection} (not in the bundled model; same shape as CreateAdditionalConnection)
     */
    CompletionStage<Void> addNewConnection(String contactId, Endpoint endpoint);

    /**
     * @param contactId the contact
     * @param endpoint where to
     * @return {@code transferContact} (not in the bundled model; same shape as CreateAdditionalConnection)
     */
    CompletionStage<Void> transferContact(String contactId, Endpoint endpoint);

    /**
     * @param contactId the contact
     * @param connectionId the connection
     * @return {@code DestroyConnection}
     */
    CompletionStage<Void> destroyConnection(String contactId, String connectionId);

    /**
     * @param contactId the contact
     * @param connectionId the connection
     * @return {@code HoldConnection}
     */
    CompletionStage<Void> holdConnection(String contactId, String connectionId);

    /**
     * @param contactId the contact
     * @param connectionId the connection
     * @return {@code ResumeConnection}
     */
    CompletionStage<Void> resumeConnection(String contactId, String connectionId);

    /**
     * @param contactId the contact
     * @param connectionId the connection on hold, else the first active one
     * @return {@code ToggleActiveConnections}
     */
    CompletionStage<Void> toggleActiveConnections(String contactId, String connectionId);

    /**
     * @param contactId the contact
     * @return {@code ConferenceConnections}
     */
    CompletionStage<Void> conferenceConnections(String contactId);

    /**
     * @param contactId the contact
     * @param connectionId the connection
     * @param digits DTMF digits
     * @return {@code SendDigits}
     */
    CompletionStage<Void> sendDigits(String contactId, String connectionId, String digits);

    /**
     * @param contactId the contact
     * @param connectionId the participant
     * @return {@code MuteParticipant}
     */
    CompletionStage<Void> muteParticipant(String contactId, String connectionId);

    /**
     * @param contactId the contact
     * @param connectionId the participant
     * @return {@code UnmuteParticipant}
     */
    CompletionStage<Void> unmuteParticipant(String contactId, String connectionId);

    /**
     * @param contactId the contact
     * @param mode the monitoring mode
     * @return {@code UpdateMonitorParticipantState}
     */
    CompletionStage<Void> updateMonitorParticipantState(String contactId, MonitoringMode mode);

    /**
     * @param contactId the contact
     * @param issueCode the issue code
     * @param description free text
     * @return {@code NotifyContactIssue}
     */
    CompletionStage<Void> notifyContactIssue(String contactId, String issueCode, String description);

    /**
     * @param contactId the contact
     * @param statistics per-second statistics
     * @return {@code SendSoftphoneCallMetrics}
     */
    CompletionStage<Void> sendSoftphoneCallMetrics(String contactId, List<RtpStreamStats> statistics);

    /**
     * @param contactId the contact
     * @param report the call report
     * @return {@code SendSoftphoneCallReport}
     */
    CompletionStage<Void> sendSoftphoneCallReport(String contactId, SoftphoneCallReport report);

    /**
     * @return {@code CreateTransport} {@code web_socket}
     */
    CompletionStage<WebSocketTransport> createWebSocketTransport();

    /**
     * @param softphoneClientId an id of this softphone client
     * @return {@code CreateTransport} {@code softphone}: TURN servers and credentials
     */
    CompletionStage<List<IceServer>> createSoftphoneTransport(String softphoneClientId);
}
