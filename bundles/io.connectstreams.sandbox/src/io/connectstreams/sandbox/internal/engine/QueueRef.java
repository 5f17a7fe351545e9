package io.connectstreams.sandbox.internal.engine;

/**
 * A queue: the {@code {queueARN, name}} shape of the CTI model.
 *
 * @param arn the queue ARN
 * @param name the queue name
 */
public record QueueRef(String arn, String name) {
}
