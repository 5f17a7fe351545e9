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

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Test runtimes run inside the private network namespace of releng/netns: loopback plus one veth pair, the
 * non-loopback interface WebRTC needs, and nothing that leads off the machine.
 */
class TestNetworkTest {

    @Test
    void onlyLoopbackAndThePrivateVethPairExist() throws SocketException {
        TreeSet<String> addresses = new TreeSet<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLinkLocalAddress()) {
                    addresses.add(address.getHostAddress().replaceAll("%.*", ""));
                }
            }
        }
        assertEquals(new TreeSet<>(List.of("0:0:0:0:0:0:0:1", "10.77.0.1", "10.77.0.2", "127.0.0.1")), addresses);
    }
}
