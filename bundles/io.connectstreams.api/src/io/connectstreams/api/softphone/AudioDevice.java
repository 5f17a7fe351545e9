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
 * A microphone, speaker or ringer device. Its id is stable across restarts (name plus index among devices of the
 * same name), so a saved preference still finds the device.
 *
 * @param id the stable id
 * @param name the name the system gives it
 * @param kind what it is used as
 * @param systemDefault whether it is the system default
 */
public record AudioDevice(String id, String name, Kind kind, boolean systemDefault) {

    /** What a device is used as. */
    public enum Kind {
        /** Captures the agent's voice. */
        MICROPHONE,
        /** Plays the caller. */
        SPEAKER,
        /** Plays ringtones. */
        RINGER
    }
}
