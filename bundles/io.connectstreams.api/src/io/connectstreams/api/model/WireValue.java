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
