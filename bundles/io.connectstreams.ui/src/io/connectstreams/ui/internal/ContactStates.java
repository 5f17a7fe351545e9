/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal;

import java.util.Optional;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.model.ContactType;

/**
 * What the agent may do with a contact, decided from one snapshot the way the CCP decides it; the action then goes to
 * the contact's live handle ({@link #handle}). Shared by the view and the command handlers.
 */
public final class ContactStates {

    private ContactStates() {
    }

    /**
     * @param contact a contact's data
     * @return whether it is offered to the agent: an inbound voice call ringing ({@code connecting}), a queue
     *         callback ({@code incoming}; once accepted, a callback is {@code connecting} while the customer is
     *         dialed, which is no offer) or a task ({@code connecting})
     */
    public static boolean isOffered(ContactSnapshot contact) {
        ContactStateType state = contact.state().type();
        return state == ContactStateType.INCOMING || state == ContactStateType.CONNECTING
                && (contact.type() == ContactType.VOICE && contact.isInbound() || contact.type() == ContactType.TASK);
    }

    /**
     * @param contact a contact's data
     * @return whether it is an offered contact that raises a notification (voice or callback)
     */
    public static boolean isOfferedCall(ContactSnapshot contact) {
        return contact.isVoice() && isOffered(contact);
    }

    /**
     * @param contact a contact's data
     * @return whether the agent is on it: connected, or dialing out (an outbound call, an accepted callback)
     */
    public static boolean canHangUp(ContactSnapshot contact) {
        ContactStateType state = contact.state().type();
        boolean agentActive = contact.agentConnection().map(ConnectionSnapshot::isActive).orElse(false);
        return agentActive && (state == ContactStateType.CONNECTED
                || state == ContactStateType.CONNECTING && !isOffered(contact));
    }

    /**
     * @param contact a contact's data
     * @return whether it is connected and its customer is on the line or on hold
     */
    public static boolean isTalking(ContactSnapshot contact) {
        return contact.state().type() == ContactStateType.CONNECTED
                && contact.initialConnection().map(ConnectionSnapshot::isActive).orElse(false);
    }

    /**
     * @param contact a contact's data
     * @return whether it waits for the agent to clear it (after-call work, or a missed or failed offer)
     */
    public static boolean canClear(ContactSnapshot contact) {
        return switch (contact.state().type()) {
            case ENDED, MISSED, ERROR, REJECTED -> true;
            default -> false;
        };
    }

    /**
     * @param contact a contact's data
     * @return whether it is a connected voice contact, whose audio mute and call quality apply
     */
    public static boolean isConnectedVoice(ContactSnapshot contact) {
        return contact.isVoice() && contact.state().type() == ContactStateType.CONNECTED;
    }

    /**
     * @param agent the agent's snapshot
     * @return the first offered voice or callback contact
     */
    public static Optional<ContactSnapshot> offered(AgentSnapshot agent) {
        return agent.contacts().stream().filter(ContactStates::isOfferedCall).findFirst();
    }

    /**
     * @param agent the agent's snapshot
     * @return the first voice contact the agent can hang up
     */
    public static Optional<ContactSnapshot> hangUpCandidate(AgentSnapshot agent) {
        return agent.contacts().stream().filter(c -> c.isVoice() && canHangUp(c)).findFirst();
    }

    /**
     * @param agent the agent's snapshot
     * @return the first connected voice contact: the one whose audio mute and call quality apply
     */
    public static Optional<ContactSnapshot> connectedVoice(AgentSnapshot agent) {
        return agent.contacts().stream().filter(ContactStates::isConnectedVoice).findFirst();
    }

    /**
     * @param agent the agent
     * @param contact a contact of a snapshot
     * @return the contact's live handle, to act on; empty when it is gone since
     */
    public static Optional<Contact> handle(Agent agent, ContactSnapshot contact) {
        return handle(agent, contact.contactId());
    }

    /**
     * @param agent the agent
     * @param contactId a contact's id
     * @return the contact's live handle, to act on; empty when it is gone
     */
    public static Optional<Contact> handle(Agent agent, String contactId) {
        return agent.getContacts().stream().filter(c -> c.getContactId().equals(contactId)).findFirst();
    }
}
