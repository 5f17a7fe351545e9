/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs the view's background work as Eclipse jobs (shown in the Progress view, cancelable) and hands the result
 * back as a {@link CompletionStage}, so the UI thread never waits.
 */
public final class Jobs {

    /**
     * Work that reports progress and may be cancelled.
     *
     * @param <T> the result
     */
    @FunctionalInterface
    public interface Work<T> {

        /**
         * @param monitor progress and cancellation
         * @return the result
         * @throws Exception anything, passed on to the stage
         */
        T run(IProgressMonitor monitor) throws Exception; // NOSONAR the stage carries any failure
    }

    private Jobs() {
    }

    /**
     * @param name the job's name, shown to the user
     * @param work what to do
     * @return completes with the work's result, or fails with its exception ({@link java.util.concurrent
     *         .CancellationException} when cancelled)
     */
    public static <T> CompletionStage<T> run(String name, Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    result.complete(work.run(monitor));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    result.cancel(false);
                } catch (CompletionException | ExecutionException e) {
                    result.completeExceptionally(e.getCause() != null ? e.getCause() : e);
                } catch (Exception e) { // NOSONAR handed to the caller, who reports it
                    result.completeExceptionally(e);
                }
                return result.isCancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            protected void canceling() {
                result.cancel(false);
            }

        };
        job.schedule();
        return result;
    }
}
