/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The strings the agent view shows ({@code messages.properties}).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "io.connectstreams.ui.internal.messages"; //$NON-NLS-1$

    /** See {@code messages.properties}. */
    public static String Action_failed;

    /** See {@code messages.properties}. */
    public static String AudioBar_mute;

    /** See {@code messages.properties}. */
    public static String AudioBar_muted;

    /** See {@code messages.properties}. */
    public static String AudioBar_unmute;

    /** See {@code messages.properties}. */
    public static String AudioBar_muteTooltip;

    /** See {@code messages.properties}. */
    public static String AudioBar_serverMute;

    /** See {@code messages.properties}. */
    public static String AudioBar_forcedMute;

    /** See {@code messages.properties}. */
    public static String AudioBar_levelAccessibleName;

    /** See {@code messages.properties}. */
    public static String AudioBar_noMedia;

    /** See {@code messages.properties}. */
    public static String AudioBar_quality;

    /** See {@code messages.properties}. */
    public static String BrowserSignIn_title;

    /** See {@code messages.properties}. */
    public static String BrowserSignIn_intro;

    /** See {@code messages.properties}. */
    public static String BrowserSignIn_unavailable;

    /** See {@code messages.properties}. */
    public static String CallDetails_title;

    /** See {@code messages.properties}. */
    public static String CallDetails_field;

    /** See {@code messages.properties}. */
    public static String CallDetails_contactId;

    /** See {@code messages.properties}. */
    public static String CallDetails_type;

    /** See {@code messages.properties}. */
    public static String CallDetails_answer;

    /** See {@code messages.properties}. */
    public static String CallDetails_end;

    /** See {@code messages.properties}. */
    public static String CallDetails_ring;

    /** See {@code messages.properties}. */
    public static String CallDetails_hold;

    /** See {@code messages.properties}. */
    public static String CallDetails_holdValue;

    /** See {@code messages.properties}. */
    public static String CallDetails_afterCallWork;

    /** See {@code messages.properties}. */
    public static String CallDetails_muteCount;

    /** See {@code messages.properties}. */
    public static String CallDetails_quality;

    /** See {@code messages.properties}. */
    public static String CallDetails_qualityValue;

    /** See {@code messages.properties}. */
    public static String CallDetails_noQuality;

    /** See {@code messages.properties}. */
    public static String CallLog_title;

    /** See {@code messages.properties}. */
    public static String CallLog_filter;

    /** See {@code messages.properties}. */
    public static String CallLog_filterTooltip;

    /** See {@code messages.properties}. */
    public static String CallLog_unavailable;

    /** See {@code messages.properties}. */
    public static String CallLog_export;

    /** See {@code messages.properties}. */
    public static String CallLog_exportTooltip;

    /** See {@code messages.properties}. */
    public static String CallLog_exportTitle;

    /** See {@code messages.properties}. */
    public static String CallLog_exportJob;

    /** See {@code messages.properties}. */
    public static String CallLog_exported;

    /** See {@code messages.properties}. */
    public static String CallLog_queryJob;

    /** See {@code messages.properties}. */
    public static String CallLog_start;

    /** See {@code messages.properties}. */
    public static String CallLog_direction;

    /** See {@code messages.properties}. */
    public static String CallLog_number;

    /** See {@code messages.properties}. */
    public static String CallLog_name;

    /** See {@code messages.properties}. */
    public static String CallLog_queue;

    /** See {@code messages.properties}. */
    public static String CallLog_outcome;

    /** See {@code messages.properties}. */
    public static String CallLog_talk;

    /** See {@code messages.properties}. */
    public static String CallLog_inbound;

    /** See {@code messages.properties}. */
    public static String CallLog_outbound;

    /** See {@code messages.properties}. */
    public static String CallLog_callback;

    /** See {@code messages.properties}. */
    public static String CallLog_answered;

    /** See {@code messages.properties}. */
    public static String CallLog_missed;

    /** See {@code messages.properties}. */
    public static String CallLog_rejected;

    /** See {@code messages.properties}. */
    public static String CallLog_transferred;

    /** See {@code messages.properties}. */
    public static String CallLog_failed;

    /** See {@code messages.properties}. */
    public static String CallLog_ongoing;

    /** See {@code messages.properties}. */
    public static String Command_toggleMute;

    /** See {@code messages.properties}. */
    public static String Contact_unknownCaller;

    /** See {@code messages.properties}. */
    public static String Contact_nameAndNumber;

    /** See {@code messages.properties}. */
    public static String Contact_incoming;

    /** See {@code messages.properties}. */
    public static String Contact_pending;

    /** See {@code messages.properties}. */
    public static String Contact_ringing;

    /** See {@code messages.properties}. */
    public static String Contact_dialing;

    /** See {@code messages.properties}. */
    public static String Contact_connected;

    /** See {@code messages.properties}. */
    public static String Contact_onHold;

    /** See {@code messages.properties}. */
    public static String Contact_afterCallWork;

    /** See {@code messages.properties}. */
    public static String Contact_missed;

    /** See {@code messages.properties}. */
    public static String Contact_rejected;

    /** See {@code messages.properties}. */
    public static String Contact_error;

    /** See {@code messages.properties}. */
    public static String Contact_paused;

    /** See {@code messages.properties}. */
    public static String Contacts_title;

    /** See {@code messages.properties}. */
    public static String Contacts_caller;

    /** See {@code messages.properties}. */
    public static String Contacts_queue;

    /** See {@code messages.properties}. */
    public static String Contacts_state;

    /** See {@code messages.properties}. */
    public static String Contacts_duration;

    /** See {@code messages.properties}. */
    public static String Contacts_accept;

    /** See {@code messages.properties}. */
    public static String Contacts_acceptTooltip;

    /** See {@code messages.properties}. */
    public static String Contacts_reject;

    /** See {@code messages.properties}. */
    public static String Contacts_rejectTooltip;

    /** See {@code messages.properties}. */
    public static String Contacts_hold;

    /** See {@code messages.properties}. */
    public static String Contacts_holdTooltip;

    /** See {@code messages.properties}. */
    public static String Contacts_resume;

    /** See {@code messages.properties}. */
    public static String Contacts_resumeTooltip;

    /** See {@code messages.properties}. */
    public static String Contacts_hangUp;

    /** See {@code messages.properties}. */
    public static String Contacts_hangUpTooltip;

    /** See {@code messages.properties}. */
    public static String Contacts_noAgentConnection;

    /** See {@code messages.properties}. */
    public static String Contacts_clear;

    /** See {@code messages.properties}. */
    public static String Contacts_clearTooltip;

    /** See {@code messages.properties}. */
    public static String Contacts_transfer;

    /** See {@code messages.properties}. */
    public static String Contacts_transferTooltip;

    /** See {@code messages.properties}. */
    public static String Contacts_dtmf;

    /** See {@code messages.properties}. */
    public static String Contacts_dtmfTooltip;

    /** See {@code messages.properties}. */
    public static String Contacts_dtmfAccessibleName;

    /** See {@code messages.properties}. */
    public static String Notification_title;

    /** See {@code messages.properties}. */
    public static String Notification_callback;

    /** See {@code messages.properties}. */
    public static String Notification_from;

    /** See {@code messages.properties}. */
    public static String Notification_queue;

    /** See {@code messages.properties}. */
    public static String Preferences_description;

    /** See {@code messages.properties}. */
    public static String Preferences_instanceUrl;

    /** See {@code messages.properties}. */
    public static String Preferences_loginUrl;

    /** See {@code messages.properties}. */
    public static String Preferences_region;

    /** See {@code messages.properties}. */
    public static String Preferences_trustedCertificate;

    /** See {@code messages.properties}. */
    public static String Preferences_cookieName;

    /** See {@code messages.properties}. */
    public static String Preferences_notifications;

    /** See {@code messages.properties}. */
    public static String Preferences_ringtoneVoice;

    /** See {@code messages.properties}. */
    public static String Preferences_ringtoneCallback;

    /** See {@code messages.properties}. */
    public static String Preferences_ringtoneChat;

    /** See {@code messages.properties}. */
    public static String Preferences_ringtoneTask;

    /** See {@code messages.properties}. */
    public static String Preferences_ringtoneOff;

    /** See {@code messages.properties}. */
    public static String Preferences_fileMissing;

    /** See {@code messages.properties}. */
    public static String Preferences_devices;

    /** See {@code messages.properties}. */
    public static String Preferences_microphone;

    /** See {@code messages.properties}. */
    public static String Preferences_speaker;

    /** See {@code messages.properties}. */
    public static String Preferences_ringer;

    /** See {@code messages.properties}. */
    public static String Preferences_noSoftphone;

    /** See {@code messages.properties}. */
    public static String Preferences_notSaved;

    /** See {@code messages.properties}. */
    public static String Preferences_noRingtones;

    /** See {@code messages.properties}. */
    public static String Preferences_devicesLoading;

    /** See {@code messages.properties}. */
    public static String Preferences_devicesJob;

    /** See {@code messages.properties}. */
    public static String Preferences_devicesFailed;

    /** See {@code messages.properties}. */
    public static String SessionBar_signIn;

    /** See {@code messages.properties}. */
    public static String SessionBar_signInTooltip;

    /** See {@code messages.properties}. */
    public static String SessionBar_storedSignIn;

    /** See {@code messages.properties}. */
    public static String SessionBar_storedSignInTooltip;

    /** See {@code messages.properties}. */
    public static String SessionBar_signOut;

    /** See {@code messages.properties}. */
    public static String SessionBar_signOutTooltip;

    /** See {@code messages.properties}. */
    public static String SignIn_prepareJob;

    /** See {@code messages.properties}. */
    public static String StateBar_label;

    /** See {@code messages.properties}. */
    public static String StateBar_tooltip;

    /** See {@code messages.properties}. */
    public static String StateBar_accessibleName;

    /** See {@code messages.properties}. */
    public static String StateBar_durationTooltip;

    /** See {@code messages.properties}. */
    public static String StateBar_change;

    /** See {@code messages.properties}. */
    public static String StatusLine_signedOut;

    /** See {@code messages.properties}. */
    public static String StatusLine_state;

    /** See {@code messages.properties}. */
    public static String StatusLine_tooltip;

    /** See {@code messages.properties}. */
    public static String Status_signedOut;

    /** See {@code messages.properties}. */
    public static String Status_signingIn;

    /** See {@code messages.properties}. */
    public static String Status_noService;

    /** See {@code messages.properties}. */
    public static String Status_connecting;

    /** See {@code messages.properties}. */
    public static String Status_connected;

    /** See {@code messages.properties}. */
    public static String Status_reconnecting;

    /** See {@code messages.properties}. */
    public static String Transfer_title;

    /** See {@code messages.properties}. */
    public static String Transfer_label;

    /** See {@code messages.properties}. */
    public static String Transfer_filter;

    /** See {@code messages.properties}. */
    public static String Transfer_transfer;

    /** See {@code messages.properties}. */
    public static String Transfer_add;

    /** See {@code messages.properties}. */
    public static String Transfer_phoneNumber;

    /** See {@code messages.properties}. */
    public static String Transfer_agent;

    /** See {@code messages.properties}. */
    public static String Transfer_queue;

    /** See {@code messages.properties}. */
    public static String View_noSoftphone;

    /** See {@code messages.properties}. */
    public static String View_noRinger;

    /** See {@code messages.properties}. */
    public static String View_signedOutBecause;

    // Transfer and notifications (issue 12)

    /** See {@code messages.properties}. */
    public static String Transfer_dial;

    // the agent panel: contact card, friendly states, mute badge, ringing, messages (issue 12)

    /** See {@code messages.properties}. */
    public static String Card_title;

    /** See {@code messages.properties}. */
    public static String Card_noContact;

    /** See {@code messages.properties}. */
    public static String Card_noContactHint;

    /** See {@code messages.properties}. */
    public static String Card_nameAccessibleName;

    /** See {@code messages.properties}. */
    public static String Card_numberAccessibleName;

    /** See {@code messages.properties}. */
    public static String Card_queueAccessibleName;

    /** See {@code messages.properties}. */
    public static String Card_stateAccessibleName;

    /** See {@code messages.properties}. */
    public static String Card_timerAccessibleName;

    /** See {@code messages.properties}. */
    public static String Card_timerTooltip;

    /** See {@code messages.properties}. */
    public static String Card_countdown;

    /** See {@code messages.properties}. */
    public static String Card_countdownTooltip;

    /** See {@code messages.properties}. */
    public static String Card_keypad;

    /** See {@code messages.properties}. */
    public static String Card_keypadTooltip;

    /** See {@code messages.properties}. */
    public static String AgentState_changingTo;

    /** See {@code messages.properties}. */
    public static String AgentState_chooseTooltip;

    /** See {@code messages.properties}. */
    public static String AgentState_badgeAccessibleName;

    /** See {@code messages.properties}. */
    public static String AgentState_PendingBusy;

    /** See {@code messages.properties}. */
    public static String AgentState_Busy;

    /** See {@code messages.properties}. */
    public static String AgentState_BusyTask;

    /** See {@code messages.properties}. */
    public static String AgentState_PendingBusyTask;

    /** See {@code messages.properties}. */
    public static String AgentState_CallingCustomer;

    /** See {@code messages.properties}. */
    public static String AgentState_AfterCallWork;

    /** See {@code messages.properties}. */
    public static String AgentState_MissedCallAgent;

    /** See {@code messages.properties}. */
    public static String AgentState_MissedCallCustomer;

    /** See {@code messages.properties}. */
    public static String AgentState_FailedConnectAgent;

    /** See {@code messages.properties}. */
    public static String AgentState_FailedConnectCustomer;

    /** See {@code messages.properties}. */
    public static String AgentState_LineEngagedAgent;

    /** See {@code messages.properties}. */
    public static String AgentState_LineEngagedCustomer;

    /** See {@code messages.properties}. */
    public static String AgentState_BadAddressAgent;

    /** See {@code messages.properties}. */
    public static String AgentState_BadAddressCustomer;

    /** See {@code messages.properties}. */
    public static String AgentState_AgentHungUp;

    /** See {@code messages.properties}. */
    public static String AgentState_RealtimeCommunicationError;

    /** See {@code messages.properties}. */
    public static String AgentState_MultipleCcpWindows;

    /** See {@code messages.properties}. */
    public static String AgentState_InvalidLocale;

    /** See {@code messages.properties}. */
    public static String AgentState_Error;

    /** See {@code messages.properties}. */
    public static String AgentState_Init;

    /** See {@code messages.properties}. */
    public static String Mute_badge;

    /** See {@code messages.properties}. */
    public static String Mute_badgeAccessibleName;

    /** See {@code messages.properties}. */
    public static String Mute_bySupervisor;

    /** See {@code messages.properties}. */
    public static String Mute_onServer;

    /** See {@code messages.properties}. */
    public static String Quality_tooltip;

    /** See {@code messages.properties}. */
    public static String Quality_good;

    /** See {@code messages.properties}. */
    public static String Quality_fair;

    /** See {@code messages.properties}. */
    public static String Quality_poor;

    /** See {@code messages.properties}. */
    public static String Quality_bad;

    /** See {@code messages.properties}. */
    public static String Quality_noMedia;

    /** See {@code messages.properties}. */
    public static String Missed_banner;

    /** See {@code messages.properties}. */
    public static String Missed_bannerNoCaller;

    /** See {@code messages.properties}. */
    public static String Missed_goAvailable;

    /** See {@code messages.properties}. */
    public static String Missed_goAvailableTooltip;

    /** See {@code messages.properties}. */
    public static String Message_close;

    /** See {@code messages.properties}. */
    public static String Message_closeTooltip;

    // the sign-in browser's trust of the configuration's certificate

    /** See {@code messages.properties}. */
    public static String BrowserSignIn_trustJob;

    // tasks and supervisors on the card (issue 13)

    /** See {@code messages.properties}. */
    public static String Task_iconTooltip;

    /** See {@code messages.properties}. */
    public static String Task_incoming;

    /** See {@code messages.properties}. */
    public static String Task_missed;

    /** See {@code messages.properties}. */
    public static String Task_descriptionAccessibleName;

    /** See {@code messages.properties}. */
    public static String Task_referencesAccessibleName;

    /** See {@code messages.properties}. */
    public static String Task_pause;

    /** See {@code messages.properties}. */
    public static String Task_pauseTooltip;

    /** See {@code messages.properties}. */
    public static String Task_resume;

    /** See {@code messages.properties}. */
    public static String Task_resumeTooltip;

    /** See {@code messages.properties}. */
    public static String Task_end;

    /** See {@code messages.properties}. */
    public static String Task_endTooltip;

    /** See {@code messages.properties}. */
    public static String Task_linkTooltip;

    /** See {@code messages.properties}. */
    public static String Task_referenceText;

    /** See {@code messages.properties}. */
    public static String Task_openFailed;

    /** See {@code messages.properties}. */
    public static String Monitor_agent;

    /** See {@code messages.properties}. */
    public static String Monitor_agentAccessibleName;

    /** See {@code messages.properties}. */
    public static String Monitor_listening;

    /** See {@code messages.properties}. */
    public static String Monitor_barged;

    /** See {@code messages.properties}. */
    public static String Monitor_statusAccessibleName;

    /** See {@code messages.properties}. */
    public static String Monitor_barge;

    /** See {@code messages.properties}. */
    public static String Monitor_bargeTooltip;

    /** See {@code messages.properties}. */
    public static String Monitor_listenOnly;

    /** See {@code messages.properties}. */
    public static String Monitor_listenOnlyTooltip;

    /** See {@code messages.properties}. */
    public static String Monitor_leave;

    /** See {@code messages.properties}. */
    public static String Monitor_leaveTooltip;

    /** See {@code messages.properties}. */
    public static String Monitor_supervisorJoined;

    /** See {@code messages.properties}. */
    public static String Monitor_supervisorJoinedAccessibleName;

    // the wrap-up form (after-call work)

    /** See {@code messages.properties}. */
    public static String WrapUp_title;

    /** See {@code messages.properties}. */
    public static String WrapUp_disposition;

    /** See {@code messages.properties}. */
    public static String WrapUp_dispositionTooltip;

    /** See {@code messages.properties}. */
    public static String WrapUp_noDisposition;

    /** See {@code messages.properties}. */
    public static String WrapUp_notes;

    /** See {@code messages.properties}. */
    public static String WrapUp_notesTooltip;

    // click-to-dial: the dial field and the dial command

    /** See {@code messages.properties}. */
    public static String Dial_label;

    /** See {@code messages.properties}. */
    public static String Dial_hint;

    /** See {@code messages.properties}. */
    public static String Dial_call;

    /** See {@code messages.properties}. */
    public static String Dial_callTooltip;

    /** See {@code messages.properties}. */
    public static String Dial_queue;

    /** See {@code messages.properties}. */
    public static String Dial_queueTooltip;

    /** See {@code messages.properties}. */
    public static String Dial_readable;

    /** See {@code messages.properties}. */
    public static String Dial_refused;

    /** See {@code messages.properties}. */
    public static String Dial_job;

    /** See {@code messages.properties}. */
    public static String Dial_problemEmpty;

    /** See {@code messages.properties}. */
    public static String Dial_problemNotANumber;

    /** See {@code messages.properties}. */
    public static String Dial_problemNoCountry;

    /** See {@code messages.properties}. */
    public static String Dial_problemCountryCode;

    /** See {@code messages.properties}. */
    public static String Dial_problemTooShort;

    /** See {@code messages.properties}. */
    public static String Dial_problemTooLong;

    /** See {@code messages.properties}. */
    public static String Dial_problemInvalid;

    /** See {@code messages.properties}. */
    public static String Dial_problemExtension;

    /** See {@code messages.properties}. */
    public static String Dial_problemCountry;

    // the agent panel's polish: accessible names (issue 12)

    /** See {@code messages.properties}. */
    public static String Message_accessibleName;

    // the call log's tasks and monitored calls

    /** See {@code messages.properties}. */
    public static String CallLog_task;

    /** See {@code messages.properties}. */
    public static String CallLog_monitored;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
