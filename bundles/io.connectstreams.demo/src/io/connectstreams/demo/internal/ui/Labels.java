/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.ui;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

import io.connectstreams.api.calllog.CallDirection;
import io.connectstreams.api.calllog.CallOutcome;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.AccountTier;
import io.connectstreams.demo.internal.crm.Customer;

/**
 * How the demo's model appears in the UI.
 */
final class Labels {

    private Labels() {
    }

    /**
     * @param tier an account tier
     * @return its translated name
     */
    static String tier(AccountTier tier) {
        return switch (tier) {
            case PLATINUM -> Messages.Tier_platinum;
            case GOLD -> Messages.Tier_gold;
            case SILVER -> Messages.Tier_silver;
            case BRONZE -> Messages.Tier_bronze;
        };
    }

    /**
     * @param direction a call's direction
     * @return its translated name
     */
    static String direction(CallDirection direction) {
        return switch (direction) {
            case INBOUND -> Messages.Direction_inbound;
            case OUTBOUND -> Messages.Direction_outbound;
            case CALLBACK -> Messages.Direction_callback;
        };
    }

    /**
     * @param outcome how a call ended
     * @return its translated name
     */
    static String outcome(CallOutcome outcome) {
        return switch (outcome) {
            case ANSWERED -> Messages.Outcome_answered;
            case MISSED -> Messages.Outcome_missed;
            case REJECTED -> Messages.Outcome_rejected;
            case TRANSFERRED -> Messages.Outcome_transferred;
            case FAILED -> Messages.Outcome_failed;
            case ONGOING -> Messages.Outcome_ongoing;
            case MONITORED -> Messages.Outcome_monitored;
        };
    }

    /**
     * @param talk a talk time
     * @return minutes and seconds, {@code 2:05}
     */
    static String talkTime(Duration talk) {
        long seconds = talk.toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60); //$NON-NLS-1$
    }

    /**
     * @param customer a customer
     * @return "name, company (phone)" for choosers and messages
     */
    static String customer(Customer customer) {
        return NLS.bind(Messages.Customer_label,
                new Object[] { customer.name(), customer.company(), customer.phone() });
    }
}
