/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.tests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ConnectionState;
import io.connectstreams.api.model.ConnectionStateType;
import io.connectstreams.api.model.ConnectionType;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactState;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Endpoint;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.model.SoftphoneCallType;
import io.connectstreams.api.model.SoftphoneMediaInfo;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.softphone.probe.SoftphoneProbe;
import io.connectstreams.testing.AgentSnapshots;
import io.connectstreams.testing.Await;
import io.connectstreams.testing.Bundles;
import io.connectstreams.testing.LogEcho;
import io.connectstreams.testing.SnapshotPlayer;

/**
 * Real sandbox calls, offered to the softphone through played snapshots (the worker's real event derivation, no
 * polling): each call goes to its own sandbox agent, available from the start, so calls follow each other as fast
 * as the softphone handles them. The softphone gets the sandbox's trust with {@code configure}.
 */
final class PlayedCalls implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    /** One offered call. */
    record Call(String contactId, String agent, ContactSnapshot connecting, long offeredNanos) {
    }

    final Sandbox sandbox;
    final EventBus bus;
    final Softphone softphone;
    final SoftphoneProbe probe;
    private final SnapshotPlayer player;
    private final Subscription sessions;
    private final Map<String, SoftphoneSessionInfo> latest = new ConcurrentHashMap<>();
    private final Map<String, Long> talkingAt = new ConcurrentHashMap<>();
    private final Map<String, List<SoftphoneSessionState>> states = new ConcurrentHashMap<>();
    private int agents;

    PlayedCalls(Sandbox.Builder builder) throws Exception {
        LogEcho.install();
        bus = Bundles.service(EventBus.class, WAIT);
        softphone = Bundles.service(Softphone.class, WAIT);
        probe = Bundles.service(SoftphoneProbe.class, WAIT);
        sandbox = builder.start();
        player = new SnapshotPlayer(bus);
        sessions = bus.subscribe(StreamsEvents.SOFTPHONE_SESSION, SoftphoneSessionInfo.class, info -> {
            if (info.state() == SoftphoneSessionState.TALKING) {
                talkingAt.put(info.contactId(), System.nanoTime());
            }
            latest.put(info.contactId(), info);
            states.computeIfAbsent(info.contactId(), id -> new CopyOnWriteArrayList<>()).add(info.state());
        });
        bus.trigger(EventType.CONFIGURE, StreamsConfiguration.builder(sandbox.baseUri())
                .sslContext(sandbox.clientSslContext()).build());
    }

    /** Places a call to a fresh available agent and offers it to the softphone ({@code connecting}). */
    Call offer() {
        return offer(UnaryOperator.identity());
    }

    /**
     * @param callConfig changes the sandbox's {@code callConfigJson} before the softphone sees it
     */
    Call offer(UnaryOperator<String> callConfig) {
        String agent = "bench-" + agents++;
        sandbox.control().addAgent(AgentSpec.of(agent, agent + "-sandbox", "Agent " + agent)
                .withInitialState("Available"));
        String contactId = sandbox.control().placeCall(SoftphoneFixture.CALLER, null, agent);
        ContactSnapshot connecting = contact(contactId, agent, ContactStateType.CONNECTING, callConfig);
        long offered = System.nanoTime();
        player.play(AgentSnapshots.agent(AgentSnapshots.BUSY, connecting));
        return new Call(contactId, agent, connecting, offered);
    }

    SoftphoneSessionInfo awaitState(Call call, SoftphoneSessionState state) {
        Await.until(WAIT, () -> reached(call, state), () -> "the session of " + call.contactId() + " in " + state
                + ", is " + latest.get(call.contactId()));
        return latest.get(call.contactId());
    }

    boolean reached(Call call, SoftphoneSessionState state) {
        List<SoftphoneSessionState> seen = states.get(call.contactId());
        return seen != null && seen.contains(state);
    }

    /** @return the latest session change of the call, while remembered */
    java.util.Optional<SoftphoneSessionInfo> latest(Call call) {
        return java.util.Optional.ofNullable(latest.get(call.contactId()));
    }

    List<SoftphoneSessionState> states(Call call) {
        return List.copyOf(states.getOrDefault(call.contactId(), List.of()));
    }

    /** @return nanoseconds from the offer to the session's {@code TALKING} */
    long offerToTalking(Call call) {
        awaitState(call, SoftphoneSessionState.TALKING);
        return talkingAt.get(call.contactId()) - call.offeredNanos();
    }

    /** The caller hangs up (the server's bye), then the contact leaves the agent's snapshot. */
    void callerHangsUp(Call call) {
        sandbox.control().hangUp(call.contactId());
        Await.until(WAIT, () -> reached(call, SoftphoneSessionState.DISCONNECTED)
                || reached(call, SoftphoneSessionState.FAILED), "the session of " + call.contactId() + " to end");
        player.play(AgentSnapshots.agent(AgentSnapshots.AVAILABLE));
        forget(call);
    }

    /** The contact leaves the agent's snapshot (the softphone hangs up itself). */
    void destroy(Call call) {
        player.play(AgentSnapshots.agent(AgentSnapshots.AVAILABLE));
        Await.until(WAIT, () -> latest.get(call.contactId()) != null && latest.get(call.contactId()).state()
                .isFinal(), "the session of " + call.contactId() + " to end");
        forget(call);
    }

    private void forget(Call call) {
        latest.remove(call.contactId());
        talkingAt.remove(call.contactId());
    }

    void forgetStates(Call call) {
        states.remove(call.contactId());
    }

    /** The played contact as the worker would derive it from the sandbox's snapshot of that agent. */
    private ContactSnapshot contact(String contactId, String agent, ContactStateType state,
            UnaryOperator<String> callConfig) {
        JsonObject snapshot = JsonParser.parseString(sandbox.control().snapshotJson(agent)).getAsJsonObject();
        JsonObject agentLeg = null;
        for (JsonElement contact : snapshot.getAsJsonArray("contacts")) {
            if (contact.getAsJsonObject().get("contactId").getAsString().equals(contactId)) {
                for (JsonElement connection : contact.getAsJsonObject().getAsJsonArray("connections")) {
                    if ("agent".equals(connection.getAsJsonObject().get("type").getAsString())) {
                        agentLeg = connection.getAsJsonObject();
                    }
                }
            }
        }
        if (agentLeg == null) {
            throw new AssertionError("no agent connection for " + contactId);
        }
        JsonObject media = agentLeg.getAsJsonObject("softphoneMediaInfo");
        SoftphoneMediaInfo info = new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY,
                media.get("autoAccept").getAsBoolean(), media.get("mediaLegContextToken").getAsString(),
                media.get("callContextToken").getAsString(),
                callConfig.apply(media.get("callConfigJson").getAsString()));
        ConnectionSnapshot agentConnection = new ConnectionSnapshot(contactId,
                agentLeg.get("connectionId").getAsString(), ConnectionType.AGENT, false,
                new ConnectionState(ConnectionStateType.CONNECTING, AgentSnapshots.T0), null, info, false, false,
                null, null, null);
        ConnectionSnapshot customer = new ConnectionSnapshot(contactId, contactId + "-customer",
                ConnectionType.INBOUND, true, new ConnectionState(ConnectionStateType.CONNECTED, AgentSnapshots.T0),
                Endpoint.byPhoneNumber(SoftphoneFixture.CALLER), null, false, false, null, null, null);
        return new ContactSnapshot(contactId, contactId, null, ContactType.VOICE,
                new ContactState(state, AgentSnapshots.T0), new Queue("arn:queue/basic", "BasicQueue"),
                AgentSnapshots.T0, Map.of(), null, null, null, Endpoint.byPhoneNumber(SoftphoneFixture.CALLER),
                List.of(agentConnection, customer));
    }

    @Override
    public void close() {
        player.play(AgentSnapshots.agent(AgentSnapshots.OFFLINE));
        Await.until(WAIT, () -> softphone.sessions().isEmpty(), "every softphone session to end");
        sessions.close();
        player.close();
        sandbox.close();
    }
}
