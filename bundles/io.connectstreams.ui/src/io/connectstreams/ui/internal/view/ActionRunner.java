/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.log.Logger;

import io.connectstreams.ui.internal.Messages;

/**
 * Starts the agent's actions (accept, hold, setState, mute, ...) on one background thread, in the order the agent
 * asked for them, and reports a failure in the {@link MessageLine} once the action's stage completes: the UI thread
 * neither calls into the API nor waits for the back end.
 */
public final class ActionRunner {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cs-ui-actions-" + THREADS.incrementAndGet()); //$NON-NLS-1$
        thread.setDaemon(true);
        return thread;
    });
    private final Control owner;
    private final Display display;
    private final MessageLine messages;
    private final Logger logger;

    /**
     * @param owner the control whose display runs the reports; nothing is reported once it is disposed
     * @param messages where failures are shown
     * @param logger where failures are logged
     */
    public ActionRunner(Control owner, MessageLine messages, Logger logger) {
        this.owner = owner;
        this.display = owner.getDisplay();
        this.messages = messages;
        this.logger = logger;
    }

    /**
     * @param label what the action is, for the user ("Accept")
     * @param action starts it
     */
    public void run(String label, Supplier<? extends CompletionStage<?>> action) {
        run(label, action, failure -> {
            // reported already
        });
    }

    /**
     * @param label what the action is, for the user ("Change of state"); its success clears an error about it
     * @param action starts it
     * @param done called on the UI thread when the action's stage completes: with its failure (reported already),
     *        or {@code null}
     */
    public void run(String label, Supplier<? extends CompletionStage<?>> action, Consumer<Throwable> done) {
        try {
            executor.execute(() -> start(label, action, done));
        } catch (RejectedExecutionException e) {
            // the view is closing: nothing to report to
        }
    }

    /**
     * @param label what the action is, for the user ("Mute")
     * @param action does it (a call that returns no stage, such as {@code agent.mute()})
     */
    public void runNow(String label, Runnable action) {
        run(label, () -> {
            action.run();
            return CompletableFuture.completedFuture(null);
        });
    }

    /** Stops the action thread; actions already started still report. */
    public void close() {
        executor.shutdown();
    }

    private void start(String label, Supplier<? extends CompletionStage<?>> action, Consumer<Throwable> done) {
        CompletionStage<?> stage;
        try {
            stage = action.get();
        } catch (RuntimeException e) {
            ui(() -> {
                report(label, e);
                done.accept(e);
            });
            return;
        }
        stage.whenComplete((result, failure) -> ui(() -> {
            if (failure != null) {
                Throwable cause = unwrap(failure);
                report(label, cause);
                done.accept(cause);
            } else {
                messages.succeeded(label);
                done.accept(null);
            }
        }));
    }

    /**
     * Runs on the UI thread later, unless the view is gone by then.
     *
     * @param task what to run
     */
    public void ui(Runnable task) {
        try {
            display.asyncExec(() -> {
                if (!owner.isDisposed()) {
                    task.run();
                }
            });
        } catch (SWTException e) {
            // the display is gone: so is the view
        }
    }

    /**
     * @param message information for the user, shown in the message line
     */
    public void info(String message) {
        if (!owner.isDisposed()) {
            messages.info(message);
        }
    }

    /**
     * @param label what failed, for the user
     * @param failure why
     */
    public void report(String label, Throwable failure) {
        if (failure instanceof CancellationException) {
            return;
        }
        logger.warn("{} failed: {}", label, failure.toString()); //$NON-NLS-1$
        if (!owner.isDisposed()) {
            messages.error(label, NLS.bind(Messages.Action_failed, label, describe(failure)));
        }
    }

    /**
     * @param failure an exception
     * @return its message for the user, or its type when it has none
     */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /**
     * @param failure what a stage failed with
     * @return the cause a {@link CompletionException} wraps
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
