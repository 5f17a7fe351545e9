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

import java.util.HashMap;
import java.util.Map;

/**
 * Maps wire strings to the constants of one {@link WireValue} enumeration; unknown strings map to a fallback.
 *
 * @param <E> the enumeration
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class WireLookup<E extends Enum<E> & WireValue> {

    private final Map<String, E> byWire = new HashMap<>();
    private final E unknown;

    private WireLookup(E[] constants, E unknown) {
        for (E constant : constants) {
            if (constant.wireValue() != null) {
                byWire.put(constant.wireValue(), constant);
            }
        }
        this.unknown = unknown;
    }

    /**
     * @param constants all constants of the enumeration ({@code values()})
     * @param unknown the constant that stands for any value not listed
     * @return a lookup table for these constants
     */
    public static <E extends Enum<E> & WireValue> WireLookup<E> of(E[] constants, E unknown) {
        return new WireLookup<>(constants, unknown);
    }

    /**
     * @param wire a wire string, possibly {@code null}
     * @return the matching constant, or the unknown constant; never {@code null}
     */
    public E fromWire(String wire) {
        if (wire == null) {
            return unknown;
        }
        return byWire.getOrDefault(wire, unknown);
    }
}
