/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.bus.internal.eventadmin;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventTopics;
import io.connectstreams.api.event.Subscription;

/**
 * Posts every bus event to OSGi EventAdmin, so e4 parts can receive it with {@code @UIEventTopic} without knowing
 * the bus. The topic is {@link EventTopics#of(String)}; the properties are {@link EventTopics#EVENT_NAME} (the bus
 * name) and {@link EventTopics#DATA} (the payload). EventAdmin properties cannot hold {@code null}, so an event
 * without payload is posted without {@code DATA}.
 * <p>
 * Posting is asynchronous ({@link EventAdmin#postEvent(Event)}): the publisher only pays for queueing, and
 * EventAdmin delivers the events of one publishing thread in the order they were published. This component exists
 * only while an EventAdmin service does; the bus itself never touches {@code org.osgi.service.event}.
 */
@Component(immediate = true)
public final class EventAdminBridge {

    private final EventAdmin eventAdmin;
    private final Subscription subscription;

    /**
     * @param bus the bus whose events are forwarded
     * @param eventAdmin where they are posted
     */
    @Activate
    public EventAdminBridge(@Reference EventBus bus, @Reference EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
        this.subscription = bus.subscribeAll(this::post);
    }

    private void post(BusEvent event) {
        eventAdmin.postEvent(toEvent(event.name(), event.data()));
    }

    private static Event toEvent(String eventName, Object data) {
        Map<String, Object> properties = data == null ? Map.of(EventTopics.EVENT_NAME, eventName)
                : Map.of(EventTopics.EVENT_NAME, eventName, EventTopics.DATA, data);
        return new Event(EventTopics.of(eventName), properties);
    }

    /** Stops forwarding. */
    @Deactivate
    void close() {
        subscription.close();
    }
}
