/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.prefs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.connectstreams.api.wrapup.DispositionCode;
import io.connectstreams.ui.AgentPreferences;

/**
 * The disposition codes of the preference {@link AgentPreferences#DISPOSITION_CODES}: entries separated by
 * {@code ;}, each {@code code=Label} or a bare {@code code} (its own label), blanks around them ignored. An entry
 * with a blank or too long code, or a code given twice, is refused and named so that the view can log it; the
 * others stay.
 *
 * @param codes the codes, in the preference's order
 * @param refused the entries that are not codes, as written
 */
public record PreferredDispositionCodes(List<DispositionCode> codes, List<String> refused) {

    /** No preference: no codes. */
    public static final PreferredDispositionCodes NONE = new PreferredDispositionCodes(List.of(), List.of());

    /**
     * @param value the preference's value, {@code null} when unset
     * @return its codes and refused entries
     */
    public static PreferredDispositionCodes parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<DispositionCode> codes = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String entry : value.split(";")) { //$NON-NLS-1$
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String code = (equals < 0 ? entry : entry.substring(0, equals)).strip();
            String label = equals < 0 ? null : entry.substring(equals + 1).strip();
            if (code.isEmpty() || code.length() > DispositionCode.MAX_CODE_LENGTH || !seen.add(code)) {
                refused.add(entry.strip());
                continue;
            }
            codes.add(new DispositionCode(code, label));
        }
        return new PreferredDispositionCodes(List.copyOf(codes), List.copyOf(refused));
    }
}
