/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.media;

/**
 * Stable device ids: the device's name plus its index among devices of the same name ({@code "Jabra Link 380#0"}),
 * so a saved choice finds the device again after a restart (the system's descriptors change).
 */
public final class DeviceIds {

    private DeviceIds() {
    }

    /**
     * @param name the device name
     * @param index its index among devices of that name, from 0
     * @return the id
     */
    public static String id(String name, int index) {
        return name + "#" + index;
    }
}
