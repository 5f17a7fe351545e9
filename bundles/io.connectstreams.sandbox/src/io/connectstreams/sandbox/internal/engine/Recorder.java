package io.connectstreams.sandbox.internal.engine;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

import io.connectstreams.sandbox.RecordedAction;

/**
 * Keeps the last {@value #CAPACITY} recorded actions; older ones are dropped.
 */
public final class Recorder {

    /** How many actions are kept. */
    public static final int CAPACITY = 10_000;

    private final ArrayDeque<RecordedAction> actions = new ArrayDeque<>();

    /**
     * @param agent the agent's username, may be {@code null}
     * @param action the operation or event name
     * @param contactId the contact, may be {@code null}
     * @param detailJson what was sent, as JSON
     */
    public void record(String agent, String action, String contactId, String detailJson) {
        RecordedAction recorded = new RecordedAction(Instant.now(), agent, action, contactId, detailJson);
        synchronized (actions) {
            if (actions.size() == CAPACITY) {
                actions.removeFirst();
            }
            actions.addLast(recorded);
        }
    }

    /**
     * @return the recorded actions, oldest first
     */
    public List<RecordedAction> all() {
        synchronized (actions) {
            return List.copyOf(actions);
        }
    }
}
