/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.bus.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventHandler;
import io.connectstreams.api.event.HandlerFailure;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.api.event.Subscription;

/**
 * The {@link EventBus}: Streams' {@code connect.EventBus} semantics, delivered synchronously on the publishing
 * thread, first to the all-event handlers, then to the handlers of the event's name, each group in subscription
 * order. A DS component (the {@code EventBus} service) and a plain object for tests and benchmarks.
 * <p>
 * Handlers are kept in immutable arrays, one per name in a {@link ConcurrentHashMap} and one for all-event
 * handlers, replaced on every change. A publication reads both arrays once, before the first handler runs, so it
 * takes no lock, allocates nothing but the {@link BusEvent} of each delivery, and a subscription added meanwhile
 * does not receive it. Each subscription's {@code active} flag is read just before its turn: once
 * {@link Subscription#unsubscribe()} returns, no publication that starts afterwards reaches the handler. A
 * delivery already under way on another thread may still run: unsubscribing never waits for a handler, which
 * would deadlock handlers that wait for the unsubscribing thread (the SWT display thread, say).
 * <p>
 * A handler that throws is logged once (event name and exception, never the payload) and the others still run;
 * then {@link StreamsEvents#HANDLER_FAILURE} is published with a {@link HandlerFailure}, except for failures of
 * handlers of that event itself.
 * <p>
 * Tracing ({@value #TRACE_PROPERTY}{@code =true}, framework or system property) logs every publication at DEBUG
 * through {@link EventTracer}.
 */
@Component(service = EventBus.class, immediate = true)
public final class SynchronousEventBus implements EventBus, AutoCloseable {

    /** The framework (or system) property that switches event tracing on. */
    public static final String TRACE_PROPERTY = "io.connectstreams.bus.trace";

    private final Logger logger;
    private final EventTracer tracer;
    private final ConcurrentHashMap<String, BusSubscription[]> byName = new ConcurrentHashMap<>();
    private final Object allEventsLock = new Object();
    private volatile BusSubscription[] allEvents = BusSubscription.NONE;
    private final RequestBroker requests = new RequestBroker();
    private volatile boolean closed;

    /**
     * The DS constructor.
     *
     * @param logger the bus's logger
     * @param context reads {@value #TRACE_PROPERTY}
     */
    @Activate
    public SynchronousEventBus(@Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        this(logger, Boolean.parseBoolean(context.getProperty(TRACE_PROPERTY)));
    }

    /**
     * @param logger receives handler failures and, when tracing, the publications
     * @param trace whether publications are traced
     */
    public SynchronousEventBus(Logger logger, boolean trace) {
        this.logger = Objects.requireNonNull(logger, "logger");
        this.tracer = trace ? new EventTracer(logger) : null;
    }

    @Override
    public Subscription subscribe(String eventName, EventHandler handler) {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(handler, "handler");
        if (eventName.isEmpty()) {
            throw new IllegalArgumentException("eventName: must not be empty");
        }
        if (ALL_EVENTS.equals(eventName)) {
            return subscribeAll(handler); // Streams' subscribeAll is subscribe('<<all>>')
        }
        ensureOpen();
        BusSubscription subscription = new BusSubscription(this, eventName, handler);
        byName.merge(eventName, new BusSubscription[] { subscription },
                (current, added) -> BusSubscription.append(current, subscription));
        return subscription;
    }

    @Override
    public Subscription subscribeAll(EventHandler handler) {
        Objects.requireNonNull(handler, "handler");
        ensureOpen();
        BusSubscription subscription = new BusSubscription(this, ALL_EVENTS, handler);
        synchronized (allEventsLock) {
            allEvents = BusSubscription.append(allEvents, subscription);
        }
        return subscription;
    }

    @Override
    public void trigger(String eventName, Object data) {
        Objects.requireNonNull(eventName, "eventName");
        if (tracer != null) {
            tracer.publishing(eventName, data);
        }
        BusSubscription[] all = allEvents;
        BusSubscription[] named = byName.get(eventName);
        List<HandlerFailure> failures = deliver(all, eventName, data, null);
        if (named != null) {
            failures = deliver(named, eventName, data, failures);
        }
        if (failures != null && !StreamsEvents.HANDLER_FAILURE.equals(eventName)) {
            for (HandlerFailure failure : failures) {
                trigger(StreamsEvents.HANDLER_FAILURE, failure);
            }
        }
    }

    private List<HandlerFailure> deliver(BusSubscription[] subscriptions, String eventName, Object data,
            List<HandlerFailure> failures) {
        for (BusSubscription subscription : subscriptions) {
            if (subscription.active) {
                try {
                    subscription.handler.handle(new BusEvent(eventName, data, subscription));
                } catch (Throwable failure) {
                    failures = failed(eventName, failure, failures);
                }
            }
        }
        return failures;
    }

    private List<HandlerFailure> failed(String eventName, Throwable failure, List<HandlerFailure> failures) {
        // the JVM itself is failing: isolating this would hide it; a stack overflow is the handler's own bug
        if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
            throw (VirtualMachineError) failure;
        }
        logger.error("'{}' event handler failed", eventName, failure);
        List<HandlerFailure> result = failures != null ? failures : new ArrayList<>(1);
        result.add(new HandlerFailure(eventName, failure.getClass().getName(), failure.getMessage()));
        return result;
    }

    @Override
    public int unsubscribeAllEndingWith(String suffix) {
        Objects.requireNonNull(suffix, "suffix");
        int[] removed = { 0 };
        for (String eventName : byName.keySet()) {
            if (eventName.endsWith(suffix)) {
                byName.computeIfPresent(eventName, (name, subscriptions) -> {
                    for (BusSubscription subscription : subscriptions) {
                        subscription.active = false;
                    }
                    removed[0] += subscriptions.length;
                    return null;
                });
            }
        }
        if (ALL_EVENTS.endsWith(suffix)) {
            synchronized (allEventsLock) {
                for (BusSubscription subscription : allEvents) {
                    subscription.active = false;
                }
                removed[0] += allEvents.length;
                allEvents = BusSubscription.NONE;
            }
        }
        return removed[0];
    }

    void remove(BusSubscription subscription) {
        if (subscription.isAllEvents()) {
            synchronized (allEventsLock) {
                allEvents = BusSubscription.without(allEvents, subscription);
            }
        } else {
            byName.computeIfPresent(subscription.eventName(), (name, subscriptions) -> {
                BusSubscription[] rest = BusSubscription.without(subscriptions, subscription);
                return rest.length == 0 ? null : rest;
            });
        }
    }

    @Override
    public <R> CompletionStage<R> request(String requestName, Object data, Class<R> responseType, Duration timeout) {
        return requests.request(requestName, data, responseType, timeout);
    }

    @Override
    public Subscription respond(String requestName, Function<Object, ?> responder) {
        return requests.respond(requestName, responder);
    }

    /**
     * @return how many subscriptions are registered, all-event ones included (responders excluded)
     */
    public int subscriptionCount() {
        int count = allEvents.length;
        for (BusSubscription[] subscriptions : byName.values()) {
            count += subscriptions.length;
        }
        return count;
    }

    /**
     * Drops every subscription and responder, fails pending requests with
     * {@link io.connectstreams.api.TerminatedException} and stops the timeout thread. Subscribing afterwards throws
     * {@link IllegalStateException}.
     */
    @Deactivate
    @Override
    public void close() {
        closed = true;
        requests.close();
        unsubscribeAllEndingWith("");
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the event bus is closed");
        }
    }
}
