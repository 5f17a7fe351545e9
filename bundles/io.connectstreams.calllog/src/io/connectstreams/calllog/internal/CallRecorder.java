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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.osgi.service.log.Logger;

import io.connectstreams.api.Contact;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ContactAction;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.api.softphone.SoftphoneStats;
import io.connectstreams.api.wrapup.WrapUp;

/**
 * Turns bus events into call-log records.
 * <ul>
 * <li>{@code agent::update}: the clock skew and arrival time of the snapshot the next contact events come from
 * ({@link Timebase}). The first snapshot this recorder sees, and each {@code agent::init} (a new session),
 * finish the ongoing entries whose contact is not in the snapshot: they ended while nobody watched.</li>
 * <li>{@code terminated} (the agent signed out, or the session ended): the ongoing entries are finished, a call in
 * after-call work as answered; if the next session still shows the contact, its entry goes on.</li>
 * <li>{@code contact::init}, {@code contact::refresh}: the contact's entry is created (or an existing one, from
 * before a restart or a sign-out, is continued) and updated from its latest data. A contact the log saw end and
 * that is offered again (a missed call re-routed to the agent, same contact id) gets a second entry, so the log
 * shows both the missed offer and the answered one.</li>
 * <li>{@code contact::ended}: the end, if the data did not show one; {@code contact::destroyed}: the entry is
 * finished and its outcome decided.</li>
 * <li>{@code streams::contact_action}: a successful {@code reject} or {@code transfer}, or a {@code destroy} of the
 * agent's own connection while the customer and a third party are still on (leaving a conference hands the
 * customer over), is evidence for the outcome.</li>
 * <li>{@code agent::mute_toggle}: each change to muted counts against the voice call connected at that moment (the
 * most recently answered, if several are).</li>
 * <li>{@code softphone_stats}: the quality totals; {@code streams::softphone_session} in state FAILED: the softphone
 * failed for that call.</li>
 * </ul>
 * Thread-safe: events arrive on the worker's thread, action outcomes on the HTTP client's, softphone events on the
 * softphone's; one lock orders them. Listeners of the log hear of the changes after it is released.
 */
public final class CallRecorder implements AutoCloseable {

    private final CallStore store;
    private final Logger logger;
    private final Clock clock;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<String, LiveCall> live = new HashMap<>();
    private AgentSnapshot latest;
    /**
     * False from {@code terminated} until the next session's {@code agent::init}: the ended session's event thread
     * may still deliver the snapshot it was deriving, which must not reopen the entries the sign-out finished.
     */
    private boolean watching = true;
    private Timebase timebase;
    private boolean muted;
    private final Function<ContactSnapshot, Optional<String>> partyName;

    /**
     * @param store where the records go
     * @param logger receives what was finished without being seen
     * @param clock the local clock, used only for events that come before any snapshot
     */
    public CallRecorder(CallStore store, Logger logger, Clock clock) {
        this(store, logger, clock, contact -> Optional.empty());
    }

