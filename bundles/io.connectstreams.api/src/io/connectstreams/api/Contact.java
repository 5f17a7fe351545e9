/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ContactAttribute;
import io.connectstreams.api.model.ContactFeatures;
import io.connectstreams.api.model.ContactInitiationMethod;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactState;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.model.Reference;
import io.connectstreams.api.model.SegmentAttributeValue;
import io.connectstreams.api.softphone.SoftphoneCallReport;
import io.connectstreams.api.softphone.RtpStreamStats;

/**
 * One contact of the agent; Streams' {@code connect.Contact(contactId)}. Getters read the latest snapshot of this
 * contact; after the contact is destroyed they return its last data. Event subscriptions are scoped to this
 * contact ({@code contact::<event>::<contactId>}) and removed when it is destroyed.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface Contact {

    /**
     * @return the contact id; Streams' {@code getContactId()}
     */
    String getContactId();

    /**
     * @return the latest data; Streams' {@code toSnapshot()}
     */
    ContactSnapshot toSnapshot();

    /**
     * @return the channel; Streams' {@code getType()}
     */
    default ContactType getType() {
        return toSnapshot().type();
    }

    /**
     * @return the state; Streams' {@code getState()} (alias {@code getStatus()})
     */
    default ContactState getState() {
        return toSnapshot().state();
    }

    /**
     * @return time in the current state, corrected by the clock skew; Streams' {@code getStateDuration()}
     */
    Duration getStateDuration();

    /**
     * @return the queue, may be {@code null}; Streams' {@code getQueue()}
     */
    default Queue getQueue() {
        return toSnapshot().queue();
    }

    /**
     * @return when the contact was queued; Streams' {@code getQueueTimestamp()}
     */
    default Optional<Instant> getQueueTimestamp() {
        return Optional.ofNullable(toSnapshot().queueTimestamp());
    }

    /**
     * @return how long the contact has lasted, in whole seconds as the back end counts them; Streams'
     *         {@code getContactDuration()} (which returns the raw string)
     */
    default Optional<Duration> getContactDuration() {
        return Optional.ofNullable(toSnapshot().contactDuration());
    }

    /**
     * @return the first contact of its transfer chain; Streams' {@code getInitialContactId()} (alias
     *         {@code getOriginalContactId()})
     */
    default Optional<String> getInitialContactId() {
        return Optional.ofNullable(toSnapshot().initialContactId());
    }

    /**
     * @return Streams' {@code getOriginalContactId()}, the same as {@link #getInitialContactId()}
     */
    default Optional<String> getOriginalContactId() {
        return getInitialContactId();
    }

    /**
     * @return the contact this one was created from (a follow-up task, a callback); Streams'
     *         {@code getRelatedContactId()}
     */
    default Optional<String> getRelatedContactId() {
        return Optional.ofNullable(toSnapshot().relatedContactId());
    }

    /**
     * @return the id shared by the contacts of one conversation; Streams' {@code getContactAssociationId()}
     */
    default Optional<String> getContactAssociationId() {
        return Optional.ofNullable(toSnapshot().contactAssociationId());
    }

    /**
     * @return how the contact was started; Streams' {@code getInitiationMethod()}
     */
    default ContactInitiationMethod getInitiationMethod() {
        return toSnapshot().initiationMethod();
    }

    /**
     * @return the name of a task or email; Streams' {@code getName()}
     */
    default Optional<String> getName() {
        return Optional.ofNullable(toSnapshot().name());
    }

    /**
     * @return the description of a task or email; Streams' {@code getDescription()}
     */
    default Optional<String> getDescription() {
        return Optional.ofNullable(toSnapshot().description());
    }

    /**
     * @return the references by name (links, attachments...), empty when there are none; Streams'
     *         {@code getReferences()}
     */
    default Map<String, Reference> getReferences() {
        return toSnapshot().references();
    }

    /**
     * @return the contact attributes by key, each with its name and value; Streams' {@code getAttributes()}
     */
    default Map<String, ContactAttribute> getAttributes() {
        return toSnapshot().attributes();
    }

    /**
     * @return the segment attributes by key; Streams' {@code getSegmentAttributes()}
     */
    default Map<String, SegmentAttributeValue> getSegmentAttributes() {
        return toSnapshot().segmentAttributes();
    }

    /**
     * @return the {@code connect:Subtype} segment attribute, for example {@code connect:Telephony} or
     *         {@code connect:WebRTC}; Streams' {@code getContactSubtype()}
     */
    default Optional<String> getContactSubtype() {
        return toSnapshot().contactSubtype();
    }

    /**
     * @return the system endpoint the customer dialled or was called from; Streams'
     *         {@code getConnectSystemEndpoint()}
     */
    default Optional<Endpoint> getConnectSystemEndpoint() {
        return Optional.ofNullable(toSnapshot().connectSystemEndpoint());
    }

    /**
     * @return what the contact supports, {@link ContactFeatures#NONE} when the back end says nothing; Streams'
     *         {@code getContactFeatures()}
     */
    default ContactFeatures getContactFeatures() {
        return toSnapshot().contactFeatures();
    }

    /**
     * @return all connections; voice contacts give {@link VoiceConnection}s; Streams' {@code getConnections()}
     */
    List<Connection> getConnections();

    /**
     * @return the agent's own connection; Streams' {@code getAgentConnection()}
     */
    Optional<Connection> getAgentConnection();

    /**
     * @return the initial (customer) connection; Streams' {@code getInitialConnection()}
     */
    Optional<Connection> getInitialConnection();

    /**
     * @return connections that are neither initial nor the agent's; Streams' {@code getThirdPartyConnections()}
     */
    List<Connection> getThirdPartyConnections();

    /**
     * @return the initial connection while it is active; Streams' {@code getActiveInitialConnection()}
     */
    Optional<Connection> getActiveInitialConnection();

    /**
     * @return the first active third-party connection; Streams' {@code getSingleActiveThirdPartyConnection()}
     */
    Optional<Connection> getSingleActiveThirdPartyConnection();

    /**
     * @return the active connections (connecting, connected, on hold, monitoring); Streams'
     *         {@code getActiveConnections()}
     */
    List<Connection> getActiveConnections();

    /**
     * @return whether exactly two connections are active; Streams' {@code hasTwoActiveParticipants()}
     */
    default boolean hasTwoActiveParticipants() {
        return toSnapshot().hasTwoActiveParticipants();
    }

    /**
     * @return whether more than three parties may be conferenced; Streams' {@code isMultiPartyConferenceEnabled()}
     */
    default boolean isMultiPartyConferenceEnabled() {
        return toSnapshot().isMultiPartyConferenceEnabled();
    }

    /**
     * @return whether a supervisor barged into this contact; Streams' {@code isUnderSupervision()} (see
     *         {@link ContactSnapshot#isUnderSupervision()})
     */
    default boolean isUnderSupervision() {
        return toSnapshot().isUnderSupervision();
    }

    /**
     * @return the customer's endpoint, may be {@code null}; Streams' {@code getCustomerEndpoint()}
     */
    default Endpoint getCustomerEndpoint() {
        return toSnapshot().customerEndpoint();
    }

    /**
     * @return Streams' {@code isSoftphoneCall()}
     */
    default boolean isSoftphoneCall() {
        return toSnapshot().isSoftphoneCall();
    }

    /**
     * @return Streams' {@code isInbound()}
     */
    default boolean isInbound() {
        return toSnapshot().isInbound();
    }

    /**
     * @return Streams' {@code isConnected()}
     */
    default boolean isConnected() {
        return toSnapshot().isConnected();
    }

    /**
     * @param callback on every snapshot while the contact exists; Streams' {@code onRefresh(f)}
     * @return the subscription
     */
    Subscription onRefresh(Consumer<Contact> callback);

    /**
     * @param callback when offered in {@code incoming} (queue callbacks); Streams' {@code onIncoming(f)}
     * @return the subscription
     */
    Subscription onIncoming(Consumer<Contact> callback);

    /**
     * @param callback when {@code pending}; Streams' {@code onPending(f)}
     * @return the subscription
     */
    Subscription onPending(Consumer<Contact> callback);

    /**
     * @param callback when offered in {@code connecting} (inbound voice); Streams' {@code onConnecting(f)}
     * @return the subscription
     */
    Subscription onConnecting(Consumer<Contact> callback);

    /**
     * @param callback when the agent accepted it (after {@link #accept()}, or when an auto-accepted softphone call
     *            connects); Streams' {@code onAccepted(f)}
     * @return the subscription
     */
    Subscription onAccepted(Consumer<Contact> callback);

    /**
     * @param callback when the offer was missed or rejected; Streams' {@code onMissed(f)}
     * @return the subscription
     */
    Subscription onMissed(Consumer<Contact> callback);

    /**
     * @param callback once, when the contact stops being active; Streams' {@code onEnded(f)}
     * @return the subscription
     */
    Subscription onEnded(Consumer<Contact> callback);

    /**
     * @param callback when the contact leaves the snapshot; Streams' {@code onDestroy(f)}
     * @return the subscription
     */
    Subscription onDestroy(Consumer<Contact> callback);

    /**
     * @param callback when it enters after-call work ({@code ended} for voice); Streams' {@code onACW(f)}
     * @return the subscription
     */
    Subscription onAfterCallWork(Consumer<Contact> callback);

    /**
     * @param callback when it is connected; Streams' {@code onConnected(f)}
     * @return the subscription
     */
    Subscription onConnected(Consumer<Contact> callback);

    /**
     * @param callback when it enters {@code error}; Streams' {@code onError(f)}
     * @return the subscription
     */
    Subscription onError(Consumer<Contact> callback);

    /**
     * Accepts the offered contact; Streams' {@code accept()} ({@code AcceptContact}). On success
     * {@code contact::accepted} is published.
     *
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> accept();

    /**
     * @return Streams' {@code reject()} ({@code RejectContact})
     */
    CompletionStage<Void> reject();

    /**
     * Ends after-call work; Streams' {@code clear()} ({@code ClearContact}).
     *
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> clear();

    /**
     * @return Streams' deprecated {@code complete()} ({@code CompleteContact})
     */
    CompletionStage<Void> complete();

    /**
     * Pauses a task; Streams' {@code pause()} ({@code PauseContact}). The back end refuses other contact types
     * ({@link InvalidContactTypeException}) and tasks it cannot pause ({@link InvalidStateException}).
     *
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> pause();

    /**
     * Resumes a paused task; Streams' {@code resume()} ({@code ResumeContact}).
     *
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> resume();

    /**
     * Switches the supervisor's monitoring of this contact; Streams' {@code updateMonitorParticipantState(state)}
     * ({@code UpdateMonitorParticipantState}). A mode other than {@code SILENT_MONITOR} or {@code BARGE} fails at
     * once with a {@link StreamsException} of type {@code invalid_target_state}, as Streams'
     * {@code MonitoringErrorTypes.INVALID_TARGET_STATE}, and nothing is sent.
     *
     * @param targetMonitorMode the mode to switch to
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> updateMonitorParticipantState(MonitoringMode targetMonitorMode);

    /**
     * @return Streams' {@code silentMonitor()}: {@code updateMonitorParticipantState(SILENT_MONITOR)}
     */
    default CompletionStage<Void> silentMonitor() {
        return updateMonitorParticipantState(MonitoringMode.SILENT_MONITOR);
    }

    /**
     * @return Streams' {@code bargeIn()}: {@code updateMonitorParticipantState(BARGE)}
     */
    default CompletionStage<Void> bargeIn() {
        return updateMonitorParticipantState(MonitoringMode.BARGE);
    }

    /**
     * @param issueCode the issue code
     * @param description free text
     * @return Streams' {@code notifyIssue(issueCode, description)} ({@code NotifyContactIssue})
     */
    CompletionStage<Void> notifyIssue(String issueCode, String description);

    /**
     * Adds a consult leg (third party); Streams' {@code addConnection(endpoint)} ({@code CreateAdditionalConnection}).
     *
     * @param endpoint whom to add
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> addConnection(Endpoint endpoint);

    /**
     * Swaps which party is on hold; Streams' {@code toggleActiveConnections()}.
     *
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> toggleActiveConnections();

    /**
     * Joins all parties; Streams' {@code conferenceConnections()}.
     *
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> conferenceConnections();

    /**
     * Blind transfer; Streams' {@code transfer(endpoint)} ({@code transferContact}).
     *
     * @param endpoint where to
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> transfer(Endpoint endpoint);

    /**
     * Adds a participant; Streams' {@code addParticipant(endpoint)} ({@code addNewConnection}).
     *
     * @param endpoint whom to add
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> addParticipant(Endpoint endpoint);

    /**
     * @param stats per-second audio statistics; Streams' {@code sendSoftphoneMetrics(stats)}
     *            ({@code SendSoftphoneCallMetrics})
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> sendSoftphoneMetrics(List<RtpStreamStats> stats);

    /**
     * @param report the call report; Streams' {@code sendSoftphoneReport(report)} ({@code SendSoftphoneCallReport})
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> sendSoftphoneReport(SoftphoneCallReport report);
}
