/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.model.RoutingProfile;
import io.connectstreams.api.spi.ContactCenterBackend;
import io.connectstreams.api.spi.Page;

/**
 * Streams' {@code pollForAgentConfiguration}: {@code GetAgentConfiguration}, then, in parallel and each following
 * every page, {@code GetAgentPermissions}, {@code GetAgentStates}, {@code GetDialableCountryCodes} and
 * {@code GetRoutingProfileQueues}. The result is complete or the stage fails: a configuration is never published
 * half loaded. (Streams' queue pager loses earlier pages beyond 500 queues; every page is kept here.)
 */
final class ConfigurationLoader {

    /** Streams' {@code DEFAULT_BATCH_SIZE}. */
    static final int PAGE_SIZE = 500;

    private final ContactCenterBackend backend;

    ConfigurationLoader(ContactCenterBackend backend) {
        this.backend = backend;
    }

    CompletionStage<AgentConfiguration> load() {
        return backend.getAgentConfiguration().thenCompose(base -> {
            RoutingProfile profile = base.routingProfile();
            CompletableFuture<List<String>> permissions = all(backend::getAgentPermissions);
            CompletableFuture<List<AgentState>> states = all(backend::getAgentStates);
            CompletableFuture<List<String>> countries = all(backend::getDialableCountryCodes);
            CompletableFuture<List<Queue>> queues = profile == null || profile.routingProfileArn() == null
                    ? CompletableFuture.completedFuture(List.of())
                    : all((token, size) -> backend.getRoutingProfileQueues(profile.routingProfileArn(), token, size));
            return CompletableFuture.allOf(permissions, states, countries, queues).thenApply(done -> {
                RoutingProfile complete = profile == null ? null
                        : new RoutingProfile(profile.name(), profile.routingProfileArn(),
                                profile.defaultOutboundQueue(), queues.join(), profile.channelConcurrency());
                return new AgentConfiguration(base.name(), base.username(), base.softphoneEnabled(),
                        base.softphoneAutoAccept(), base.extension(), complete, base.agentPreferences(),
                        base.agentArn(), permissions.join(), states.join(), countries.join());
            });
        });
    }

    private static <T> CompletableFuture<List<T>> all(BiFunction<String, Integer, CompletionStage<Page<T>>> page) {
        return next(page, null, new ArrayList<>());
    }

    private static <T> CompletableFuture<List<T>> next(BiFunction<String, Integer, CompletionStage<Page<T>>> page,
            String token, List<T> collected) {
        return page.apply(token, PAGE_SIZE).toCompletableFuture().thenCompose(result -> {
            collected.addAll(result.items());
            if (result.hasNext() && !result.nextToken().equals(token)) {
                return next(page, result.nextToken(), collected);
            }
            return CompletableFuture.completedFuture(List.copyOf(collected));
        });
    }
}
