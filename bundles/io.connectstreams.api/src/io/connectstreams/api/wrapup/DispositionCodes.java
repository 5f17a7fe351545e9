/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.wrapup;

import java.util.List;

import io.connectstreams.api.model.ContactSnapshot;

/**
 * The disposition codes of the host application: a CRM registers one as an OSGi service (a Declarative Services
 * component) to let agents choose the outcome of a contact in the agent view's wrap-up form; the call log keeps
 * the chosen code with the entry ({@code CallLogEntry.disposition()}). Without such a service the form offers the
 * codes of the agent view's preference {@code io.connectstreams.ui/dispositionCodes} (fixed codes, set in
 * {@code plugin_customization.ini}), or notes only. With several services the highest-ranked one answers.
 * <p>
 * Called on the UI thread when a contact enters after-call work: answer from memory. An exception thrown counts as
 * "no codes" (and is logged).
 */
@FunctionalInterface
public interface DispositionCodes {

    /**
     * @param contact the contact in after-call work (codes may depend on its queue or channel)
     * @return the codes to offer, in the order to show them; empty for none
     */
    List<DispositionCode> codesFor(ContactSnapshot contact);
}
