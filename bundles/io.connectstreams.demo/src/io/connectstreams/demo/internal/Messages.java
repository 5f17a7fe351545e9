/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The demo's strings ({@code messages.properties}).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.connectstreams.demo.internal.messages"; //$NON-NLS-1$

    /** {@code DemoApplication_title}. */
    public static String DemoApplication_title;
    /** {@code SignIn_job}. */
    public static String SignIn_job;
    /** {@code SignIn_done}. */
    public static String SignIn_done;
    /** {@code SignIn_failed}. */
    public static String SignIn_failed;
    /** {@code Service_missing}. */
    public static String Service_missing;
    /** {@code Error_withReason}. */
    public static String Error_withReason;
    /** {@code CustomerList_name}. */
    public static String CustomerList_name;
    /** {@code CustomerList_company}. */
    public static String CustomerList_company;
    /** {@code CustomerList_phone}. */
    public static String CustomerList_phone;
    /** {@code CustomerList_tier}. */
    public static String CustomerList_tier;
    /** {@code Customer_label}. */
    public static String Customer_label;
    /** {@code Tier_platinum}. */
    public static String Tier_platinum;
    /** {@code Tier_gold}. */
    public static String Tier_gold;
    /** {@code Tier_silver}. */
    public static String Tier_silver;
    /** {@code Tier_bronze}. */
    public static String Tier_bronze;
    /** {@code CustomerDetail_waiting}. */
    public static String CustomerDetail_waiting;
    /** {@code CustomerDetail_customerId}. */
    public static String CustomerDetail_customerId;
    /** {@code CustomerDetail_company}. */
    public static String CustomerDetail_company;
    /** {@code CustomerDetail_phone}. */
    public static String CustomerDetail_phone;
    /** {@code CustomerDetail_email}. */
    public static String CustomerDetail_email;
    /** {@code CustomerDetail_tier}. */
    public static String CustomerDetail_tier;
    /** {@code CustomerDetail_notes}. */
    public static String CustomerDetail_notes;
    /** {@code CustomerDetail_call}. */
    public static String CustomerDetail_call;
    /** {@code CustomerDetail_callback}. */
    public static String CustomerDetail_callback;
    /** {@code CustomerDetail_unknownCaller}. */
    public static String CustomerDetail_unknownCaller;
    /** {@code CustomerDetail_withheld}. */
    public static String CustomerDetail_withheld;
    /** {@code CustomerDetail_unknownNote}. */
    public static String CustomerDetail_unknownNote;
    /** {@code CustomerDetail_openFailed}. */
    public static String CustomerDetail_openFailed;
    /** {@code Calls_placed}. */
    public static String Calls_placed;
    /** {@code Calls_callbackPlaced}. */
    public static String Calls_callbackPlaced;
    /** {@code Calls_unknownPlaced}. */
    public static String Calls_unknownPlaced;
    /** {@code Calls_placeFailed}. */
    public static String Calls_placeFailed;
    /** {@code Calls_chooseTitle}. */
    public static String Calls_chooseTitle;
    /** {@code Calls_chooseMessage}. */
    public static String Calls_chooseMessage;
    /** {@code Calls_hungUp}. */
    public static String Calls_hungUp;
    /** {@code Calls_hangUpTitle}. */
    public static String Calls_hangUpTitle;
    /** {@code Calls_noActiveCall}. */
    public static String Calls_noActiveCall;
    /** {@code Calls_hangUpFailed}. */
    public static String Calls_hangUpFailed;
    /** {@code Timer_title}. */
    public static String Timer_title;
    /** {@code Timer_message}. */
    public static String Timer_message;
    /** {@code Timer_invalid}. */
    public static String Timer_invalid;
    /** {@code Timer_started}. */
    public static String Timer_started;
    /** {@code Timer_stopped}. */
    public static String Timer_stopped;
    /** {@code Timer_failed}. */
    public static String Timer_failed;
    /** {@code Info_title}. */
    public static String Info_title;
    /** {@code Info_failed}. */
    public static String Info_failed;
    /** {@code Info_instanceUrl}. */
    public static String Info_instanceUrl;
    /** {@code Info_loginPage}. */
    public static String Info_loginPage;
    /** {@code Info_ccpPage}. */
    public static String Info_ccpPage;
    /** {@code Info_ctiApi}. */
    public static String Info_ctiApi;
    /** {@code Info_controlApi}. */
    public static String Info_controlApi;
    /** {@code Info_controlKey}. */
    public static String Info_controlKey;
    /** {@code Info_certificate}. */
    public static String Info_certificate;
    /** {@code Info_connectionFile}. */
    public static String Info_connectionFile;
    /** {@code Info_signedInAgent}. */
    public static String Info_signedInAgent;
    /** {@code Info_agents}. */
    public static String Info_agents;
    /** {@code Info_agent}. */
    public static String Info_agent;

    // the customer pane following the call, its empty state, and unknown callers
    /** {@code CustomerDetail_emptyState}. */
    public static String CustomerDetail_emptyState;
    /** {@code CallPhase_onCall}. */
    public static String CallPhase_onCall;
    /** {@code CallPhase_ended}. */
    public static String CallPhase_ended;
    /** {@code CallPhase_missed}. */
    public static String CallPhase_missed;
    /** {@code CallPhase_rejected}. */
    public static String CallPhase_rejected;
    /** {@code CustomerDetail_create}. */
    public static String CustomerDetail_create;
    /** {@code CustomerDetail_createTitle}. */
    public static String CustomerDetail_createTitle;
    /** {@code CustomerDetail_createMessage}. */
    public static String CustomerDetail_createMessage;
    /** {@code CustomerDetail_createNameMissing}. */
    public static String CustomerDetail_createNameMissing;
    /** {@code CustomerDetail_createdNote}. */
    public static String CustomerDetail_createdNote;
    /** {@code CustomerDetail_search}. */
    public static String CustomerDetail_search;
    /** {@code CustomerDetail_searchTitle}. */
    public static String CustomerDetail_searchTitle;
    /** {@code CustomerDetail_searchMessage}. */
    public static String CustomerDetail_searchMessage;
    /** {@code CustomerDetail_searchNone}. */
    public static String CustomerDetail_searchNone;

    // the customer's call history (wrap-up)
    /** {@code CustomerDetail_history}. */
    public static String CustomerDetail_history;
    /** {@code CustomerDetail_historyTime}. */
    public static String CustomerDetail_historyTime;
    /** {@code CustomerDetail_historyDirection}. */
    public static String CustomerDetail_historyDirection;
    /** {@code CustomerDetail_historyOutcome}. */
    public static String CustomerDetail_historyOutcome;
    /** {@code CustomerDetail_historyTalk}. */
    public static String CustomerDetail_historyTalk;
    /** {@code CustomerDetail_historyDisposition}. */
    public static String CustomerDetail_historyDisposition;
    /** {@code CustomerDetail_historyNotes}. */
    public static String CustomerDetail_historyNotes;
    /** {@code Direction_inbound}. */
    public static String Direction_inbound;
    /** {@code Direction_outbound}. */
    public static String Direction_outbound;
    /** {@code Direction_callback}. */
    public static String Direction_callback;
    /** {@code Outcome_answered}. */
    public static String Outcome_answered;
    /** {@code Outcome_missed}. */
    public static String Outcome_missed;
    /** {@code Outcome_rejected}. */
    public static String Outcome_rejected;
    /** {@code Outcome_transferred}. */
    public static String Outcome_transferred;
    /** {@code Outcome_failed}. */
    public static String Outcome_failed;
    /** {@code Outcome_ongoing}. */
    public static String Outcome_ongoing;

    // the customer list's Call: click-to-dial
    /** {@code Dial_signInFirst}. */
    public static String Dial_signInFirst;
    /** {@code Dial_refused}. */
    public static String Dial_refused;
    /** {@code Dial_calling}. */
    public static String Dial_calling;
    /** {@code Dial_failed}. */
    public static String Dial_failed;

    // the call log's monitored calls
    /** {@code Outcome_monitored}. */
    public static String Outcome_monitored;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
