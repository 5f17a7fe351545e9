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

/**
 * Payload of the {@code configuration::set_*_device} requests and {@code configuration::*_device_changed}
 * confirmations; Streams' {@code {deviceId}}.
 *
 * @param deviceId the device id
 */
public record DeviceChange(String deviceId) {
}
