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
 * Streams' {@code connect.ConfigurationEvents}: device selection requests and their confirmations.
 */
public final class ConfigurationEvents {

    /** {@code "configuration::configure"}. */
    public static final String CONFIGURE = "configuration::configure";

    /** {@code "configuration::set_speaker_device"}. */
    public static final String SET_SPEAKER_DEVICE = "configuration::set_speaker_device";

    /** {@code "configuration::set_microphone_device"}. */
    public static final String SET_MICROPHONE_DEVICE = "configuration::set_microphone_device";

    /** {@code "configuration::set_ringer_device"}. */
    public static final String SET_RINGER_DEVICE = "configuration::set_ringer_device";

    /** {@code "configuration::speaker_device_changed"}. */
    public static final String SPEAKER_DEVICE_CHANGED = "configuration::speaker_device_changed";

    /** {@code "configuration::microphone_device_changed"}. */
    public static final String MICROPHONE_DEVICE_CHANGED = "configuration::microphone_device_changed";

    /** {@code "configuration::ringer_device_changed"}. */
    public static final String RINGER_DEVICE_CHANGED = "configuration::ringer_device_changed";

    /** {@code "configuration::camera_device_changed"}. */
    public static final String CAMERA_DEVICE_CHANGED = "configuration::camera_device_changed";

    /** {@code "configuration::background_blur_changed"}. */
    public static final String BACKGROUND_BLUR_CHANGED = "configuration::background_blur_changed";

    /** Every name of this group, in Streams' order. */
    public static final List<String> ALL = List.of(CONFIGURE, SET_SPEAKER_DEVICE, SET_MICROPHONE_DEVICE, SET_RINGER_DEVICE, SPEAKER_DEVICE_CHANGED, MICROPHONE_DEVICE_CHANGED, RINGER_DEVICE_CHANGED, CAMERA_DEVICE_CHANGED, BACKGROUND_BLUR_CHANGED);

    private ConfigurationEvents() {
    }
}
