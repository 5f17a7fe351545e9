/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.connectstreams.calllog.internal.CallLogFile;
import io.connectstreams.calllog.internal.CallLogSettings;

/**
 * The call log holds customers' phone numbers: its directory is owner-only (0700), the log and its temporary file
 * owner-only (0600), whatever the process's umask, and a log left with wider permissions is tightened when it opens.
 * POSIX file systems only (elsewhere the platform default applies, as docs/embedding-guide.md says).
 */
class FilePermissionsTest {

    @TempDir
    Path root;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void aNewLogIsOwnerOnly() throws IOException {
        Path directory = root.resolve("new").resolve("calllog");
        try (CallLogFile file = new CallLogFile(directory)) {
            file.append("{}");
            assertEquals("rwx------", permissions(directory), "the directory");
            assertEquals("rw-------", permissions(file.path()), "the log");
        }
    }

    @Test
    void aLogWithWiderPermissionsIsTightenedWhenItOpens() throws IOException {
        Path directory = Files.createDirectories(root.resolve("wide"));
        Path log = Files.writeString(directory.resolve(CallLogFile.FILE_NAME), "{}\n");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        try (CallLogFile file = new CallLogFile(directory)) {
            assertEquals("rwx------", permissions(directory), "the directory");
            assertEquals("rw-------", permissions(file.path()), "the log");
        }
    }

    @Test
    void aCompactedLogStaysOwnerOnly() throws IOException {
        Path directory = root.resolve("compacted");
        CallLogSettings settings = new CallLogSettings(directory, Duration.ofDays(90), 10_000, 5);
        try (Recording log = new Recording(settings, "permissions")) {
            for (int i = 0; i < 6; i++) {
                log.answeredCall("permissions-" + i, 10 + i * 30L);
            }
            assertEquals("rw-------", permissions(log.store().path()), "the log after its rewrite");
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
