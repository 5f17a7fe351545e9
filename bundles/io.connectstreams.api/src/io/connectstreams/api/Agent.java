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
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import io.connectstreams.api.event.AgentStateChange;
import io.connectstreams.api.event.DeviceChange;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.AgentAvailabilityState;
import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.ChannelType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.RoutingProfile;
import io.connectstreams.api.softphone.SoftphoneError;

/**
 * The signed-in agent; Streams' {@code connect.Agent}. The object holds no state of its own: every getter reads
 * the latest snapshot, so a handle kept from {@link Streams#agent(Consumer)} stays current. Getters throw
 * {@link NotInitializedException} before the first snapshot (Streams' {@code StateError}).
 * <p>
 * Actions return a {@link CompletionStage} that completes when the back end accepted the request (the next
 * snapshot shows the effect) and fails with a {@link StreamsException} subclass, at the latest after the configured
 * action timeout ({@link RequestTimeoutException}).
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface Agent {

    /**
     * @return the latest data; Streams' {@code agent.toSnapshot()}
     */
    AgentSnapshot toSnapshot();

    /**
     * @return the current state; Streams' {@code getState()} (alias {@code getStatus()})
     */
    default AgentState getState() {
        return toSnapshot().state();
    }

    /**
     * @return the enqueued next state, or {@code null}; Streams' {@code getNextState()}
     */
    default AgentState getNextState() {
        return toSnapshot().nextState();
    }

    /**
     * @return the router's view of the agent, may be {@code null}; Streams' {@code getAvailabilityState()}
     */
    default AgentAvailabilityState getAvailabilityState() {
        return toSnapshot().availability();
    }

    /**
     * @return time in the current state, corrected by the clock skew; Streams' {@code getStateDuration()}
     */
    Duration getStateDuration();

    /**
     * @return the configuration; Streams' {@code getConfiguration()}
     */
    default AgentConfiguration getConfiguration() {
        return toSnapshot().configuration();
    }

    /**
     * @return permission names; Streams' {@code getPermissions()}
     */
    default List<String> getPermissions() {
        return getConfiguration().permissions();
    }

    /**
     * @return the states the agent may choose; Streams' {@code getAgentStates()}
     */
    default List<AgentState> getAgentStates() {
        return getConfiguration().agentStates();
    }

    /**
     * @return the routing profile; Streams' {@code getRoutingProfile()}
     */
    default RoutingProfile getRoutingProfile() {
        return getConfiguration().routingProfile();
    }

    /**
     * @return every queue ARN of the routing profile; Streams' {@code getAllQueueARNs()}
     */
    default List<String> getAllQueueArns() {
        return getConfiguration().allQueueArns();
    }

    /**
     * @return the agent's display name; Streams' {@code getName()}
     */
    default String getName() {
        return getConfiguration().name();
    }

    /**
     * @return the agent's ARN; Streams' {@code getAgentARN()}
     */
    default String getAgentArn() {
        return getConfiguration().agentArn();
    }

    /**
     * @return the desk-phone extension, may be {@code null}; Streams' {@code getExtension()}
     */
    default String getExtension() {
        return getConfiguration().extension();
    }

    /**
     * @return ISO codes of the countries the agent may dial; Streams' {@code getDialableCountries()}
     */
    default List<String> getDialableCountries() {
        return getConfiguration().dialableCountries();
    }

    /**
     * @return whether calls use the softphone; Streams' {@code isSoftphoneEnabled()}
     */
    default boolean isSoftphoneEnabled() {
        return getConfiguration().softphoneEnabled();
    }

    /**
     * @param channel a channel
     * @return how many contacts of that channel the agent may hold; Streams' {@code getChannelConcurrency(channel)}
     */
    default long getChannelConcurrency(ChannelType channel) {
        RoutingProfile profile = getRoutingProfile();
        return profile == null ? 0 : profile.concurrency(channel);
    }

    /**
     * @param types contact types to keep; none means all
     * @return the agent's contacts; Streams' {@code getContacts(typeFilter)}
     */
    List<Contact> getContacts(ContactType... types);

    /**
     * @param callback receives the agent on every snapshot ({@code agent::refresh})
     * @return the subscription; Streams' {@code onRefresh(f)}
     */
    Subscription onRefresh(Consumer<Agent> callback);

    /**
     * @param callback receives old and new state names ({@code agent::state_change})
     * @return the subscription; Streams' {@code onStateChange(f)}
     */
    Subscription onStateChange(Consumer<AgentStateChange> callback);

    /**
     * @param callback called when the state type becomes routable ({@code agent::routable})
     * @return the subscription; Streams' {@code onRoutable(f)}
     */
    Subscription onRoutable(Consumer<Agent> callback);

    /**
     * @param callback called when the state type becomes not_routable ({@code agent::not_routable})
     * @return the subscription; Streams' {@code onNotRoutable(f)}
     */
    Subscription onNotRoutable(Consumer<Agent> callback);

    /**
     * @param callback called when the state type becomes offline ({@code agent::offline})
     * @return the subscription; Streams' {@code onOffline(f)}
     */
    Subscription onOffline(Consumer<Agent> callback);

    /**
     * @param callback called on entering an error state ({@code agent::error})
     * @return the subscription; Streams' {@code onError(f)}
     */
    Subscription onError(Consumer<Agent> callback);

    /**
     * @param callback receives softphone failures ({@code agent::softphone_error})
     * @return the subscription; Streams' {@code onSoftphoneError(f)}
     */
    Subscription onSoftphoneError(Consumer<SoftphoneError> callback);

    /**
     * @param callback called on entering after-call work ({@code agent::acw})
     * @return the subscription; Streams' {@code onAfterCallWork(f)}
     */
    Subscription onAfterCallWork(Consumer<Agent> callback);

    /**
     * @param callback receives every mute change and mute-state answer ({@code agent::mute_toggle})
     * @return the subscription; Streams' {@code onMuteToggle(f)}
     */
    Subscription onMuteToggle(Consumer<MuteToggle> callback);

    /**
     * @param callback called when a next state is enqueued ({@code agent::enqueued_next_state})
     * @return the subscription; Streams' {@code onEnqueuedNextState(f)}
     */
    Subscription onEnqueuedNextState(Consumer<Agent> callback);

    /**
     * @param callback called when the enqueued next state is cleared ({@code agent::cleared_next_state})
     * @return the subscription; Streams' {@code onClearedNextState(f)}
     */
    Subscription onClearedNextState(Consumer<Agent> callback);

    /**
     * @param callback called when the CTI WebSocket is lost ({@code agent::websocket_connection_lost})
     * @return the subscription; Streams' {@code onWebSocketConnectionLost(f)}
     */
    Subscription onWebSocketConnectionLost(Consumer<Agent> callback);

    /**
     * @param callback called when the CTI WebSocket is back ({@code agent::websocket_connection_gained})
     * @return the subscription; Streams' {@code onWebSocketConnectionGained(f)}
     */
    Subscription onWebSocketConnectionGained(Consumer<Agent> callback);

    /**
     * @param callback receives the new speaker ({@code configuration::speaker_device_changed})
     * @return the subscription; Streams' {@code onSpeakerDeviceChanged(f)}
     */
    Subscription onSpeakerDeviceChanged(Consumer<DeviceChange> callback);

    /**
     * @param callback receives the new microphone ({@code configuration::microphone_device_changed})
     * @return the subscription; Streams' {@code onMicrophoneDeviceChanged(f)}
     */
    Subscription onMicrophoneDeviceChanged(Consumer<DeviceChange> callback);

    /**
     * @param callback receives the new ringer device ({@code configuration::ringer_device_changed})
     * @return the subscription; Streams' {@code onRingerDeviceChanged(f)}
     */
    Subscription onRingerDeviceChanged(Consumer<DeviceChange> callback);

    /**
     * Changes the agent state; Streams' {@code setState(state, callbacks)} ({@code PutAgentState}).
     *
     * @param state one of {@link #getAgentStates()}
     * @return completes when the back end accepted it
     */
    default CompletionStage<Void> setState(AgentState state) {
        return setState(state, false);
    }

    /**
     * Changes the agent state, or enqueues it to follow the current contact work; Streams'
     * {@code setState(state, callbacks, {enqueueNextState})}.
     *
     * @param state one of {@link #getAgentStates()}
     * @param enqueueNextState whether to apply it after the current contacts end
     * @return completes when the back end accepted it
     */
    CompletionStage<Void> setState(AgentState state, boolean enqueueNextState);

    /**
     * Updates the agent's configuration; Streams' {@code setConfiguration(config, callbacks)}
     * ({@code UpdateAgentConfiguration}). The locale is validated as Streams does.
     *
     * @param configuration the new configuration
     * @return completes when the back end accepted it; fails with {@link InvalidConfigurationException} for a locale
     *         Streams does not support
     */
    CompletionStage<Void> setConfiguration(AgentConfiguration configuration);

    /**
     * Places an outbound call; Streams' {@code connect(endpoint, options)} ({@code CreateOutboundContact}).
     *
     * @param endpoint whom to call
     * @param options the queue (default: the routing profile's default outbound queue) and a related contact
     * @return completes when the back end accepted the call
     */
    CompletionStage<Void> connect(Endpoint endpoint, ConnectOptions options);

    /**
     * Lists quick connects and transfer targets, following every page; Streams' {@code getEndpoints(queueARNs)}
     * (alias {@code getAddresses}).
     *
     * @param queueArns the queues to list endpoints of
     * @return all endpoints
     */
    CompletionStage<List<Endpoint>> getEndpoints(List<String> queueArns);

    /**
     * Mutes the agent's outgoing audio; Streams' {@code agent.mute()}. The softphone answers with
     * {@code agent::mute_toggle}.
     */
    void mute();

    /**
     * Unmutes the agent's outgoing audio; Streams' {@code agent.unmute()}.
     */
    void unmute();

    /**
     * @param deviceId a speaker id from {@code Softphone.audioDevices()}; Streams' {@code setSpeakerDevice(id)}
     */
    void setSpeakerDevice(String deviceId);

    /**
     * @param deviceId a microphone id; Streams' {@code setMicrophoneDevice(id)} (here it also works between calls)
     */
    void setMicrophoneDevice(String deviceId);

    /**
     * @param deviceId a ringer id from {@code RingtoneService.ringerDevices()}; Streams' {@code setRingerDevice(id)}
     */
    void setRingerDevice(String deviceId);
}
