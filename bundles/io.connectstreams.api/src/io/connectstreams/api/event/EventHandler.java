package io.connectstreams.api.event;

/**
 * Receives events from the {@link EventBus}. A handler that throws is logged once with the event name and does
 * not stop the other handlers.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * @param event the event, its payload and the handler's own subscription
     * @throws Exception any failure; the bus isolates it
     */
    void handle(BusEvent event) throws Exception;
}
