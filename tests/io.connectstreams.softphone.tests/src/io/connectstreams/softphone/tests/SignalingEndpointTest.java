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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.softphone.SoftphoneError;
import io.connectstreams.api.softphone.SoftphoneErrorType;
import io.connectstreams.api.softphone.SoftphoneFailureReason;
import io.connectstreams.api.softphone.SoftphoneSessionInfo;
import io.connectstreams.api.softphone.SoftphoneSessionState;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testkit.BusRecorder;

/**
 * The signaling socket carries the call context and client tokens: the softphone connects only to {@code wss}, or
 * to {@code ws} on a loopback host (the instance URL's rule). Any other endpoint fails the session with a
 * signaling connection failure before a connection is attempted: a listening server sees none.
 */
class SignalingEndpointTest {

    @Test
    void aWsEndpointOnAHostThatIsNotLoopbackFailsWithoutAConnection() throws Exception {
        // 10.77.0.1: the test network namespace's own veth address, not loopback
        try (Listener server = new Listener(InetAddress.getByName("10.77.0.1"))) {
            refused("ws://10.77.0.1:" + server.port() + "/LilyRTC", server);
        }
    }

    @Test
    void anHttpEndpointFailsWithoutAConnection() throws Exception {
        try (Listener server = new Listener(InetAddress.getLoopbackAddress())) {
            refused("http://127.0.0.1:" + server.port() + "/LilyRTC", server);
        }
    }

    @Test
    void aWsEndpointOnLoopbackIsConnectedTo() throws Exception {
        // the control: the same listener does see the softphone when the endpoint is allowed
        try (Listener server = new Listener(InetAddress.getLoopbackAddress());
                PlayedCalls calls = new PlayedCalls(Sandbox.builder())) {
            PlayedCalls.Call call = calls.offer(sandboxConfig -> config("ws://127.0.0.1:" + server.port()
                    + "/LilyRTC"));
            calls.awaitState(call, SoftphoneSessionState.FAILED);
            assertEquals(SoftphoneFailureReason.SIGNALLING_CONNECTION_FAILURE,
                    calls.latest(call).map(SoftphoneSessionInfo::failureReason).orElse(null));
            assertTrue(server.accepted() > 0, "the softphone connected to the loopback endpoint");
            calls.destroy(call);
        }
    }

    private static void refused(String endpoint, Listener server) throws Exception {
        try (PlayedCalls calls = new PlayedCalls(Sandbox.builder());
                BusRecorder events = new BusRecorder(calls.bus)) {
            PlayedCalls.Call call = calls.offer(sandboxConfig -> config(endpoint));
            calls.awaitState(call, SoftphoneSessionState.FAILED);
            assertEquals(0, server.accepted(), "no connection to " + endpoint);
            SoftphoneSessionInfo failed = calls.latest(call).orElseThrow();
            assertEquals(SoftphoneFailureReason.SIGNALLING_CONNECTION_FAILURE, failed.failureReason(),
                    failed.toString());
            List<SoftphoneError> errors = events.payloads(AgentEvents.SOFTPHONE_ERROR, SoftphoneError.class);
            assertEquals(1, errors.size(), errors.toString());
            assertEquals(SoftphoneErrorType.SIGNALLING_CONNECTION_FAILURE, errors.get(0).errorType());
            assertTrue(errors.get(0).toString().contains("wss"), errors.get(0).toString());
            assertTrue(!calls.states(call).contains(SoftphoneSessionState.GRAB_LOCAL_MEDIA),
                    "nothing was opened: " + calls.states(call));
            calls.destroy(call);
        }
    }

    private static String config(String endpoint) {
        return "{\"signalingEndpoint\":\"" + endpoint + "\",\"iceServers\":[],\"iceTransportPolicy\":\"all\","
                + "\"protocol\":\"LilyRTC/1.0/WSS\",\"useWebSocketProvider\":false}";
    }

    /** Counts the connections it accepts and closes each at once. */
    private static final class Listener implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket();
        private final AtomicInteger accepted = new AtomicInteger();

        Listener(InetAddress address) throws IOException {
            socket.bind(new InetSocketAddress(address, 0));
            Thread thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        accepted.incrementAndGet();
                    } catch (IOException e) {
                        return; // closed
                    }
                }
            }, "test-signaling-listener");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
