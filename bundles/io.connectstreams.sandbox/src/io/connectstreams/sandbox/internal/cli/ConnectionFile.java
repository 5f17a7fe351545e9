/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.sandbox.internal.server.SelfSignedCertificate;

/**
 * The file {@code serve} writes for the client commands: URL, control key and certificate. Readable by its owner
 * only; deleted when the sandbox stops.
 */
final class ConnectionFile {

    private ConnectionFile() {
    }

    static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".connectstreams", "sandbox.json");
    }

    static void write(Path file, Sandbox sandbox) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("url", sandbox.baseUri().toString());
        json.addProperty("controlKey", sandbox.controlKey());
        sandbox.certificate().ifPresent(certificate -> json.addProperty("certificatePem",
                SelfSignedCertificate.pem(certificate)));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "sandbox", ".tmp");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temporary, json.toString(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(ConnectionFile.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot delete " + file, e);
        }
    }

    static ControlClient read(Path file) throws IOException {
        JsonObject json;
        try {
            json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw new IOException("no running sandbox: " + file + " does not exist (start one with serve, or pass "
                    + "--url and --key)", e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IOException(file + " is not a sandbox connection file", e);
        }
        return ControlClient.withPem(json.get("url").getAsString(), json.get("controlKey").getAsString(),
                json.has("certificatePem") ? json.get("certificatePem").getAsString() : null);
    }
}
