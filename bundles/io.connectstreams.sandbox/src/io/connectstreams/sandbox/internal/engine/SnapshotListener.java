package io.connectstreams.sandbox.internal.engine;

/**
 * Receives the answer of a {@code GetAgentSnapshot} long poll, exactly once, on whichever thread produced it (the
 * thread that changed the agent, or the engine's timer).
 */
@FunctionalInterface
public interface SnapshotListener {

    /**
     * @param responseJson the complete response body {@code {"snapshot": ..., "nextToken": ...}}
     */
    void answer(String responseJson);
}
