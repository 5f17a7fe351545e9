/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.connectstreams.api.wrapup.DispositionCode;
import io.connectstreams.ui.internal.prefs.PreferredDispositionCodes;

/**
 * The preference's disposition codes: {@code code=Label} entries separated by {@code ;}, bare codes, blanks
 * around them; wrong entries are named and left out, the others stay.
 */
class PreferredDispositionCodesTest {

    @Test
    void entriesBecomeCodesInTheirOrder() {
        PreferredDispositionCodes parsed = PreferredDispositionCodes
                .parse(" resolved=Resolved ; follow-up = Follow-up;wrong-number;;escalated=");

        assertEquals(List.of(new DispositionCode("resolved", "Resolved"), new DispositionCode("follow-up", "Follow-up"),
                new DispositionCode("wrong-number", "wrong-number"), new DispositionCode("escalated", "escalated")),
                parsed.codes());
        assertEquals(List.of(), parsed.refused());
    }

    @Test
    void aLabelMayHoldAnEqualsSign() {
        assertEquals(List.of(new DispositionCode("sale", "Sale = yes")),
                PreferredDispositionCodes.parse("sale=Sale = yes").codes());
    }

    @Test
    void blankTooLongAndRepeatedCodesAreRefusedAndTheOthersStay() {
        String tooLong = "x".repeat(DispositionCode.MAX_CODE_LENGTH + 1);
        PreferredDispositionCodes parsed = PreferredDispositionCodes
                .parse("=No code;resolved=Resolved;" + tooLong + "=Long;resolved=Again;done");

        assertEquals(List.of(new DispositionCode("resolved", "Resolved"), new DispositionCode("done", "done")),
                parsed.codes());
        assertEquals(List.of("=No code", tooLong + "=Long", "resolved=Again"), parsed.refused());
    }

    @Test
    void noPreferenceIsNoCodes() {
        assertSame(PreferredDispositionCodes.NONE, PreferredDispositionCodes.parse(null));
        assertSame(PreferredDispositionCodes.NONE, PreferredDispositionCodes.parse("  "));
        assertEquals(List.of(), PreferredDispositionCodes.parse(";;").codes());
    }
}
