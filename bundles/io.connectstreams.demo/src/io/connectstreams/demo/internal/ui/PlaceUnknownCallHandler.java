package io.connectstreams.demo.internal.ui;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.osgi.util.NLS;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.demo.internal.sandbox.PlacedCall;

/**
 * Sandbox &gt; Place Call From Unknown Number: a number the customer directory does not know calls.
 */
public final class PlaceUnknownCallHandler extends SandboxCommandHandler {

    @Override
    void run(ExecutionEvent event, DemoContactCenter contactCenter) {
        PlacedCall call = contactCenter.calls().callFromUnknownNumber();
        report(event, NLS.bind(Messages.Calls_unknownPlaced, call.number()));
    }

    @Override
    String failure() {
        return Messages.Calls_placeFailed;
    }
}
