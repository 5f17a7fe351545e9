package io.connectstreams.api;

/**
 * Options of {@link Agent#connect(io.connectstreams.api.model.Endpoint, ConnectOptions)}; Streams'
 * {@code {queueARN, relatedContactId}}.
 *
 * @param queueArn the outbound queue, or {@code null} for the routing profile's default outbound queue
 * @param relatedContactId a contact this call relates to, may be {@code null}
 */
public record ConnectOptions(String queueArn, String relatedContactId) {

    /** No queue and no related contact. */
    public static final ConnectOptions DEFAULT = new ConnectOptions(null, null);
}
