/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.event;

import java.util.List;

/**
 * Streams' {@code connect.MasterTopics}. In one JVM there is one master for each topic; the names are kept for parity.
 */
public final class MasterTopics {

    /** {@code "connect::loginPopup"}. */
    public static final String LOGIN_POPUP = "connect::loginPopup";

    /** {@code "connect::sendLogs"}. */
    public static final String SEND_LOGS = "connect::sendLogs";

    /** {@code "connect::softphone"}. */
    public static final String SOFTPHONE = "connect::softphone";

    /** {@code "connect::ringtone"}. */
    public static final String RINGTONE = "connect::ringtone";

    /** {@code "connect::metrics"}. */
    public static final String METRICS = "connect::metrics";

    /** {@code "connect::failover"}. */
    public static final String FAILOVER = "connect::failover";

    /** Every name of this group, in Streams' order. */
    public static final List<String> ALL = List.of(LOGIN_POPUP, SEND_LOGS, SOFTPHONE, RINGTONE, METRICS, FAILOVER);

    private MasterTopics() {
    }
}
