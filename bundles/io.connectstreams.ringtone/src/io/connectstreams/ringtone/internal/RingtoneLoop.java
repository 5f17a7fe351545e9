/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.osgi.service.log.Logger;

/**
 * The ringtone thread, {@value #THREAD_NAME}: runs the {@link RingtoneEngine}'s events one after the other, in the
 * order they were posted, and between them lets it play. Bus handlers only post here, so the publishing thread
 * never waits for audio, a slow file or a device, and the engine needs no locks. While a ringtone plays the
 * thread handles pending events before every chunk, so a stop takes effect within one chunk.
 */
final class RingtoneLoop {

    /** The name of the thread. */
    static final String THREAD_NAME = "cs-ringtone-player";

    /** The most events that may wait; one snapshot brings about ten. */
    static final int INBOX_CAPACITY = 4096;

    private final RingtoneEngine engine;
    private final Logger logger;
    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>(INBOX_CAPACITY);
    private final Thread thread;
    private volatile boolean running = true;

    RingtoneLoop(RingtoneEngine engine, Logger logger) {
        this.engine = engine;
        this.logger = logger;
        thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * @param task an engine event, run on the ringtone thread
     */
    void post(Runnable task) {
        if (running && !inbox.offer(task)) {
            logger.error("ringtone events are not being handled ({} waiting): one was dropped", INBOX_CAPACITY);
        }
    }

    /**
     * Stops every ringtone, closes the line and ends the thread.
     *
     * @param timeout how long to wait for the thread
     */
    void close(Duration timeout) {
        if (!thread.isAlive()) {
            running = false;
            return;
        }
        try {
            inbox.put(() -> {
                engine.shutdown();
                running = false;
            });
            thread.join(timeout.toMillis());
            if (thread.isAlive()) {
                logger.error("{} did not end within {} ms: interrupting it", THREAD_NAME, timeout.toMillis());
                thread.interrupt();
                thread.join(timeout.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
        } finally {
            running = false;
        }
    }

    private void run() {
        try {
            while (running) {
                Runnable task;
                while (running && (task = inbox.poll()) != null) {
                    runSafely(task);
                }
                if (!running) {
                    break;
                }
                long wait = workSafely();
                if (wait == 0) {
                    continue;
                }
                task = wait < 0 ? inbox.take() : inbox.poll(wait, TimeUnit.NANOSECONDS);
                if (task != null) {
                    runSafely(task);
                }
            }
        } catch (InterruptedException e) {
            engine.shutdown();
        }
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            logger.error("ringtone event failed", e);
        }
    }

    private long workSafely() {
        try {
            return engine.work();
        } catch (RuntimeException e) {
            try {
                engine.abandonCurrent(e);
            } catch (RuntimeException again) {
                logger.error("ringtone engine cannot recover", again);
            }
            return 0;
        }
    }
}