    /**
     * @param store where the records go
     * @param logger receives what was finished without being seen
     * @param clock the local clock, used only for events that come before any snapshot
     * @param partyName the host's name of a contact's party if it is known already; never blocks (the first ask
     *            may start a lookup whose answer a later update of the contact picks up)
     */
    public CallRecorder(CallStore store, Logger logger, Clock clock,
            Function<ContactSnapshot, Optional<String>> partyName) {
        this.store = Objects.requireNonNull(store, "store");
        this.logger = Objects.requireNonNull(logger, "logger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.partyName = Objects.requireNonNull(partyName, "partyName");
    }

    /**
     * Starts listening.
     *
     * @param bus the event bus
     */
    public synchronized void subscribe(EventBus bus) {
        if (!subscriptions.isEmpty()) {
            throw new IllegalStateException("already subscribed");
        }
        subscriptions.add(bus.subscribe(AgentEvents.UPDATE, AgentSnapshot.class,
                s -> locked(() -> snapshotArrived(s))));
        subscriptions.add(bus.subscribe(AgentEvents.INIT, event -> locked(this::sessionStarted)));
        subscriptions.add(bus.subscribe(EventType.TERMINATED, event -> locked(this::sessionEnded)));
        subscriptions.add(bus.subscribe(ContactEvents.INIT, Contact.class, c -> locked(() -> seen(c))));
        subscriptions.add(bus.subscribe(ContactEvents.REFRESH, Contact.class, c -> locked(() -> seen(c))));
        subscriptions.add(bus.subscribe(ContactEvents.ENDED, Contact.class, c -> locked(() -> ended(c))));
        subscriptions.add(bus.subscribe(ContactEvents.DESTROYED, Contact.class, c -> locked(() -> destroyed(c))));
        subscriptions.add(bus.subscribe(StreamsEvents.CONTACT_ACTION, ContactAction.class,
                a -> locked(() -> actionDone(a))));
        subscriptions.add(bus.subscribe(AgentEvents.MUTE_TOGGLE, MuteToggle.class, m -> locked(() -> muteToggled(m))));
        subscriptions.add(bus.subscribe(EventType.SOFTPHONE_STATS, SoftphoneStats.class,
                s -> locked(() -> statsArrived(s))));
        subscriptions.add(bus.subscribe(StreamsEvents.SOFTPHONE_SESSION, SoftphoneSessionInfo.class,
                s -> locked(() -> sessionChanged(s))));
    }

    /**
     * Records the host's name of a contact's party that arrived after the contact's latest event (a slow directory,
     * a short call): the entry of its latest offer takes it, finished or not.
     *
     * @param contactId the contact
     * @param name the party's name
     */
    public void nameParty(String contactId, String name) {
        locked(() -> update(contactId, record -> record.nameParty(name)));
    }

    /**
     * Keeps the agent's wrap-up with the entry of the contact's latest offer, live or finished.
     *
     * @param contactId the contact
     * @param wrapUp what the agent recorded
     * @return whether the contact has an entry
     */
    public boolean saveWrapUp(String contactId, WrapUp wrapUp) {
        Objects.requireNonNull(wrapUp, "wrapUp");
        boolean[] found = { false };
        locked(() -> found[0] = update(contactId, record -> record.wrapUp(wrapUp)));
        return found[0];
    }

    /** Stops listening; the store stays open. */
    @Override
    public synchronized void close() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
        live.clear();
    }

    /** Handles one event under the recorder's lock, then lets the listeners hear of the changes, lock released. */
    private void locked(Runnable handler) {
        try {
            synchronized (this) {
                handler.run();
            }
        } finally {
            store.announceChanges();
        }
    }

    private void snapshotArrived(AgentSnapshot snapshot) {
        boolean first = latest == null;
        latest = snapshot;
        timebase = new Timebase(snapshot.skew(), snapshot.localTimestamp());
        if (first) {
            finishVanished(snapshot);
        }
    }

    private void sessionStarted() {
        watching = true;
        if (latest != null) {
            finishVanished(latest);
        }
    }

    /** Nobody watches the contacts any more: every ongoing entry is finished now; a next session may continue it. */
    private void sessionEnded() {
        Instant now = Instant.now(clock);
        for (String contactId : store.ongoingContactIds()) {
            LiveCall call = live.remove(contactId);
            Optional<CallRecord> record = call != null ? Optional.of(call.record()) : store.record(contactId);
            record.ifPresent(r -> {
                r.finishUnobserved(now);
                store.save(r);
            });
        }
        live.clear();
        watching = false;
        latest = null; // the next session's first snapshot finishes what ended meanwhile
    }

    private void finishVanished(AgentSnapshot snapshot) {
        for (String contactId : store.ongoingContactIds()) {
            if (snapshot.contact(contactId).isEmpty()) {
                LiveCall call = live.remove(contactId);
                Optional<CallRecord> record = call != null ? Optional.of(call.record()) : store.record(contactId);
                record.ifPresent(r -> {
                    r.finishUnobserved();
                    store.save(r);
                    logger.info("contact {} ended while the call log did not see it; its entry is finished as {}",
                            contactId, r.decideOutcome());
                });
            }
        }
    }

    private void seen(Contact contact) {
        if (!watching) {
            return;
        }
        LiveCall call = follow(contact);
        ContactSnapshot snapshot = contact.toSnapshot();
        if (call.record().isOfferedAgain(snapshot)) {
            call.record().finish(call.record().end());
            store.save(call.record());
            call = new LiveCall(CallRecord.offeredAgain(call.record(), snapshot, time()), contact);
            live.put(contact.getContactId(), call);
        }
        call.record().observe(snapshot, time());
        call.record().nameParty(partyName.apply(snapshot).orElse(null));
        store.save(call.record());
    }

