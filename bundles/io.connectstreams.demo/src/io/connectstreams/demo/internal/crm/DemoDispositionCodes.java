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

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.wrapup.DispositionCode;
import io.connectstreams.api.wrapup.DispositionCodes;

/**
 * The demo CRM's disposition codes, the choices of the agent view's wrap-up form; the call log keeps the chosen
 * code and the customer's history shows its label. The same codes for every contact.
 */
@Component(service = DispositionCodes.class)
public final class DemoDispositionCodes implements DispositionCodes {

    /** The codes, in the order the form offers them. */
    public static final List<DispositionCode> CODES = List.of(new DispositionCode("resolved", "Resolved"), //$NON-NLS-1$ //$NON-NLS-2$
            new DispositionCode("follow-up", "Follow-up"), //$NON-NLS-1$ //$NON-NLS-2$
            new DispositionCode("escalated", "Escalated"), //$NON-NLS-1$ //$NON-NLS-2$
            new DispositionCode("wrong-number", "Wrong number")); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public List<DispositionCode> codesFor(ContactSnapshot contact) {
        return CODES;
    }

    /**
     * @param code a code the call log kept, may be {@code null}
     * @return its label, the code itself when it is not one of the demo's, empty for none
     */
    public static String label(String code) {
        if (code == null) {
            return ""; //$NON-NLS-1$
        }
        return CODES.stream().filter(c -> c.code().equals(code)).map(DispositionCode::label).findFirst().orElse(code);
    }
}
