/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.spi;

import java.util.List;

/**
 * One page of a paginated CTI list operation.
 *
 * @param items the items of this page
 * @param nextToken the token of the next page, {@code null} on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextToken) {

    /** Copies the items. */
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * @return whether another page follows
     */
    public boolean hasNext() {
        return nextToken != null && !nextToken.isEmpty();
    }
}
