/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.crm;

import java.time.Duration;
import java.time.Instant;

import io.connectstreams.api.calllog.CallDirection;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallOutcome;

/**
 * One finished call in a customer's history, as the CRM writes it from the call log.
 *
 * @param contactId the contact
 * @param start when the call started
 * @param direction inbound, outbound or callback
 * @param outcome how it ended
 * @param talkTime how long the agent talked with the customer
 * @param disposition the disposition's label, empty when none was chosen
 * @param notes the agent's wrap-up notes, empty when none
 */
public record CallHistoryEntry(String contactId, Instant start, CallDirection direction, CallOutcome outcome,
        Duration talkTime, String disposition, String notes) {

    /**
     * @param entry a finished call-log entry
     * @return the history's record of it
     */
    static CallHistoryEntry of(CallLogEntry entry) {
        return new CallHistoryEntry(entry.contactId(), entry.start(), entry.direction(), entry.outcome(),
                entry.talkDuration(), DemoDispositionCodes.label(entry.disposition()),
                entry.notes() == null ? "" : entry.notes()); //$NON-NLS-1$
    }

    /**
     * @param other another record
     * @return whether both are of the same call (a contact offered twice has two)
     */
    boolean sameCall(CallHistoryEntry other) {
        return contactId.equals(other.contactId) && start.equals(other.start);
    }
}
