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

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The agent's routing profile; Streams' {@code configuration.routingProfile}.
 *
 * @param name display name
 * @param routingProfileArn the profile's ARN
 * @param defaultOutboundQueue the queue used for outbound calls when none is given, may be {@code null}
 * @param queues the profile's queues (filled in by the worker from {@code GetRoutingProfileQueues})
 * @param channelConcurrency maximum concurrent contacts per channel name ({@code VOICE}, {@code CHAT}, ...)
 */
public record RoutingProfile(String name, String routingProfileArn, Queue defaultOutboundQueue, List<Queue> queues,
        Map<String, Long> channelConcurrency) {

    /** Copies the collections; nulls become empty. */
    public RoutingProfile {
        queues = queues == null ? List.of() : List.copyOf(queues);
        channelConcurrency = channelConcurrency == null ? Map.of() : Map.copyOf(channelConcurrency);
    }

    /**
     * @return the profile id; Streams' {@code routingProfile.routingProfileId}, an alias of the ARN
     */
    public String routingProfileId() {
        return routingProfileArn;
    }

    /**
     * Streams' {@code agent.getChannelConcurrency(channel)}: without a concurrency map the defaults are
     * {@code VOICE:1, CHAT:1}.
     *
     * @param channel the channel
     * @return how many contacts of that channel the agent may hold at once
     */
    public long concurrency(ChannelType channel) {
        Objects.requireNonNull(channel, "channel");
        if (channelConcurrency.isEmpty()) {
            return channel == ChannelType.VOICE || channel == ChannelType.CHAT ? 1 : 0;
        }
        Long value = channelConcurrency.get(channel.wireValue());
        return value == null ? 0 : value;
    }
}
