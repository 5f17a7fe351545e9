/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.connectstreams.api.calllog.CallDirection;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactInitiationMethod;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.MonitoringInfo;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.wrapup.WrapUp;

/**
 * What the call log knows about one offer of a contact: the fields of its {@link CallLogEntry} and what the rules
 * need to go on after a restart (the open hold period, the last contact state seen, the evidence for the outcome,
 * the quality totals). One line of the log file holds one version of it ({@link CallRecordCodec}). All times are local
 * ({@link Timebase}).
 * <p>
 * The rules, in the order a call meets them:
 * <ul>
 * <li><b>start</b>: the contact's state timestamp when the log first saw it (the offer, for a contact seen from
 * {@code contact::init}); of a call a supervisor monitors, when the supervisor joined;</li>
 * <li><b>answer</b>: the first snapshot in which the contact is {@code connected} and its initial (customer)
 * connection, if any, is connected too; the later of the two state timestamps (an outbound call is answered when
 * the customer picks up, not when the agent starts dialling); of a monitored call, when the supervisor joined;</li>
 * <li><b>hold</b>: each period in which the initial connection is in {@code hold}, from its hold timestamp to the
 * timestamp of its next state (or the snapshot's arrival if it is gone), or to the end of the call;</li>
 * <li><b>end</b>: the timestamp of the first inactive state ({@code ended}, {@code missed}, {@code rejected},
 * {@code error}); if {@code contact::ended} comes while the contact still looks active (it left the snapshot), the
 * arrival of that snapshot; else the destroy time;</li>
 * <li><b>after-call work</b> (voice and queue callbacks): from entering {@code ended} to
 * {@code contact::destroyed};</li>
 * <li><b>outcome</b> at {@code contact::destroyed}: {@link #decideOutcome()}.</li>
 * </ul>
 * Not thread-safe: the recorder changes it under its lock; the store keeps only its serialized form.
 */
final class CallRecord {

    /** The version of the line format. */
    static final int FORMAT = 1;
    /**
     * The version of every line of a monitored call: format 1 plus {@code monitored} and the outcome
     * {@code MONITORED}, which a release that reads only format 1 does not know. Such a release skips these lines
     * (as not of its format) rather than read one as an ongoing or answered call of the supervisor's.
     */
    static final int MONITORED_FORMAT = 2;

    private int v = FORMAT;
    private String contactId;
    /** Which offer of the contact this is: 0 the first; a contact missed and offered again gets a new record. */
    private int attempt;
    private CallDirection direction;
    private ContactType contactType;
    private String number;
    private String endpointName;
    /** The host's name of the party ({@code PartyNames}); shown instead of the endpoint's name. */
    private String partyName;
    /** A task's name; shown instead of the party's name. Absent from lines written before (same format). */
    private String taskName;
    /**
     * {@code true} when the agent monitors another agent's call as a supervisor ({@link #MONITORED_FORMAT});
     * {@code null}, so absent from the line, otherwise.
     */
    private Boolean monitored;
    private String queueName;
    private Instant start;
    private Instant answer;
    private Instant end;
    private Instant acwStart;
    private Instant finished;
    private Instant holdStart;
    private long holdMillis;
    private int holdCount;
    private int muteCount;
    private ContactStateType lastState;
    private boolean rejected;
    private boolean transferred;
    private boolean softphoneFailed;
    /** Finished without its end being seen (the session ended, the application stopped): it may go on. */
    private boolean unobserved;
    private CallOutcome outcome = CallOutcome.ONGOING;
    private QualityTotals quality = new QualityTotals();
    /** The wrap-up's disposition code; absent from lines written before wrap-ups existed (same format). */
    private String disposition;
    /** The wrap-up's notes. */
    private String notes;

    /** For Gson. */
    private CallRecord() {
    }

    /**
     * @param contact the contact as first seen
     * @param time the clock of the snapshot that showed it
     * @return a new, ongoing record starting at the contact's state timestamp
     */
    static CallRecord firstSeen(ContactSnapshot contact, Timebase time) {
        CallRecord record = new CallRecord();
        record.contactId = contact.contactId();
        record.start = time.local(contact.state().timestamp());
        record.contactType = contact.type();
        record.direction = directionOf(contact, null);
        Optional<ConnectionSnapshot> monitoring = monitoringConnection(contact);
        if (monitoring.isPresent()) {
            record.monitored = true;
            record.v = MONITORED_FORMAT;
            record.start = time.local(joinedAt(monitoring.get()));
        }
        return record;
    }

