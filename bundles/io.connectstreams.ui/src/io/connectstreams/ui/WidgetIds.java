/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui;

/**
 * Names set with {@code widget.setData(KEY, id)} on the agent view's controls (and its dialogs, notifications,
 * status line and preference page), so UI tests, an embedder's testers and accessibility tools find a control
 * without depending on its label, language or position.
 */
public final class WidgetIds {

    /** The data key: {@code control.getData(WidgetIds.KEY)} gives the control's id. */
    public static final String KEY = "io.connectstreams.ui.id"; //$NON-NLS-1$

    /** A second data key: a notification's shell carries its contact's id under it. */
    public static final String CONTACT_ID = "io.connectstreams.ui.contactId"; //$NON-NLS-1$

    /** The agent's name (label). */
    public static final String AGENT_NAME = "agentName"; //$NON-NLS-1$

    /** The link status: signed out, connecting, connected, reconnecting (label). */
    public static final String CONNECTION_STATUS = "connectionStatus"; //$NON-NLS-1$

    /** Opens the instance's login page in an embedded browser (button, shown when signed out). */
    public static final String SIGN_IN = "signIn"; //$NON-NLS-1$

    /** Signs in with the session kept in secure storage (button, shown when one is stored). */
    public static final String SIGN_IN_STORED = "signInStored"; //$NON-NLS-1$

    /** Signs out and forgets the stored session (button, shown when signed in). */
    public static final String SIGN_OUT = "signOut"; //$NON-NLS-1$

    /** The last error or information (read-only text, shown when there is one). */
    public static final String MESSAGE = "message"; //$NON-NLS-1$

    /** The agent-state selector (combo). */
    public static final String AGENT_STATE = "agentState"; //$NON-NLS-1$

    /** The time in the current state (label, ticks every second). */
    public static final String STATE_DURATION = "stateDuration"; //$NON-NLS-1$

    /** The local mute (toggle button). */
    public static final String MUTE = "mute"; //$NON-NLS-1$

    /** The server-side mute of the agent's participant (label, shown only when muted on the server). */
    public static final String SERVER_MUTE = "serverMute"; //$NON-NLS-1$

    /**
     * The level of the received audio (was a progress bar). No control carries it any more: the call-quality icon
     * ({@link #CALL_QUALITY}) gives the level in its tooltip.
     */
    public static final String AUDIO_LEVEL = "audioLevel"; //$NON-NLS-1$

    /** The call quality: a bars icon whose tooltip and accessible name give the figures (label). */
    public static final String CALL_QUALITY = "callQuality"; //$NON-NLS-1$

    /** Why calls may have no audio here: no softphone (label, shown only then). */
    public static final String MEDIA_NOTE = "mediaNote"; //$NON-NLS-1$

    /** The current contacts (table: caller, queue, state, time in state). */
    public static final String CONTACTS = "contacts"; //$NON-NLS-1$

    /** Accepts the selected contact (button). */
    public static final String ACCEPT = "accept"; //$NON-NLS-1$

    /** Rejects the selected contact (button). */
    public static final String REJECT = "reject"; //$NON-NLS-1$

    /** Holds or resumes the selected contact's customer (button; its text says which). */
    public static final String HOLD = "hold"; //$NON-NLS-1$

    /** Hangs up: destroys the agent's connection (button). */
    public static final String HANG_UP = "hangUp"; //$NON-NLS-1$

    /** Clears the selected contact after its after-call work (button). */
    public static final String CLEAR = "clear"; //$NON-NLS-1$

    /** Opens the quick-connect dialog to transfer the call or add a party (button). */
    public static final String TRANSFER = "transfer"; //$NON-NLS-1$

    /** The quick-connect dialog (its shell). */
    public static final String TRANSFER_DIALOG = "transferDialog"; //$NON-NLS-1$

    /** The quick-connect dialog's filter (text). */
    public static final String TRANSFER_FILTER = "transferFilter"; //$NON-NLS-1$

