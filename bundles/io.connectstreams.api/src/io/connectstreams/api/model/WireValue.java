/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

/**
 * An enumeration constant with the exact string the Amazon Connect back end and Streams use for it.
 * <p>
 * Every wire enumeration of this API has an {@code UNKNOWN} constant: a value the back end sends that this
 * version does not know maps to it instead of failing, so a newer service never breaks an older client.
 */
public interface WireValue {

    /**
     * @return the exact wire string (for example {@code "not_routable"}), or {@code null} for {@code UNKNOWN}
     */
    String wireValue();
}
