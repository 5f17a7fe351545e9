/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit;

import java.util.Optional;
import java.util.Set;

import io.connectstreams.api.Contact;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.testkit.internal.Waits;

/**
 * A contact the outside world started in a {@link ContactCenter}: a customer's call, a callback that became due,
 * a task. What the customer does goes to the sandbox ({@link #hangUp()}, {@link #answer()}); what the agent does
 * goes through the real {@code Streams} service ({@link #accept()}); the {@code await} methods wait for what the
 * signed-in agent sees, and fail naming the contact, the awaited state and the state seen last.
 */
public final class CustomerContact {

    private static final Set<ContactStateType> RINGING = Set.of(ContactStateType.INCOMING,
            ContactStateType.CONNECTING, ContactStateType.PENDING);

    private final ContactCenter center;
    private final String contactId;
    private final String description;

    CustomerContact(ContactCenter center, String contactId, String description) {
        this.center = center;
        this.contactId = contactId;
        this.description = description;
    }

    /**
     * @return the contact id
     */
    public String contactId() {
        return contactId;
    }

    /**
     * @return the contact as the signed-in agent sees it now, if it does
     */
    public Optional<Contact> seenByAgent() {
        return center.streams().findContact(contactId);
    }

    /**
     * Waits until the agent is offered the contact: it rings ({@code incoming}, {@code connecting} or
     * {@code pending}).
     *
     * @return the agent's contact
     */
    public Contact awaitRinging() {
        return awaitState(RINGING, "ringing");
    }

    /**
     * Waits until the agent and the customer are connected.
     *
     * @return the agent's contact
     */
    public Contact awaitConnected() {
        return awaitState(Set.of(ContactStateType.CONNECTED), "connected");
    }

    /**
     * Waits until the contact rang out unanswered ({@code missed}); the sandbox's ring timeout decides when
     * ({@link ContactCenterExtension.Builder#ringTimeout}).
     *
     * @return the agent's contact
     */
    public Contact awaitMissed() {
        return awaitState(Set.of(ContactStateType.MISSED), "missed");
    }

    /**
     * Waits until the contact ended for the agent: after-call work ({@code ended}).
     *
     * @return the agent's contact
     */
    public Contact awaitEnded() {
        return awaitState(Set.of(ContactStateType.ENDED), "ended (after-call work)");
    }

    /**
     * Waits until the agent no longer has the contact (cleared, or ended without after-call work).
     */
    public void awaitGone() {
        Waits.until(center.timeout(), () -> seenByAgent().isEmpty(),
                () -> "the agent to no longer have " + this + " (now " + stateNow() + ")");
    }

    /**
     * The agent accepts the ringing contact through {@code Streams} ({@code AcceptContact}); waits for it to ring
     * first, and for the request to succeed.
     *
     * @return the agent's contact
     */
    public Contact accept() {
        Contact contact = awaitRinging();
        Waits.result(contact.accept(), center.timeout(), "the agent's accept of " + this);
        return contact;
    }

    /**
     * The agent clears the contact after its after-call work ({@code ClearContact}), and waits until it is gone.
     */
    public void clear() {
        Contact contact = awaitEnded();
        Waits.result(contact.clear(), center.timeout(), "the agent's clear of " + this);
        awaitGone();
    }

    /**
     * The customer hangs up.
     */
    public void hangUp() {
        center.sandbox().control().hangUp(contactId);
    }

    /**
     * The dialed customer answers (an accepted callback, an outbound call), when the sandbox was told that
     * callees answer manually ({@link ContactCenterExtension.Builder#calleesAnswerManually()}).
     */
    public void answer() {
        center.sandbox().control().answer(contactId);
    }

    @Override
    public String toString() {
        return description + " (contact " + contactId + ")";
    }

    private Contact awaitState(Set<ContactStateType> states, String what) {
        return Waits.present(center.timeout(),
                () -> seenByAgent().filter(contact -> states.contains(contact.getState().type())),
                () -> "the agent to see " + this + " " + what + " (now " + stateNow() + ")");
    }

    private String stateNow() {
        return seenByAgent().map(contact -> contact.getState().type().name()).orElse("not seen by the agent");
    }
}
