/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Times every task the UI thread runs from the test's event loop (each {@code readAndDispatch}: one native event or
 * one runnable of {@code asyncExec}/{@code timerExec}, and each simulated user action). A watchdog thread takes the
 * UI thread's stack while a task runs longer than {@link #SAMPLE_AFTER_MILLIS}, so a slow task can be named. Each
 * task's CPU time on the UI thread is measured too: a task much longer than its CPU time waited for a core (other
 * threads or processes ran) rather than worked.
 */
final class UiTaskMonitor implements AutoCloseable {

    /** A task running longer than this gets its stack sampled. */
    static final long SAMPLE_AFTER_MILLIS = 25;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Thread uiThread = Thread.currentThread();
    private final Thread watchdog;
    private final List<Long> durations = new ArrayList<>();
    private final List<Long> cpuTimes = new ArrayList<>();
    private final List<String> slowSamples = new ArrayList<>();
    private volatile long taskStart;
    private long taskCpuStart;
    private volatile boolean running = true;

    UiTaskMonitor() {
        watchdog = new Thread(this::watch, "cs-test-ui-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    void begin() {
        taskCpuStart = THREADS.getCurrentThreadCpuTime();
        taskStart = System.nanoTime();
    }

    void end() {
        long start = taskStart;
        long end = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime() - taskCpuStart;
        taskStart = 0;
        synchronized (durations) {
            durations.add(end - start);
            cpuTimes.add(cpu);
        }
    }

    /**
     * @return every task's duration in nanoseconds, in order
     */
    long[] durations() {
        synchronized (durations) {
            return durations.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /**
     * @return every task's CPU time on the UI thread in nanoseconds, in the order of {@link #durations()}
     */
    long[] cpuTimes() {
        synchronized (durations) {
            return cpuTimes.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /**
     * @return the longest task in milliseconds
     */
    double maxMillis() {
        return Arrays.stream(durations()).max().orElse(0) / 1e6;
    }

    /**
     * @return the UI thread's stacks taken during slow tasks
     */
    List<String> slowSamples() {
        synchronized (slowSamples) {
            return List.copyOf(slowSamples);
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(watchdog);
        try {
            watchdog.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch() {
        long sampledTask = 0;
        while (running) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            long start = taskStart;
            if (start != 0 && start != sampledTask
                    && System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(SAMPLE_AFTER_MILLIS)) {
                sampledTask = start;
                StringBuilder stack = new StringBuilder();
                for (StackTraceElement frame : uiThread.getStackTrace()) {
                    stack.append("\n    at ").append(frame);
                }
                synchronized (slowSamples) {
                    slowSamples.add(stack.toString());
                }
            }
        }
    }
}
