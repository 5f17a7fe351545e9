/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Builds the ARNs of the sandbox's resources the way Amazon Connect shapes them
 * ({@code arn:aws:connect:<region>:<account>:instance/<instanceId>/<kind>/<id>}). Ids are name-based UUIDs, so a
 * resource keeps its ARN across restarts of the sandbox.
 */
public final class Arns {

    /** The region the sandbox pretends to run in. */
    public static final String REGION = "us-east-1";
    /** A documentation account id (AWS reserves it for examples). */
    public static final String ACCOUNT = "111122223333";

    private final String instanceId;

    /**
     * @param instanceName a name the instance id is derived from
     */
    public Arns(String instanceName) {
        this.instanceId = stableId("instance", instanceName);
    }

    /**
     * @return the instance ARN
     */
    public String instance() {
        return "arn:aws:connect:" + REGION + ":" + ACCOUNT + ":instance/" + instanceId;
    }

    /**
     * @param kind the resource kind ({@code agent}, {@code queue}, {@code routing-profile}, ...)
     * @param name the resource's unique name within its kind
     * @return the resource's ARN
     */
    public String of(String kind, String name) {
        return instance() + "/" + kind + "/" + stableId(kind, name);
    }

    private static String stableId(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
