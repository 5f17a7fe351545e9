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
