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

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.demo.internal.sandbox.PlacedCall;

/**
 * Sandbox &gt; Place Queue Callback: a queued callback for a customer picked at random becomes due.
 */
public final class PlaceCallbackHandler extends SandboxCommandHandler {

    @Override
    void run(ExecutionEvent event, DemoContactCenter contactCenter) {
        PlacedCall callback = contactCenter.calls().callbackForRandomCustomer();
        report(event, NLS.bind(Messages.Calls_callbackPlaced, Labels.customer(callback.customer())));
    }

    @Override
    String failure() {
        return Messages.Calls_placeFailed;
    }
}
