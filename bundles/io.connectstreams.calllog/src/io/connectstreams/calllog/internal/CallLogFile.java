/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.calllog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The append-only file of the call log, {@value #FILE_NAME}: UTF-8 JSON lines, each ended by {@code \n}.
 * <ul>
 * <li>{@link #append} writes a line and forces it to the disk ({@code FileChannel.force(false)}, fdatasync, which
 * also persists the file's new length) before returning; a failed write is cut off again so the next line starts
 * clean.</li>
 * <li>Opening a file whose last line has no line break (a write torn by a crash) ends that line first, so the torn
 * line stays one corrupt line and never swallows the next one.</li>
 * <li>{@link #rewrite} replaces the whole file atomically: a temporary file is written and forced, moved over the
 * log ({@code ATOMIC_MOVE}), and the directory is forced; a crash leaves either the old or the new file, and a
 * temporary file left behind is deleted on the next open.</li>
 * <li>{@link #read} streams the lines with bounded memory: a line longer than {@value #MAX_LINE_BYTES} bytes is
 * reported as oversized and skipped.</li>
 * <li>The log holds customers' phone numbers: on a POSIX file system the directory is owner-only (0700) and the log
 * and its temporary file are owner-only (0600) from the moment they exist, whatever the umask; wider permissions
 * found when the log opens are tightened. Elsewhere (Windows) the platform's default access applies: the user's
 * profile directory is private to the user by default.</li>
 * </ul>
 * Not thread-safe: the store calls it under its lock.
 */
public final class CallLogFile implements AutoCloseable {

    /** The log's file name in its directory. */
    public static final String FILE_NAME = "calllog.jsonl";

    /** The longest line read; a record is a few hundred bytes. */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    private static final String TEMPORARY_NAME = FILE_NAME + ".tmp";
    private static final byte NEWLINE = '\n';

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final Path file;
    private final boolean posix;
    private FileChannel channel;

    /**
     * Opens (creating it and its directory if needed) the log in a directory.
     *
     * @param directory the directory
     * @throws IOException when the directory or file cannot be created or opened
     */
    public CallLogFile(Path directory) throws IOException {
        this.directory = directory;
        this.file = directory.resolve(FILE_NAME);
        this.posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        createOwnerOnlyDirectory();
        Files.deleteIfExists(directory.resolve(TEMPORARY_NAME)); // an interrupted rewrite; the log itself is intact
        channel = openForAppend();
        endTornLine();
    }

    /**
     * @return the log file
     */
    public Path path() {
        return file;
    }

    /**
     * @return the file's length in bytes
     * @throws IOException when it cannot be read
     */
    public long size() throws IOException {
        return channel.size();
    }

    /**
     * Reads every line, oldest first.
     *
     * @param consumer receives each line with its number (from 1); {@code null} for a line over
     *            {@value #MAX_LINE_BYTES} bytes
     * @throws IOException when the file cannot be read
     */
    void read(LineConsumer consumer) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            boolean oversized = false;
            int number = 0;
            int read;
            while ((read = in.read(chunk)) != -1) {
                int from = 0;
                while (from < read) {
                    int newline = indexOfNewline(chunk, from, read);
                    int to = newline < 0 ? read : newline;
                    if (!oversized) {
                        if (line.size() + to - from > MAX_LINE_BYTES) {
                            oversized = true;
                            line.reset();
                        } else {
                            line.write(chunk, from, to - from);
                        }
                    }
                    if (newline < 0) {
                        break;
                    }
                    consumer.accept(++number, oversized ? null : line.toString(StandardCharsets.UTF_8));
                    line.reset();
                    oversized = false;
                    from = newline + 1;
                }
            }
            if (line.size() > 0 || oversized) {
                consumer.accept(++number, oversized ? null : line.toString(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Appends a line and forces it to the disk.
     *
     * @param line the line, without a line break
     * @throws IOException when it could not be written or forced; the file is then cut back to where it was
     */
    public void append(String line) throws IOException {
        byte[] bytes = (line + '\n').getBytes(StandardCharsets.UTF_8);
        long before = channel.size();
        try {
            writeFully(channel, ByteBuffer.wrap(bytes));
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(before);
            } catch (IOException cut) {
                e.addSuppressed(cut);
            }
            throw e;
        }
    }

    /**
     * Replaces the file's content atomically.
     *
     * @param lines the new lines, without line breaks
     * @throws IOException when the new file could not be written or moved; the old file is then unchanged
     */
    void rewrite(List<String> lines) throws IOException {
        Path temporary = directory.resolve(TEMPORARY_NAME);
        try (FileChannel out = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), ownerOnly(OWNER_ONLY_FILE))) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            for (String line : lines) {
                byte[] bytes = (line + '\n').getBytes(StandardCharsets.UTF_8);
                if (bytes.length > buffer.remaining()) {
                    buffer.flip();
                    writeFully(out, buffer);
                    buffer.clear();
                }
                if (bytes.length > buffer.capacity()) {
                    writeFully(out, ByteBuffer.wrap(bytes));
                } else {
                    buffer.put(bytes);
                }
            }
            buffer.flip();
            writeFully(out, buffer);
            out.force(true);
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw e;
        }
        channel.close();
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory();
        } catch (IOException e) {
            deleteQuietly(temporary, e);
            throw e;
        } finally {
            channel = openForAppend();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void createOwnerOnlyDirectory() throws IOException {
        Files.createDirectories(directory, ownerOnly(OWNER_ONLY_DIRECTORY));
        tighten(directory, OWNER_ONLY_DIRECTORY);
    }

    /** Opens the log; when this creates it, the directory is forced too so that the new entry survives a crash. */
    private FileChannel openForAppend() throws IOException {
        FileChannel opened;
        try {
            opened = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), ownerOnly(OWNER_ONLY_FILE));
            forceDirectory();
        } catch (FileAlreadyExistsException e) {
            opened = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            tighten(file, OWNER_ONLY_FILE);
        }
        opened.position(opened.size());
        return opened;
    }

    /** The permissions to create a file or directory with: none on a file system without POSIX permissions. */
    private FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
                : new FileAttribute<?>[0];
    }

    private void tighten(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private void endTornLine() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        if (last.get(0) != NEWLINE) {
            writeFully(channel, ByteBuffer.wrap(new byte[] { NEWLINE }));
            channel.force(false);
        }
    }

    /** Makes the rename durable; a platform that cannot open a directory (Windows) makes renames durable itself. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // nothing more can be done on such a platform
        }
    }

    private static void deleteQuietly(Path temporary, IOException failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == NEWLINE) {
                return i;
            }
        }
        return -1;
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** Receives the lines of {@link CallLogFile#read}. */
    @FunctionalInterface
    interface LineConsumer {

        /**
         * @param number the line number, from 1
         * @param line the line without its break, {@code null} when it was too long to read
         */
        void accept(int number, String line);
    }
}