    /**
     * @param previous the record of the contact's previous offer, finished
     * @param contact the contact as offered again
     * @param time the clock of the snapshot that showed it
     * @return a new, ongoing record of the next offer
     */
    static CallRecord offeredAgain(CallRecord previous, ContactSnapshot contact, Timebase time) {
        CallRecord record = firstSeen(contact, time);
        record.attempt = previous.attempt + 1;
        return record;
    }

    String contactId() {
        return contactId;
    }

    int attempt() {
        return attempt;
    }

    /**
     * @return the store's key of this record: the contact id, with the offer's number after the first offer
     */
    String key() {
        return key(contactId, attempt);
    }

    /**
     * @param contactId a contact id
     * @param attempt an offer's number
     * @return the store's key of that offer's record
     */
    static String key(String contactId, int attempt) {
        return attempt == 0 ? contactId : contactId + '#' + attempt;
    }

    /**
     * @return whether the contact, seen again, goes on in this record: it is ongoing, or it was finished only because
     *         nobody watched; a contact the log saw end and seen again was offered again
     */
    boolean goesOn() {
        return !isFinished() || unobserved;
    }

    /**
     * @param contact the contact's latest snapshot
     * @return whether the contact is offered again after this record saw its offer end (a missed contact re-routed
     *         to the agent while its missed view was still shown)
     */
    boolean isOfferedAgain(ContactSnapshot contact) {
        return end != null && answer == null && isOffer(contact.state().type()) && isEnding(lastState);
    }

    Instant start() {
        return start;
    }

    boolean isFinished() {
        return outcome != CallOutcome.ONGOING;
    }

    /**
     * @return whether the agent is talking on this call now: a voice contact last seen {@code connected}, not over
     */
    boolean isConnectedVoice() {
        return !isFinished() && end == null && lastState == ContactStateType.CONNECTED
                && (contactType == ContactType.VOICE || contactType == ContactType.QUEUE_CALLBACK);
    }

    /**
     * @return when the call ended, {@code null} if it has not
     */
    Instant end() {
        return end;
    }

    /**
     * @return when the call was answered, {@code null} if it was not
     */
    Instant answer() {
        return answer;
    }

    /**
     * Takes in the contact's latest data.
     *
     * @param contact the contact's latest snapshot
     * @param time the clock of the snapshot that carried it
     */
    void observe(ContactSnapshot contact, Timebase time) {
        contactType = contact.type();
        direction = directionOf(contact, direction);
        describe(contact);
        ContactStateType state = contact.state().type();
        if (state != lastState) {
            Instant entered = time.local(contact.state().timestamp());
            if (state == ContactStateType.ENDED && contact.isVoice() && acwStart == null) {
                acwStart = entered;
            }
            if (isEnding(state)) {
                endAt(entered);
            }
            lastState = state;
        }
        if (answer == null && state == ContactStateType.CONNECTED) {
            answer = isMonitored() ? start : answerTime(contact, time);
        }
        trackHold(contact, time);
    }

    /**
     * Marks the end of the call if it is not marked yet; closes an open hold period.
     *
     * @param at when it ended
     */
    void endAt(Instant at) {
        if (end == null) {
            end = at;
        }
        if (holdStart != null) {
            closeHold(end);
        }
    }

    /**
     * The contact was destroyed: completes the record and decides its outcome.
     *
     * @param at when it was destroyed
     */
    void finish(Instant at) {
        endAt(at);
        finished = at;
        outcome = decideOutcome();
    }

    /**
     * Completes a record whose contact went away while nobody watched (the application was not running, or the
     * session ended): its end is the latest time it recorded.
     */
    void finishUnobserved() {
        finishUnobserved(null);
    }

    /**
     * Completes a record whose contact can no longer be watched (the agent signed out): its end is the latest time it
     * recorded, its after-call work lasts until then.
     *
     * @param until when watching stopped, local; {@code null} when not known
     */
    void finishUnobserved(Instant until) {
        Instant last = lastKnownTime();
        endAt(end != null ? end : last);
        finished = until != null && until.isAfter(last) ? until : end;
        outcome = decideOutcome();
        unobserved = true;
    }

