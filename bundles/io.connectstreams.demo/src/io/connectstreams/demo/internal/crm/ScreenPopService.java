/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.crm;

import java.util.Optional;
import java.util.function.BiConsumer;
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
     * @param listener called with the contact id and its new phase each time a popped call changes phase
     *            ({@link CallPhase#RINGING} right after its pop), on the thread that delivers the contact event
     * @return removes the listener
     */
    Registration onPhase(BiConsumer<String, CallPhase> listener);

    /**
     * @param contactId a popped call
     * @return its latest phase, empty for a call that did not pop or is long gone
     */
    Optional<CallPhase> phase(String contactId);

    /**
     * @return the directory the callers are looked up in
     */
    CustomerDirectory directory();
}
