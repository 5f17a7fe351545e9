package io.connectstreams.demo.internal.crm;

/**
 * A registered listener; {@link #close()} removes it (idempotent).
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    /** Removes the listener. */
    @Override
    void close();
}