    /** The quick connects (table in the transfer dialog). */
    public static final String TRANSFER_LIST = "transferList"; //$NON-NLS-1$

    /** Transfers to the chosen quick connect (button in the transfer dialog). */
    public static final String TRANSFER_CONFIRM = "transferConfirm"; //$NON-NLS-1$

    /** Adds the chosen quick connect to the call (button in the transfer dialog). */
    public static final String TRANSFER_ADD = "transferAdd"; //$NON-NLS-1$

    /** The call log (table). */
    public static final String CALL_LOG = "callLog"; //$NON-NLS-1$

    /** The call log's filter: number, name or queue (text). */
    public static final String CALL_LOG_FILTER = "callLogFilter"; //$NON-NLS-1$

    /** Exports the call log to CSV (button). */
    public static final String CALL_LOG_EXPORT = "callLogExport"; //$NON-NLS-1$

    /** Says the call log service is missing (label, shown only then). */
    public static final String CALL_LOG_UNAVAILABLE = "callLogUnavailable"; //$NON-NLS-1$

    /** The details dialog of a call-log entry (its shell). */
    public static final String CALL_DETAILS = "callDetails"; //$NON-NLS-1$

    /** Each value in the details dialog (read-only text). */
    public static final String CALL_DETAILS_FIELD = "callDetailsField"; //$NON-NLS-1$

    /** A desktop notification of an offered contact (its shell; {@link #CONTACT_ID} holds the contact). */
    public static final String NOTIFICATION = "notification"; //$NON-NLS-1$

    /** Who calls: the host's name of the party, else the readable number (label in a notification). */
    public static final String NOTIFICATION_TEXT = "notificationText"; //$NON-NLS-1$

    /** Accepts the contact of a notification (button). */
    public static final String NOTIFICATION_ACCEPT = "notificationAccept"; //$NON-NLS-1$

    /** Rejects the contact of a notification (button). */
    public static final String NOTIFICATION_REJECT = "notificationReject"; //$NON-NLS-1$

    /** The browser sign-in dialog (its shell). */
    public static final String SIGN_IN_DIALOG = "signInDialog"; //$NON-NLS-1$

    /** The embedded browser showing the login page. */
    public static final String SIGN_IN_BROWSER = "signInBrowser"; //$NON-NLS-1$

    /** Says why the embedded browser cannot run (label, instead of the browser). */
    public static final String SIGN_IN_BROWSER_UNAVAILABLE = "signInBrowserUnavailable"; //$NON-NLS-1$

    /** The agent's state in the workbench window's status line (label). */
    public static final String STATUS_LINE_STATE = "statusLineState"; //$NON-NLS-1$

    /** Preference page: instance URL (text). */
    public static final String PREF_INSTANCE_URL = "prefInstanceUrl"; //$NON-NLS-1$

    /** Preference page: login URL (text). */
    public static final String PREF_LOGIN_URL = "prefLoginUrl"; //$NON-NLS-1$

    /** Preference page: region (text). */
    public static final String PREF_REGION = "prefRegion"; //$NON-NLS-1$

    /** Preference page: trusted certificate file (text). */
    public static final String PREF_TRUSTED_CERTIFICATE = "prefTrustedCertificate"; //$NON-NLS-1$

    /** Preference page: session cookie name (text). */
    public static final String PREF_COOKIE_NAME = "prefCookieName"; //$NON-NLS-1$

    /** Preference page: notifications on or off (check box). */
    public static final String PREF_NOTIFICATIONS = "prefNotifications"; //$NON-NLS-1$

    /** Preference page: microphone (combo, enabled with the softphone). */
    public static final String PREF_MICROPHONE = "prefMicrophone"; //$NON-NLS-1$

    /** Preference page: speaker (combo, enabled with the softphone). */
    public static final String PREF_SPEAKER = "prefSpeaker"; //$NON-NLS-1$

    /** Preference page: ringer device (combo, enabled with the ringtones). */
    public static final String PREF_RINGER = "prefRinger"; //$NON-NLS-1$

    // Transfer, notifications and call log columns (issue 12)

