/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.calllog;

import java.time.Duration;
import java.time.Instant;

import io.connectstreams.api.model.ContactType;

/**
 * One contact in the agent's call log.
 *
 * @param contactId the contact id
 * @param direction inbound, outbound or callback
 * @param contactType the channel
 * @param number the customer's phone number or endpoint address, may be {@code null}
 * @param endpointName the customer's or endpoint's display name (the host's name of the party when it has one), a
 *            task's name, may be {@code null}
 * @param queueName the queue, may be {@code null}
 * @param start when the contact was offered or dialled
 * @param answer when it connected, {@code null} if it never did
 * @param end when it ended (or left after-call work), {@code null} while ongoing
 * @param ringDuration offer to connect (or to end, if never connected)
 * @param talkDuration connected time, holds included
 * @param holdDuration time on hold
 * @param afterCallWorkDuration time in after-call work
 * @param outcome how it ended
 * @param muteCount how many times the agent muted
 * @param holdCount how many times the customer was put on hold
 * @param quality audio quality
 * @param disposition the disposition code the agent chose in the wrap-up form, {@code null} when none
 * @param notes the agent's wrap-up notes, {@code null} when none
 */
public record CallLogEntry(String contactId, CallDirection direction, ContactType contactType, String number,
        String endpointName, String queueName, Instant start, Instant answer, Instant end, Duration ringDuration,
        Duration talkDuration, Duration holdDuration, Duration afterCallWorkDuration, CallOutcome outcome,
        int muteCount, int holdCount, CallQualitySummary quality, String disposition, String notes) {

    /**
     * @return whether the call is over for the agent (its outcome is decided)
     */
    public boolean isFinished() {
        return outcome != CallOutcome.ONGOING;
    }
}
