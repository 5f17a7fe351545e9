/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import com.google.gson.JsonObject;

import io.connectstreams.sandbox.Sandbox;

/**
 * The files the demo writes next to its workspace state for everything outside the JVM that talks to its
 * sandbox: the certificate (PEM) to trust, and a connection file in the format of the sandbox's command line
 * ({@code url}, {@code controlKey}, {@code certificatePem}, plus the demo's {@code pid}, so a client can join the
 * demo's network namespace), readable by its owner only. The connection file is deleted when the sandbox stops.
 *
 * @param certificate the certificate PEM file
 * @param connection the connection file
 */
public record SandboxFiles(Path certificate, Path connection) {

    /** The certificate's file name. */
    public static final String CERTIFICATE_FILE = "sandbox-certificate.pem";
    /** The connection file's name. */
    public static final String CONNECTION_FILE = "sandbox.json";

    /**
     * Writes both files.
     *
     * @param directory the demo's state directory (created if needed)
     * @param sandbox the running sandbox (HTTPS)
     * @return the files
     * @throws IOException when a file cannot be written
     */
    public static SandboxFiles write(Path directory, Sandbox sandbox) throws IOException {
        Files.createDirectories(directory);
        Path certificate = directory.resolve(CERTIFICATE_FILE);
        sandbox.writeCertificatePem(certificate);
        JsonObject json = new JsonObject();
        json.addProperty("url", sandbox.baseUri().toString());
        json.addProperty("controlKey", sandbox.controlKey());
        json.addProperty("certificatePem", Files.readString(certificate, StandardCharsets.US_ASCII));
        json.addProperty("pid", ProcessHandle.current().pid());
        Path connection = directory.resolve(CONNECTION_FILE);
        Path temporary = Files.createTempFile(directory, "sandbox", ".tmp");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, json.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, connection, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new SandboxFiles(certificate, connection);
    }

    /**
     * Deletes the connection file (the certificate stays: preferences may point to it until the next start).
     *
     * @throws IOException when it cannot be deleted
     */
    public void deleteConnectionFile() throws IOException {
        Files.deleteIfExists(connection);
    }
}
