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

/**
 * What the agent recorded about a contact in after-call work: the disposition chosen and free-text notes.
 *
 * @param disposition the chosen {@link DispositionCode#code()}, {@code null} when none was chosen; at most
 *            {@value DispositionCode#MAX_CODE_LENGTH} characters
 * @param notes the agent's notes, {@code null} when none (blank notes count as none); at most
 *            {@value #MAX_NOTES_LENGTH} characters
 */
public record WrapUp(String disposition, String notes) {

    /** The longest notes, in characters. */
    public static final int MAX_NOTES_LENGTH = 4000;

    /** Nothing recorded. */
    public static final WrapUp NONE = new WrapUp(null, null);

    /** Checks the lengths; blank values become {@code null}. */
    public WrapUp {
        disposition = blankToNull(disposition);
        notes = blankToNull(notes);
        if (disposition != null && disposition.length() > DispositionCode.MAX_CODE_LENGTH) {
            throw new IllegalArgumentException(
                    "disposition: longer than " + DispositionCode.MAX_CODE_LENGTH + " characters");
        }
        if (notes != null && notes.length() > MAX_NOTES_LENGTH) {
            throw new IllegalArgumentException("notes: longer than " + MAX_NOTES_LENGTH + " characters");
        }
    }

    /**
     * @return whether nothing was recorded
     */
    public boolean isEmpty() {
        return disposition == null && notes == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
