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

import java.util.Locale;

/**
 * The CTI operations this client calls, with what the wire needs to know about each.
 */
public enum CtiOperation {
    GET_AGENT_SNAPSHOT("GetAgentSnapshot", true, true),
    GET_AGENT_CONFIGURATION("GetAgentConfiguration", true, true),
    UPDATE_AGENT_CONFIGURATION("UpdateAgentConfiguration", true, false),
    GET_AGENT_STATES("GetAgentStates", true, true),
    GET_AGENT_PERMISSIONS("GetAgentPermissions", true, true),
    GET_DIALABLE_COUNTRY_CODES("GetDialableCountryCodes", true, true),
    GET_ROUTING_PROFILE_QUEUES("GetRoutingProfileQueues", true, true),
    GET_ENDPOINTS("GetEndpoints", true, false),
    PUT_AGENT_STATE("PutAgentState", true, false),
    ACCEPT_CONTACT("AcceptContact", true, false),
    REJECT_CONTACT("RejectContact", false, false),
    CLEAR_CONTACT("ClearContact", false, false),
    COMPLETE_CONTACT("CompleteContact", false, false),
    PAUSE_CONTACT("PauseContact", false, false),
    RESUME_CONTACT("ResumeContact", false, false),
    CREATE_OUTBOUND_CONTACT("CreateOutboundContact", true, false),
    CREATE_ADDITIONAL_CONNECTION("CreateAdditionalConnection", true, false),
    ADD_NEW_CONNECTION("AddNewConnection", false, false),
    TRANSFER_CONTACT("TransferContact", false, false),
    DESTROY_CONNECTION("DestroyConnection", true, false),
    HOLD_CONNECTION("HoldConnection", true, false),
    RESUME_CONNECTION("ResumeConnection", true, false),
    TOGGLE_ACTIVE_CONNECTIONS("ToggleActiveConnections", true, false),
    CONFERENCE_CONNECTIONS("ConferenceConnections", true, false),
    SEND_DIGITS("SendDigits", true, false),
    MUTE_PARTICIPANT("MuteParticipant", true, false),
    UNMUTE_PARTICIPANT("UnmuteParticipant", true, false),
    UPDATE_MONITOR_PARTICIPANT_STATE("UpdateMonitorParticipantState", false, false),
    NOTIFY_CONTACT_ISSUE("NotifyContactIssue", true, false),
    SEND_SOFTPHONE_CALL_METRICS("SendSoftphoneCallMetrics", true, false),
    SEND_SOFTPHONE_CALL_REPORT("SendSoftphoneCallReport", true, false),
    CREATE_TRANSPORT("CreateTransport", true, false);

    private static final String TARGET_PREFIX = "AmazonConnectCTIService.";

    private final String wireName;
    private final boolean needsAuthentication;
    private final boolean pollOperation;

    CtiOperation(String wireName, boolean needsAuthentication, boolean pollOperation) {
        this.wireName = wireName;
        this.needsAuthentication = needsAuthentication;
        this.pollOperation = pollOperation;
    }

    /**
     * @return the operation name of the model, for example {@code GetAgentSnapshot}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * @return the {@code X-Amz-Target} header value
     */
    String target() {
        return TARGET_PREFIX + wireName;
    }

    /**
     * @return whether the body carries {@code authentication.authToken} (all but the operations Streams'
     *         {@code _requiresAuthenticationParam} exempts)
     */
    boolean needsAuthentication() {
        return needsAuthentication;
    }

    /**
     * @return whether it is one of the polling operations Streams retries under the 401/403 budgets
     */
    boolean pollOperation() {
        return pollOperation;
    }

    /**
     * @return Streams' client method name, used as the {@code api_metric} name, for example {@code getAgentSnapshot}
     */
    public String metricName() {
        return wireName.substring(0, 1).toLowerCase(Locale.ROOT) + wireName.substring(1);
    }
}