    /**
     * The contact is offered again (re-routed to this agent with the same id): the record goes on, ongoing.
     */
    void reopen() {
        if (isFinished()) {
            end = null;
            acwStart = null;
            finished = null;
            lastState = null;
            unobserved = false;
            outcome = CallOutcome.ONGOING;
        }
    }

    /** The agent muted during this call. */
    void countMute() {
        muteCount++;
    }

    /** The agent rejected the offer ({@code reject} succeeded). */
    void markRejected() {
        rejected = true;
        redecide();
    }

    /** The agent transferred the call away. */
    void markTransferred() {
        transferred = true;
        redecide();
    }

    /** The call's softphone session failed. */
    void markSoftphoneFailed() {
        softphoneFailed = true;
        redecide();
    }

    /**
     * @param wrapUp what the agent recorded in after-call work; replaces an earlier wrap-up
     */
    void wrapUp(WrapUp wrapUp) {
        disposition = wrapUp.disposition();
        notes = wrapUp.notes();
    }

    /**
     * @param stats one batch of the softphone's statistics
     */
    void addStats(List<RtpStreamStats> stats) {
        quality.add(stats);
    }

    /**
     * The outcome of a finished call, first rule that applies: {@code MONITORED} when the agent monitored it as a
     * supervisor; {@code TRANSFERRED} when a transfer succeeded (a
     * {@code transfer}, or the agent leaving a conference with the customer and a third party still on);
     * {@code ANSWERED} when it was answered; {@code REJECTED} when a {@code reject} succeeded or the contact went
     * {@code rejected}; {@code FAILED} when the softphone session failed or the contact went {@code error};
     * {@code MISSED} otherwise (the offer timed out, the caller gave up, the customer did not pick up).
     *
     * @return the outcome
     */
    CallOutcome decideOutcome() {
        if (isMonitored()) {
            return CallOutcome.MONITORED;
        }
        if (transferred) {
            return CallOutcome.TRANSFERRED;
        }
        if (answer != null) {
            return CallOutcome.ANSWERED;
        }
        if (rejected || lastState == ContactStateType.REJECTED) {
            return CallOutcome.REJECTED;
        }
        if (softphoneFailed || lastState == ContactStateType.ERROR) {
            return CallOutcome.FAILED;
        }
        return CallOutcome.MISSED;
    }

    /**
     * @return the entry the call log shows; durations whose end is not known yet are zero
     */
    CallLogEntry toEntry() {
        Duration ring = between(start, answer != null ? answer : end);
        Duration talk = answer != null ? between(answer, end) : Duration.ZERO;
        Duration acw = between(acwStart, finished);
        return new CallLogEntry(contactId, direction, contactType, number,
                firstNonBlank(taskName, partyName, endpointName), queueName, start, answer,
                end, ring, talk, Duration.ofMillis(holdMillis), acw, outcome, muteCount, holdCount, quality.summary(),
                disposition, notes);
    }

    /**
     * @return whether the line is of a format this release reads and the fields a line must have are there (a line
     *         of a later format, of another program, or garbage, is not)
     */
    boolean isComplete() {
        return (v == FORMAT || v == MONITORED_FORMAT && isMonitored()) && contactId != null && !contactId.isBlank()
                && start != null && direction != null && outcome != null && holdMillis >= 0;
    }

    /** Fills what an older or partial line may lack. */
    void fillDefaults() {
        if (contactType == null) {
            contactType = ContactType.UNKNOWN;
        }
        if (quality == null) {
            quality = new QualityTotals();
        }
    }

    private boolean isMonitored() {
        return Boolean.TRUE.equals(monitored);
    }

    private void redecide() {
        if (isFinished()) {
            outcome = decideOutcome();
        }
    }

    /**
     * @param name the host application's name of the party, {@code null} or blank when it has none
     */
    void nameParty(String name) {
        partyName = firstNonBlank(name, partyName);
    }

