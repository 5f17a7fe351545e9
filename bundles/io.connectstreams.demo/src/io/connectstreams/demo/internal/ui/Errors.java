/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.ui;

import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;

import io.connectstreams.demo.internal.Messages;

/**
 * Tells the user that something failed (a dialog) and records it in the workbench log.
 */
final class Errors {

    private static final String BUNDLE_ID = "io.connectstreams.demo"; //$NON-NLS-1$

    private Errors() {
    }

    /**
     * @param message what failed, for the user
     * @param cause why
     */
    static void show(String message, Throwable cause) {
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        StatusManager.getManager().handle(
                new Status(Status.ERROR, BUNDLE_ID, NLS.bind(Messages.Error_withReason, message, reason), cause),
                StatusManager.SHOW | StatusManager.LOG);
    }
}
