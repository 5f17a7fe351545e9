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

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.RecordedAction;

/**
 * Keeps the last {@value #CAPACITY} recorded actions; older ones are dropped. Of each action's detail it keeps at most
 * {@value #MAX_DETAIL} characters: a longer one (client logs up to the 1 MB body limit) is replaced by
 * {@code {"truncated":true,"length":<characters>,"head":"<its first characters>"}}, so the recorder holds at most
 * some 40 MB however big the requests are.
 */
public final class Recorder {

    /** How many actions are kept. */
    public static final int CAPACITY = 10_000;
    /** The most characters of one action's detail that are kept. */
    public static final int MAX_DETAIL = 4096;
    /** Characters of a cut detail kept as its head: even escaped six times over, they fit {@link #MAX_DETAIL}. */
    private static final int HEAD = 512;

    private final ArrayDeque<RecordedAction> actions = new ArrayDeque<>();

    /**
     * @param agent the agent's username, may be {@code null}
     * @param action the operation or event name
     * @param contactId the contact, may be {@code null}
     * @param detailJson what was sent, as JSON
     */
    public void record(String agent, String action, String contactId, String detailJson) {
        RecordedAction recorded = new RecordedAction(Instant.now(), agent, action, contactId, capped(detailJson));
        synchronized (actions) {
            if (actions.size() == CAPACITY) {
                actions.removeFirst();
            }
            actions.addLast(recorded);
        }
    }

    private static String capped(String detailJson) {
        if (detailJson.length() <= MAX_DETAIL) {
            return detailJson;
        }
        int end = Character.isHighSurrogate(detailJson.charAt(HEAD - 1)) ? HEAD - 1 : HEAD;
        JsonObject cut = new JsonObject();
        cut.addProperty("truncated", true);
        cut.addProperty("length", detailJson.length());
        cut.addProperty("head", detailJson.substring(0, end));
        return cut.toString();
    }

    /**
     * @return the recorded actions, oldest first
     */
    public List<RecordedAction> all() {
        synchronized (actions) {
            return List.copyOf(actions);
        }
    }
}
