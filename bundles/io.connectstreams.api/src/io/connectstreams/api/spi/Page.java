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
