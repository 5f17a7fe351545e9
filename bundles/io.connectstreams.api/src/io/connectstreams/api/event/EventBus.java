/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.event;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The event bus every agent, contact, softphone, ringtone and metric event crosses; Streams' {@code EventBus}
 * ({@code connect.core.getEventBus()}), available as an OSGi service.
 * <p>
 * Delivery is synchronous on the publishing thread: first the handlers subscribed to all events, then those of
 * the event's name, each group in subscription order. Each handler is isolated: one that throws is logged with the
 * event name and the others still run. A subscription added during a delivery does not receive that delivery.
 * Events are also posted to OSGi EventAdmin under {@link EventTopics#of(String)} when EventAdmin is present.
 *
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface EventBus {

    /** The pseudo event name of {@link #subscribeAll(EventHandler)} subscriptions (Streams' {@code <<all>>}). */
    String ALL_EVENTS = "<<all>>";

    /**
     * Streams' {@code bus.subscribe(eventName, f)}.
     *
     * @param eventName the exact event name, for example {@link AgentEvents#MUTE_TOGGLE}
     * @param handler the handler
     * @return the subscription; close it to unsubscribe
     */
    Subscription subscribe(String eventName, EventHandler handler);

    /**
     * Subscribes to the payload of one event, typed.
     *
     * @param eventName the exact event name
     * @param payloadType the payload type; deliveries whose payload is not of this type are skipped
     * @param consumer receives the payload
     * @return the subscription
     */
    default <T> Subscription subscribe(String eventName, Class<T> payloadType, Consumer<? super T> consumer) {
        return subscribe(eventName, event -> event.dataAs(payloadType).ifPresent(consumer));
    }

    /**
     * Streams' {@code bus.subscribeAll(f)}: the handler receives every event, before the named handlers.
     *
     * @param handler the handler
     * @return the subscription
     */
    Subscription subscribeAll(EventHandler handler);

    /**
     * Streams' {@code bus.trigger(eventName, data)}: delivers to the handlers now, on this thread.
     *
     * @param eventName the event name
     * @param data the payload, may be {@code null}
     */
    void trigger(String eventName, Object data);

    /**
     * Removes every subscription whose event name ends with {@code suffix}; used to drop all
     * {@code contact::*::<contactId>} subscriptions when a contact is destroyed.
     *
     * @param suffix for example {@link ContactEvents#scopeSuffix(String)}
     * @return how many subscriptions were removed
     */
    int unsubscribeAllEndingWith(String suffix);

    /**
     * Asks whoever {@link #respond responds} to {@code requestName} and waits for the answer, at most
     * {@code timeout}; Streams' {@code api_request}/{@code master_request} correlation, with the timeout Streams lacks.
     *
     * @param requestName the request name
     * @param data the request payload, may be {@code null}
     * @param responseType the expected answer type
     * @param timeout the longest wait
     * @return the answer; fails with {@link io.connectstreams.api.RequestTimeoutException} when nobody answers in
     *         time and with the responder's exception when it fails
     */
    <R> CompletionStage<R> request(String requestName, Object data, Class<R> responseType, Duration timeout);

    /**
     * Registers the one responder of a request name.
     *
     * @param requestName the request name
     * @param responder computes the answer from the request payload; may return a {@link CompletionStage}
     * @return the subscription; closing it removes the responder
     * @throws IllegalStateException when another responder is registered for that name
     */
    Subscription respond(String requestName, Function<Object, ?> responder);
}