    private void ended(Contact contact) {
        if (!watching) {
            return;
        }
        Timebase time = time();
        LiveCall call = follow(contact);
        call.record().observe(contact.toSnapshot(), time);
        call.record().endAt(time.receivedAt());
        store.save(call.record());
    }

    private void destroyed(Contact contact) {
        if (!watching) {
            return;
        }
        Timebase time = time();
        LiveCall call = follow(contact);
        call.record().observe(contact.toSnapshot(), time);
        call.record().finish(time.receivedAt());
        store.save(call.record());
        live.remove(contact.getContactId());
    }

    private void actionDone(ContactAction action) {
        if (!action.succeeded() || action.contactId() == null || action.action() == null) {
            return;
        }
        switch (action.action()) {
            case "reject" -> update(action.contactId(), CallRecord::markRejected);
            case "transfer" -> update(action.contactId(), CallRecord::markTransferred);
            case "destroy" -> {
                LiveCall call = live.get(action.contactId());
                if (call != null && handsOver(call.contact().toSnapshot(), action.connectionId())) {
                    update(action.contactId(), CallRecord::markTransferred);
                }
            }
            default -> {
                // other actions say nothing about the outcome
            }
        }
    }

    private void muteToggled(MuteToggle toggle) {
        boolean wasMuted = muted;
        muted = toggle.muted();
        if (muted && !wasMuted) {
            live.values().stream().map(LiveCall::record).filter(CallRecord::isConnectedVoice)
                    .max(Comparator.comparing(CallRecord::answer, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .ifPresent(record -> {
                        record.countMute();
                        store.save(record);
                    });
        }
    }

    private void statsArrived(SoftphoneStats stats) {
        if (stats.contactId() != null) {
            update(stats.contactId(), record -> record.addStats(stats.stats()));
        }
    }

    private void sessionChanged(SoftphoneSessionInfo session) {
        // "Call Not Found": the server had ended the call (the caller gave up, the agent rejected) while the media was
        // being set up; the contact's own end says how it ended, not the softphone
        if (session.state() == SoftphoneSessionState.FAILED && session.contactId() != null
                && session.failureReason() != SoftphoneFailureReason.CALL_NOT_FOUND) {
            update(session.contactId(), CallRecord::markSoftphoneFailed);
        }
    }

    /** Applies a change to a contact's record, live or (for late statistics, say) already finished. */
    private boolean update(String contactId, Consumer<CallRecord> change) {
        LiveCall call = live.get(contactId);
        Optional<CallRecord> record = call != null ? Optional.of(call.record()) : store.record(contactId);
        record.ifPresent(r -> {
            change.accept(r);
            store.save(r);
        });
        return record.isPresent();
    }

    /**
     * The live call of a contact: its record from the store (continued, reopened if it was finished unobserved), a
     * new record when the stored one saw the contact end (offered again), or a new one.
     */
    private LiveCall follow(Contact contact) {
        String contactId = contact.getContactId();
        LiveCall call = live.get(contactId);
        if (call == null) {
            ContactSnapshot snapshot = contact.toSnapshot();
            Optional<CallRecord> stored = store.record(contactId);
            CallRecord record = stored.filter(CallRecord::goesOn)
                    .or(() -> stored.map(previous -> CallRecord.offeredAgain(previous, snapshot, time())))
                    .orElseGet(() -> CallRecord.firstSeen(snapshot, time()));
            record.reopen();
            call = new LiveCall(record, contact);
            live.put(contactId, call);
        }
        return call;
    }

    private Timebase time() {
        Timebase current = timebase;
        return current != null ? current : new Timebase(Duration.ZERO, Instant.now(clock));
    }

    /** Whether destroying that connection leaves the customer talking to a third party. */
    private static boolean handsOver(ContactSnapshot contact, String connectionId) {
        boolean agentLeg = contact.agentConnection().map(c -> c.connectionId().equals(connectionId)).orElse(false);
        boolean customerOn = contact.initialConnection().map(ConnectionSnapshot::isActive).orElse(false);
        boolean thirdPartyOn = contact.thirdPartyConnections().stream().anyMatch(ConnectionSnapshot::isActive);
        return agentLeg && customerOn && thirdPartyOn;
    }

    /** A contact in the current snapshot, its record, and its handle (which reads the latest data). */
    private record LiveCall(CallRecord record, Contact contact) {
    }
}
