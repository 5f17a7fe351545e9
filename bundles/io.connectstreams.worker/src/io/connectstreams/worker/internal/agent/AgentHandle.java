/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import io.connectstreams.api.Agent;
import io.connectstreams.api.ConnectOptions;
import io.connectstreams.api.Contact;
import io.connectstreams.api.InvalidConfigurationException;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.AgentStateChange;
import io.connectstreams.api.event.ConfigurationEvents;
import io.connectstreams.api.event.DeviceChange;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteRequest;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.softphone.SoftphoneError;
import io.connectstreams.api.spi.Page;

/**
 * The session's {@link Agent}: stateless, every getter reads the store's latest snapshot (Streams'
 * {@code new connect.Agent()}).
 */
public final class AgentHandle implements Agent {

    /** Streams' {@code getEndpoints} page size. */
    private static final int ENDPOINT_PAGE_SIZE = 500;

    /** The locales Streams' {@code setConfiguration} accepts. */
    private static final Set<String> LOCALES = Set.of("en_US", "de_DE", "es_ES", "fr_FR", "ja_JP", "it_IT", "ko_KR",
            "pt_BR", "zh_CN", "zh_TW");

    private final HandleContext context;

    /**
     * @param context the session's shared parts
     */
    public AgentHandle(HandleContext context) {
        this.context = context;
    }

    @Override
    public AgentSnapshot toSnapshot() {
        return context.store().current();
    }

    @Override
    public Duration getStateDuration() {
        return toSnapshot().stateDuration(context.clock().instant());
    }

    @Override
    public List<Contact> getContacts(ContactType... types) {
        List<Contact> contacts = new ArrayList<>();
        for (var contact : toSnapshot().contacts(types)) {
            context.store().contact(contact.contactId()).ifPresent(contacts::add);
        }
        return contacts;
    }

    @Override
    public Subscription onRefresh(Consumer<Agent> callback) {
        return on(AgentEvents.REFRESH, callback);
    }

    @Override
    public Subscription onStateChange(Consumer<AgentStateChange> callback) {
        return context.bus().subscribe(AgentEvents.STATE_CHANGE, AgentStateChange.class, callback);
    }

    @Override
    public Subscription onRoutable(Consumer<Agent> callback) {
        return on(AgentEvents.ROUTABLE, callback);
    }

    @Override
    public Subscription onNotRoutable(Consumer<Agent> callback) {
        return on(AgentEvents.NOT_ROUTABLE, callback);
    }

    @Override
    public Subscription onOffline(Consumer<Agent> callback) {
        return on(AgentEvents.OFFLINE, callback);
    }

    @Override
    public Subscription onError(Consumer<Agent> callback) {
        return on(AgentEvents.ERROR, callback);
    }

    @Override
    public Subscription onSoftphoneError(Consumer<SoftphoneError> callback) {
        return context.bus().subscribe(AgentEvents.SOFTPHONE_ERROR, SoftphoneError.class, callback);
    }

    @Override
    public Subscription onAfterCallWork(Consumer<Agent> callback) {
        return on(AgentEvents.ACW, callback);
    }

    @Override
    public Subscription onMuteToggle(Consumer<MuteToggle> callback) {
        return context.bus().subscribe(AgentEvents.MUTE_TOGGLE, MuteToggle.class, callback);
    }

    @Override
    public Subscription onEnqueuedNextState(Consumer<Agent> callback) {
        return on(AgentEvents.ENQUEUED_NEXT_STATE, callback);
    }

    @Override
    public Subscription onClearedNextState(Consumer<Agent> callback) {
        return on(AgentEvents.CLEARED_NEXT_STATE, callback);
    }

    @Override
    public Subscription onWebSocketConnectionLost(Consumer<Agent> callback) {
        return on(AgentEvents.WEBSOCKET_CONNECTION_LOST, callback);
    }

    @Override
    public Subscription onWebSocketConnectionGained(Consumer<Agent> callback) {
        return on(AgentEvents.WEBSOCKET_CONNECTION_GAINED, callback);
    }

