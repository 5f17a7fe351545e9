/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit.classpath.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;

import io.connectstreams.api.Streams;
import io.connectstreams.testkit.ContactCenter;
import io.connectstreams.testkit.ContactCenterExtension;
import io.connectstreams.testkit.CustomerContact;

/**
 * What makes this module's run a plain class path: no framework loaded the kit or the API, and the {@link Streams}
 * the kit signs in through is the worker's class-path service that {@link ServiceLoader} finds, logging through
 * {@code System.Logger}, on an event bus of its own.
 */
@ExtendWith(ContactCenterExtension.class)
class PlainClassPathTest {

    @Test
    void noFrameworkLoadedTheKitOrTheApi() {
        assertNull(FrameworkUtil.getBundle(ContactCenter.class));
        assertNull(FrameworkUtil.getBundle(Streams.class));
        assertSame(ClassLoader.getSystemClassLoader(), Streams.class.getClassLoader());
    }

    @Test
    void serviceLoaderFindsTheWorkersStreams() {
        List<String> found = ServiceLoader.load(Streams.class).stream().map(p -> p.type().getName()).toList();
        assertEquals(List.of("io.connectstreams.worker.internal.ClassPathStreams"), found);
    }

    @Test
    void theKitSignsInThroughTheClassPathServiceAndACallReachesTheAgent(ContactCenter center) {
        assertEquals("io.connectstreams.worker.internal.ClassPathStreams", center.streams().getClass().getName());
        assertTrue(center.streams().isInitialized());

        CustomerContact call = center.customerCalls("+442079460018");
        assertEquals("+442079460018", call.awaitRinging().getCustomerEndpoint().phoneNumber());
        call.accept();
        call.awaitConnected();
        call.hangUp();
        call.awaitEnded();
        call.clear();
        call.awaitGone();
    }
}
