/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.repository.tests;

import java.util.Map;

/** A platform the update site and the demo product are built for (the root pom's "all-platforms" environments). */
enum Platform {

    LINUX_X86_64("linux", "gtk", "x86_64", "linux.x86_64"),
    LINUX_AARCH64("linux", "gtk", "aarch64", "linux.aarch64"),
    WINDOWS_X86_64("win32", "win32", "x86_64", "windows.x86_64"),
    MACOS_X86_64("macosx", "cocoa", "x86_64", "macos.x86_64"),
    MACOS_AARCH64("macosx", "cocoa", "aarch64", "macos.aarch64");

    final String os;
    final String ws;
    final String arch;
    /** The suffix of webrtc-java's native fragment, {@code dev.onvoid.webrtc.<suffix>} (the target platform's name). */
    final String webrtcSuffix;

    Platform(String os, String ws, String arch, String webrtcSuffix) {
        this.os = os;
        this.ws = ws;
        this.arch = arch;
        this.webrtcSuffix = webrtcSuffix;
    }

    /** @return the properties p2 evaluates filters against when it installs for this platform */
    Map<String, String> properties() {
        return Map.of("osgi.os", os, "osgi.ws", ws, "osgi.arch", arch);
    }

    /** @return the suffix of the product archive, {@code <os>.<ws>.<arch>} */
    String archiveSuffix() {
        return os + "." + ws + "." + arch;
    }

    String webrtcFragment() {
        return "dev.onvoid.webrtc." + webrtcSuffix;
    }

    String swtFragment() {
        return "org.eclipse.swt." + ws + "." + os + "." + arch;
    }
}