    @Override
    public Subscription onSpeakerDeviceChanged(Consumer<DeviceChange> callback) {
        return context.bus().subscribe(ConfigurationEvents.SPEAKER_DEVICE_CHANGED, DeviceChange.class, callback);
    }

    @Override
    public Subscription onMicrophoneDeviceChanged(Consumer<DeviceChange> callback) {
        return context.bus().subscribe(ConfigurationEvents.MICROPHONE_DEVICE_CHANGED, DeviceChange.class, callback);
    }

    @Override
    public Subscription onRingerDeviceChanged(Consumer<DeviceChange> callback) {
        return context.bus().subscribe(ConfigurationEvents.RINGER_DEVICE_CHANGED, DeviceChange.class, callback);
    }

    @Override
    public CompletionStage<Void> setState(AgentState state, boolean enqueueNextState) {
        Objects.requireNonNull(state, "state");
        return context.actions().run("setState",
                () -> context.backend().putAgentState(state, enqueueNextState));
    }

    @Override
    public CompletionStage<Void> setConfiguration(AgentConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        String locale = configuration.locale().orElse(null);
        if (locale != null && !LOCALES.contains(locale)) {
            return CompletableFuture.failedFuture(new InvalidConfigurationException("InvalidLocale", 0));
        }
        return context.actions().run("setConfiguration",
                () -> context.backend().updateAgentConfiguration(configuration)).thenRun(
                        () -> context.bus().trigger(EventType.RELOAD_AGENT_CONFIGURATION, null));
    }

    @Override
    public CompletionStage<Void> connect(Endpoint endpoint, ConnectOptions options) {
        Objects.requireNonNull(endpoint, "endpoint");
        ConnectOptions chosen = options == null ? ConnectOptions.DEFAULT : options;
        String queueArn = chosen.queueArn();
        if (queueArn == null) {
            var profile = getRoutingProfile();
            Queue outbound = profile == null ? null : profile.defaultOutboundQueue();
            queueArn = outbound == null ? null : outbound.queueArn();
        }
        String queue = queueArn;
        return context.actions().run("connect",
                () -> context.backend().createOutboundContact(endpoint, queue, chosen.relatedContactId()));
    }

    @Override
    public CompletionStage<List<Endpoint>> getEndpoints(List<String> queueArns) {
        List<String> queues = List.copyOf(queueArns);
        return context.actions().run("getEndpoints", () -> endpointPages(queues, null, new ArrayList<>()));
    }

    private CompletionStage<List<Endpoint>> endpointPages(List<String> queues, String nextToken,
            List<Endpoint> collected) {
        return context.backend().getEndpoints(queues, nextToken, ENDPOINT_PAGE_SIZE).thenCompose((Page<Endpoint> page) -> {
            collected.addAll(page.items());
            return page.hasNext() ? endpointPages(queues, page.nextToken(), collected)
                    : CompletableFuture.completedFuture(List.copyOf(collected));
        });
    }

    @Override
    public void mute() {
        context.bus().trigger(EventType.MUTE, new MuteRequest(Boolean.TRUE));
    }

    @Override
    public void unmute() {
        context.bus().trigger(EventType.MUTE, new MuteRequest(Boolean.FALSE));
    }

    @Override
    public void setSpeakerDevice(String deviceId) {
        context.bus().trigger(ConfigurationEvents.SET_SPEAKER_DEVICE, new DeviceChange(deviceId));
    }

    @Override
    public void setMicrophoneDevice(String deviceId) {
        context.bus().trigger(ConfigurationEvents.SET_MICROPHONE_DEVICE, new DeviceChange(deviceId));
    }

    @Override
    public void setRingerDevice(String deviceId) {
        context.bus().trigger(ConfigurationEvents.SET_RINGER_DEVICE, new DeviceChange(deviceId));
    }

    private Subscription on(String event, Consumer<Agent> callback) {
        return context.bus().subscribe(event, Agent.class, callback);
    }
}
