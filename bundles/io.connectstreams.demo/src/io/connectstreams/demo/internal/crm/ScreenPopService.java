package io.connectstreams.demo.internal.crm;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tells which customer to show when a call arrives: once per contact, for inbound voice calls when they start
 * ringing ({@code contact::connecting}) and for queued callbacks when they are offered ({@code contact::incoming}).
 * The screen itself is the UI's business.
 */
public interface ScreenPopService {

    /**
     * @param listener called once per arriving call, on the thread that delivers the contact event (never the UI
     *            thread: hand over with {@code Display.asyncExec})
     * @return removes the listener
     */
    Registration onPop(Consumer<ScreenPopEvent> listener);

    /**
     * @return the latest arriving call, for a screen that opens after it arrived
     */
    Optional<ScreenPopEvent> latest();

    /**
     * @return the directory the callers are looked up in
     */
    CustomerDirectory directory();
}
