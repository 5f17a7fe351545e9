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

/**
 * What a contact supports; Streams' {@code getContactFeatures()}. A member the back end left out is {@code false}
 * or {@code null}.
 *
 * @param attachmentsEnabled whether attachments may be sent (chat, email)
 * @param messagingMarkdownEnabled whether messages may use Markdown (chat)
 * @param multiPartyConferenceEnabled whether more than three parties may be conferenced (voice); Streams'
 *            {@code isMultiPartyConferenceEnabled()}
 * @param screenRecordingEnabled whether the agent's screen is recorded
 * @param screenRecordingState the state of that recording, may be {@code null}
 */
public record ContactFeatures(boolean attachmentsEnabled, boolean messagingMarkdownEnabled,
        boolean multiPartyConferenceEnabled, boolean screenRecordingEnabled, String screenRecordingState) {

    /** No feature: what a contact without {@code contactFeatures} has. */
    public static final ContactFeatures NONE = new ContactFeatures(false, false, false, false, null);
}