    /** The transfer dialog's row that dials the number typed in its filter (the list's first row when shown). */
    public static final String TRANSFER_DIAL = "transferDial"; //$NON-NLS-1$

    /** The readable number of a notification's caller, shown under the host's name of the party (label). */
    public static final String NOTIFICATION_NUMBER = "notificationNumber"; //$NON-NLS-1$

    /** The queue of a notification's contact (label). */
    public static final String NOTIFICATION_QUEUE = "notificationQueue"; //$NON-NLS-1$

    /** How long a notification's contact has been ringing (label, ticks every second). */
    public static final String NOTIFICATION_RING_TIME = "notificationRingTime"; //$NON-NLS-1$

    /** The call log's start column (table column). */
    public static final String CALL_LOG_START = "callLogStart"; //$NON-NLS-1$

    /** The call log's direction column (table column). */
    public static final String CALL_LOG_DIRECTION = "callLogDirection"; //$NON-NLS-1$

    /** The call log's number column (table column). */
    public static final String CALL_LOG_NUMBER = "callLogNumber"; //$NON-NLS-1$

    /** The call log's name column: the host's name of the party, else the endpoint's (table column). */
    public static final String CALL_LOG_NAME = "callLogName"; //$NON-NLS-1$

    /** The call log's queue column (table column). */
    public static final String CALL_LOG_QUEUE = "callLogQueue"; //$NON-NLS-1$

    /** The call log's outcome column (table column). */
    public static final String CALL_LOG_OUTCOME = "callLogOutcome"; //$NON-NLS-1$

    /** The call log's talk-time column; the call under way ticks (table column). */
    public static final String CALL_LOG_TALK = "callLogTalk"; //$NON-NLS-1$

    // the agent panel (issue 12)

    /** The agent panel's scrolled area: everything above the call log (scrolled composite). */
    public static final String PANEL = "agentPanel"; //$NON-NLS-1$

    /** The coloured dot of the agent's state: routable, not routable, offline, system, error (label). */
    public static final String STATE_BADGE = "stateBadge"; //$NON-NLS-1$

    /** The agent's state in plain words, or "Changing to Lunch\u2026" while a change is pending (label). */
    public static final String STATE_LABEL = "stateLabel"; //$NON-NLS-1$

    /** The current-contact card (composite). */
    public static final String CARD = "contactCard"; //$NON-NLS-1$

    /** The caller's name on the card, from the host's directory, else the number (label). */
    public static final String CARD_NAME = "cardName"; //$NON-NLS-1$

    /** The caller's number on the card, formatted to read (label). */
    public static final String CARD_NUMBER = "cardNumber"; //$NON-NLS-1$

    /** The queue of the card's contact (label). */
    public static final String CARD_QUEUE = "cardQueue"; //$NON-NLS-1$

    /** The state of the card's contact: ringing, on call, on hold, after-call work (label). */
    public static final String CARD_STATE = "cardState"; //$NON-NLS-1$

    /** The large timer of the card's contact: time in its state (label, ticks every second). */
    public static final String CARD_TIMER = "cardTimer"; //$NON-NLS-1$

    /** The seconds left before the ringing contact is missed (label, shown while it rings). */
    public static final String CARD_COUNTDOWN = "cardCountdown"; //$NON-NLS-1$

    /** Shows or hides the DTMF keypad (toggle button). */
    public static final String KEYPAD = "keypad"; //$NON-NLS-1$

    /** The red "Muted" badge of the local mute (label, shown only when muted). */
    public static final String MUTED_BADGE = "mutedBadge"; //$NON-NLS-1$

    /** Says which call was missed (label of the missed-call banner, shown after a miss). */
    public static final String MISSED_BANNER = "missedBanner"; //$NON-NLS-1$

    /** Makes the agent Available again after a miss (button of the missed-call banner). */
    public static final String GO_AVAILABLE = "goAvailable"; //$NON-NLS-1$

    /** Dismisses the message (button, shown with a message). */
    public static final String MESSAGE_CLOSE = "messageClose"; //$NON-NLS-1$