    private void describe(ContactSnapshot contact) {
        if (contact.type() == ContactType.TASK) {
            taskName = firstNonBlank(contact.name(), taskName);
        }
        Endpoint customer = contact.customerEndpoint();
        if (customer == null) {
            customer = contact.initialConnection().map(ConnectionSnapshot::endpoint).orElse(null);
        }
        if (customer != null) {
            number = firstNonBlank(customer.stripPhoneNumber(), customer.agentLogin(), customer.endpointArn(), number);
            endpointName = firstNonBlank(customer.name(), endpointName);
        }
        if (contact.queue() != null) {
            queueName = firstNonBlank(contact.queue().name(), queueName);
        }
    }

    /**
     * @return the supervisor's own connection when the agent monitors this contact: Streams' agent connection (the
     *         first of type agent or monitoring) is of type monitoring; a barging supervisor's leg on the agent's own
     *         call comes after the agent's
     */
    private static Optional<ConnectionSnapshot> monitoringConnection(ContactSnapshot contact) {
        return contact.agentConnection().filter(c -> c.type() == ConnectionType.MONITORING);
    }

    private static Instant joinedAt(ConnectionSnapshot monitoring) {
        MonitoringInfo info = monitoring.monitoringInfo();
        return info != null && info.joinTimeStamp() != null ? info.joinTimeStamp() : monitoring.state().timestamp();
    }

    private Instant answerTime(ContactSnapshot contact, Timebase time) {
        Instant connected = time.local(contact.state().timestamp());
        Optional<ConnectionSnapshot> customer = contact.initialConnection();
        if (customer.isEmpty() || customer.get().isOnHold()) {
            return connected;
        }
        if (!customer.get().isConnected()) {
            return null; // an outbound call the customer has not picked up yet
        }
        Instant pickedUp = time.local(customer.get().state().timestamp());
        return pickedUp.isAfter(connected) ? pickedUp : connected;
    }

    private void trackHold(ContactSnapshot contact, Timebase time) {
        Optional<ConnectionSnapshot> customer = contact.initialConnection();
        boolean onHold = end == null && customer.map(ConnectionSnapshot::isOnHold).orElse(false);
        if (onHold && holdStart == null) {
            holdStart = time.local(customer.get().state().timestamp());
            holdCount++;
        } else if (!onHold && holdStart != null) {
            closeHold(customer.map(c -> time.local(c.state().timestamp())).orElse(time.receivedAt()));
        }
    }

    private void closeHold(Instant resumed) {
        holdMillis += between(holdStart, resumed).toMillis();
        holdStart = null;
    }

    private Instant lastKnownTime() {
        return Stream.of(start, answer, end, acwStart, holdStart).filter(t -> t != null).max(Instant::compareTo)
                .orElse(start);
    }

    private static boolean isOffer(ContactStateType state) {
        return state == ContactStateType.CONNECTING || state == ContactStateType.INCOMING;
    }

    private static boolean isEnding(ContactStateType state) {
        if (state == null) {
            return false;
        }
        return switch (state) {
            case ENDED, MISSED, REJECTED, ERROR -> true;
            default -> false;
        };
    }

    /**
     * Direction: {@code CALLBACK} for queue callbacks (and once a callback, always); else by initiation method
     * ({@code outbound}: OUTBOUND; {@code inbound}, {@code transfer}, {@code queue_transfer}: INBOUND;
     * {@code callback}: CALLBACK); else by the initial connection's type; INBOUND when nothing tells.
     */
    private static CallDirection directionOf(ContactSnapshot contact, CallDirection before) {
        if (before == CallDirection.CALLBACK || contact.type() == ContactType.QUEUE_CALLBACK
                || contact.initiationMethod() == ContactInitiationMethod.CALLBACK) {
            return CallDirection.CALLBACK;
        }
        CallDirection byMethod = switch (contact.initiationMethod()) {
            case OUTBOUND -> CallDirection.OUTBOUND;
            case INBOUND, TRANSFER, QUEUE_TRANSFER -> CallDirection.INBOUND;
            default -> null;
        };
        if (byMethod != null) {
            return byMethod;
        }
        boolean outbound = contact.initialConnection().map(c -> c.type() == ConnectionType.OUTBOUND).orElse(false);
        return outbound ? CallDirection.OUTBOUND : CallDirection.INBOUND;
    }

    private static Duration between(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Duration.ZERO;
        }
        return Duration.between(from, to);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
