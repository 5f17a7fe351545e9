/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.softphone;

/**
 * Which audio path the softphone runs on.
 */
public enum AudioModule {
    /** The platform's audio (PulseAudio/PipeWire on Linux) with real devices. */
    PLATFORM,
    /** No audio device was found: a virtual microphone and speaker; calls connect and can be tested. */
    HEADLESS
}
