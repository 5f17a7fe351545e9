package io.connectstreams.demo.internal.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.demo.internal.sandbox.PlacedCall;

/**
 * Sandbox &gt; Place Inbound Call: a customer picked at random calls.
 */
public final class PlaceCallHandler extends SandboxCommandHandler {

    @Override
    void run(ExecutionEvent event, DemoContactCenter contactCenter) {
        PlacedCall call = contactCenter.calls().callFromRandomCustomer();
        report(event, NLS.bind(Messages.Calls_placed, Labels.customer(call.customer())));
    }

    @Override
    String failure() {
        return Messages.Calls_placeFailed;
    }
}
