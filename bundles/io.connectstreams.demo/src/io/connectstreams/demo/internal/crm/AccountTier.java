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

/**
 * A customer's account tier, best first; the view shows it translated.
 */
public enum AccountTier {
    /** The largest accounts. */
    PLATINUM,
    /** Key accounts. */
    GOLD,
    /** Regular accounts. */
    SILVER,
    /** Small accounts. */
    BRONZE
}
