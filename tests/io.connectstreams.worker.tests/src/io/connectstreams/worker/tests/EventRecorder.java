package io.connectstreams.worker.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.connectstreams.api.event.BusEvent;
import io.connectstreams.api.event.EventBus;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.testing.Await;

/**
 * Records the names (and payloads) of bus events in delivery order, leaving out the noise of metrics.
 */
final class EventRecorder implements AutoCloseable {

    private final List<BusEvent> events = new ArrayList<>();
    private final Subscription subscription;

    EventRecorder(EventBus bus) {
        subscription = bus.subscribeAll(event -> {
            if (!EventType.API_METRIC.equals(event.name())) {
                synchronized (events) {
                    events.add(event);
                }
            }
        });
    }

    /** @return the recorded names since the last call, and forgets them */
    List<String> take() {
        synchronized (events) {
            List<String> names = events.stream().map(BusEvent::name).toList();
            events.clear();
            return names;
        }
    }

    List<BusEvent> all() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    /** Waits until an event with that name was recorded. */
    BusEvent await(String name, Duration timeout) {
        return await(e -> e.name().equals(name), timeout, name);
    }

    BusEvent await(Predicate<BusEvent> condition, Duration timeout, String description) {
        Await.until(timeout, () -> find(condition) != null, description);
        return find(condition);
    }

    private BusEvent find(Predicate<BusEvent> condition) {
        synchronized (events) {
            return events.stream().filter(condition).findFirst().orElse(null);
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