    // tasks and supervisors on the card (issue 13)

    /** The task icon on the card, shown for a task contact (label). */
    public static final String CARD_TASK_ICON = "cardTaskIcon"; //$NON-NLS-1$

    /** The description of the card's task (label, shown for a task that has one). */
    public static final String CARD_DESCRIPTION = "cardDescription"; //$NON-NLS-1$

    /** The references of the card's task: links for web addresses, text for the others (composite). */
    public static final String CARD_REFERENCES = "cardReferences"; //$NON-NLS-1$

    /** Pauses the card's task, or resumes it when paused (button). */
    public static final String PAUSE = "pause"; //$NON-NLS-1$

    /** Whose call the supervisor monitors (label, shown on a monitored call). */
    public static final String MONITORED_AGENT = "monitoredAgent"; //$NON-NLS-1$

    /** The supervisor's part in the monitored call: listening or barged in (label). */
    public static final String MONITOR_STATUS = "monitorStatus"; //$NON-NLS-1$

    /** The supervisor barges into the monitored call (button, shown when barging is allowed). */
    public static final String BARGE = "barge"; //$NON-NLS-1$

    /** The barging supervisor goes back to listening silently (button). */
    public static final String LISTEN_ONLY = "listenOnly"; //$NON-NLS-1$

    /** The supervisor leaves the monitored call (button). */
    public static final String LEAVE = "leaveMonitoring"; //$NON-NLS-1$

    /** Tells the agent that a supervisor barged into the call (label, never shown for a silent monitor). */
    public static final String SUPERVISOR_JOINED = "supervisorJoined"; //$NON-NLS-1$

    private static final String REFERENCE_PREFIX = "reference:"; //$NON-NLS-1$

    // the wrap-up form (after-call work)

    /** The wrap-up form on the card, shown in after-call work (composite). */
    public static final String WRAP_UP = "wrapUp"; //$NON-NLS-1$

    /** The disposition of the wrap-up, from the host's codes (read-only combo, shown only when there are codes). */
    public static final String WRAP_UP_DISPOSITION = "wrapUpDisposition"; //$NON-NLS-1$

    /** The notes of the wrap-up (multi-line text). */
    public static final String WRAP_UP_NOTES = "wrapUpNotes"; //$NON-NLS-1$

    // click-to-dial: the dial field

    /** The number to call (text; Enter calls). */
    public static final String DIAL_NUMBER = "dialNumber"; //$NON-NLS-1$

    /** Calls the number of {@link #DIAL_NUMBER} (button, enabled while the number may be called). */
    public static final String DIAL_CALL = "dialCall"; //$NON-NLS-1$

    /** The number as it will be called, or why it may not be (label, checked as the agent types). */
    public static final String DIAL_FEEDBACK = "dialFeedback"; //$NON-NLS-1$

    /** The outbound queue (caller ID) of the call (combo, shown only when the agent has more than one). */
    public static final String DIAL_QUEUE = "dialQueue"; //$NON-NLS-1$

    // accessibility (issue 12 polish)

    /**
     * The data key of a control's accessible name: {@code control.getData(WidgetIds.ACCESSIBLE_NAME)} gives the
     * {@code AccessibleListener} the view registered, which answers {@code getName} as a screen reader asks it.
     */
    public static final String ACCESSIBLE_NAME = "io.connectstreams.ui.accessibleName"; //$NON-NLS-1$

    private static final String DTMF_PREFIX = "dtmf"; //$NON-NLS-1$

    private WidgetIds() {
    }

    /**
     * @param digit one of {@code 0-9 * #}
     * @return the id of that key of the DTMF pad (button): {@code dtmf1}, {@code dtmf*}, {@code dtmf#}
     */
    public static String dtmf(char digit) {
        return DTMF_PREFIX + digit;
    }

    /**
     * @param name a reference's name
     * @return the id of that reference of the card's task: a link for a web address, else a label
     */
    public static String reference(String name) {
        return REFERENCE_PREFIX + name;
    }
}
