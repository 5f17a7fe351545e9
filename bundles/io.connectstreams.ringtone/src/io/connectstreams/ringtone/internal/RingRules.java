/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.ringtone.RingtoneKind;

/**
 * Streams' ringtone engine rules ({@code ringtone.js}): which engine rings for a contact and while which states.
 */
final class RingRules {

    private RingRules() {
    }

    /**
     * @param contact a contact as it is now
     * @param agent the agent's latest snapshot, may be {@code null}
     * @return the engine that rings for it now: voice for an inbound softphone voice call in {@code connecting}
     *         (additional voice when another voice or callback contact is active), queue callback for a callback in
     *         {@code incoming} whose agent connection is not connected, task for an inbound task in {@code connecting}
     */
    static Optional<RingtoneKind> kindFor(ContactSnapshot contact, AgentSnapshot agent) {
        if (contact.type() == ContactType.VOICE && contact.isSoftphoneCall() && contact.isInbound()
                && contact.state().type() == ContactStateType.CONNECTING) {
            return Optional.of(otherVoiceContact(contact, agent) ? RingtoneKind.ADDITIONAL_VOICE : RingtoneKind.VOICE);
        }
        if (contact.type() == ContactType.QUEUE_CALLBACK && rings(RingtoneKind.QUEUE_CALLBACK, contact)) {
            return Optional.of(RingtoneKind.QUEUE_CALLBACK);
        }
        if (contact.type() == ContactType.TASK && contact.isInbound() && rings(RingtoneKind.TASK, contact)) {
            return Optional.of(RingtoneKind.TASK);
        }
        return Optional.empty();
    }

    /**
     * @param kind the engine
     * @param contact the contact as it is now
     * @return whether it may still ring: voice while {@code connecting} or {@code incoming}; a callback while
     *         {@code incoming} and its agent connection is not connected; a task while {@code connecting}
     */
    static boolean rings(RingtoneKind kind, ContactSnapshot contact) {
        ContactStateType state = contact.state().type();
        if (kind == RingtoneKind.TASK) {
            return state == ContactStateType.CONNECTING;
        }
        if (kind == RingtoneKind.QUEUE_CALLBACK) {
            return state == ContactStateType.INCOMING
                    && !contact.agentConnection().map(ConnectionSnapshot::isConnected).orElse(false);
        }
        return state == ContactStateType.CONNECTING || state == ContactStateType.INCOMING;
    }

    /**
     * @param contact a contact
     * @return what identifies one offer of it: the contact id and the agent connection id (a contact re-routed to
     *         the same agent gets a new agent connection and rings again)
     */
    static String offerKey(ContactSnapshot contact) {
        return contact.contactId() + "/" + contact.agentConnection().map(ConnectionSnapshot::connectionId).orElse("");
    }

    /**
     * @param contact the contact
     * @param kind the engine
     * @return the call's data for telemetry: contact type, queue name and ARN, engine, agent connection; never
     *         credentials, tokens or the customer's number
     */
    static Map<String, Object> callInfo(ContactSnapshot contact, RingtoneKind kind) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("contactType", contact.type().wireValue() != null ? contact.type().wireValue() : "unknown");
        if (contact.queue() != null) {
            info.put("queueArn", contact.queue().queueArn());
            if (contact.queue().name() != null) {
                info.put("queueName", contact.queue().name());
            }
        }
        info.put("ringtoneKind", kind.name());
        contact.agentConnection().ifPresent(c -> info.put("connectionId", c.connectionId()));
        return info;
    }

    private static boolean otherVoiceContact(ContactSnapshot contact, AgentSnapshot agent) {
        if (agent == null) {
            return false;
        }
        return agent.contacts().stream()
                .anyMatch(c -> !c.contactId().equals(contact.contactId()) && c.isVoice() && c.isActive());
    }
}
