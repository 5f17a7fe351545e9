/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

/**
 * A tiny HTTPS and WebSocket server on loopback that misbehaves exactly as a test chooses: no headers, headers and
 * then silence, a body trickled a byte at a time, a body or a WebSocket message that never ends, or well-formed
 * answers whose content is hostile (bad timestamps, URLs, tokens). Plain JDK sockets over TLS with a certificate made
 * for the run ({@link TestCertificate}); clients trust exactly it through {@link #clientSslContext()}.
 * <p>
 * It counts what a test asserts on instead of timings: connections accepted, open, and closed by the client, and the
 * bytes of endless replies it managed to push before the client stopped them. One thread per connection (daemon);
 * {@link #close()} ends them all. An endless reply stops by itself after {@code 1 GiB}, so no loop is unbounded.
 */
public final class HostileServer implements AutoCloseable {

    /** The longest endless reply: the worker must stop reading long before. */
    public static final long ENDLESS_LIMIT = 1L << 30;

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int CHUNK = 16 * 1024;
    private static final int MAX_HEAD = 64 * 1024;

    private final TestCertificate certificate = new TestCertificate();
    private final ServerSocket listener;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger closedByClient = new AtomicInteger();
    private final AtomicLong pushed = new AtomicLong();
    private final AtomicLong largestPush = new AtomicLong();
    private volatile Function<Request, Reply> script;
    private volatile boolean closed;

    private HostileServer(Function<Request, Reply> script) throws IOException {
        this.script = script;
        listener = certificate.serverContext().getServerSocketFactory().createServerSocket(0, 50,
                InetAddress.getLoopbackAddress());
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "hostile-server-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        threads.execute(this::acceptLoop);
    }

    /**
     * @param script chooses the reply to each request (called on the connection's thread)
     * @return a running server on 127.0.0.1
     * @throws IOException when no port can be bound
     */
    public static HostileServer start(Function<Request, Reply> script) throws IOException {
        return new HostileServer(script);
    }

    /**
     * @param newScript the replies from now on (a test makes the server behave again)
     */
    public void script(Function<Request, Reply> newScript) {
        script = newScript;
    }

    /** @return {@code https://127.0.0.1:<port>/} */
    public URI baseUri() {
        return URI.create("https://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    /**
     * @param path the path, without the leading slash
     * @return {@code wss://127.0.0.1:<port>/<path>}
     */
    public URI webSocketUri(String path) {
        return URI.create("wss://127.0.0.1:" + listener.getLocalPort() + "/" + path);
    }

    /** @return a context that trusts exactly this server's certificate (verification on, host name included) */
    public SSLContext clientSslContext() {
        return certificate.clientContext();
    }

    /** @return connections accepted so far */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** @return connections open now */
    public int openConnections() {
        return open.size();
    }

    /** @return connections the client closed (or reset) while a reply was under way */
    public int connectionsClosedByClient() {
        return closedByClient.get();
    }

    /** @return bytes of endless replies (bodies and WebSocket messages) written so far, all connections */
    public long bytesPushed() {
        return pushed.get();
    }

    /** @return the most bytes one endless reply wrote before it ended */
    public long largestPush() {
        return largestPush.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(HostileServer::closeQuietly);
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                accepted.incrementAndGet();
                open.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        Reply playing = null;
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                Request request = readRequest(in);
                if (request == null) {
                    return;
                }
                playing = script.apply(request);
                if (!playing.play(request, in, out, this)) {
                    return;
                }
                playing = null;
            }
        } catch (IOException e) {
            // only a client that stopped a reply counts: one that drops an idle kept-alive connection does not
            if (playing != null && !closed) {
                closedByClient.incrementAndGet();
            }
        } finally {
            open.remove(socket);
        }
    }

    /** Waits until the client closes the connection (a read that ends or fails); counts it. */
    private void awaitClientClose(InputStream in) {
        try {
            while (!closed && in.read() >= 0) {
                // a stalled server ignores what the client sends
            }
        } catch (IOException e) {
            // reset by the client
        }
        if (!closed) {
            closedByClient.incrementAndGet();
        }
    }

    private void pushedBytes(long bytes) {
        largestPush.accumulateAndGet(bytes, Math::max);
    }

    private static Request readRequest(InputStream in) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return null;
        }
        String[] lines = head.split("\r\n");
        String[] start = lines[0].split(" ");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
        byte[] body = in.readNBytes(length);
        return new Request(start[0], start.length > 1 ? start[1] : "/", headers,
                new String(body, StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1
                    : b == '\r' ? 1 : 0;
            if (head.size() > MAX_HEAD) {
                throw new IOException("request head too long");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static void writeHead(OutputStream out, String statusLine, Map<String, String> headers)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(statusLine).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /**
     * A request as received.
     *
     * @param method the method
     * @param path the path and query
     * @param headers the headers (names case-insensitive)
     * @param body the body as UTF-8
     */
    public record Request(String method, String path, Map<String, String> headers, String body) {

        /** @return the CTI operation of {@code X-Amz-Target} ({@code GetAgentSnapshot}), or {@code ""} */
        public String operation() {
            String target = headers.getOrDefault("X-Amz-Target", "");
            return target.substring(target.indexOf('.') + 1);
        }

        /** @return whether the client asks for a WebSocket */
        public boolean isWebSocketUpgrade() {
            return "websocket".equalsIgnoreCase(headers.getOrDefault("Upgrade", ""));
        }
    }

    /** What the server does with one request. */
    @FunctionalInterface
    public interface Reply {

        /**
         * @param request the request being answered
         * @param in the connection's input (after the request)
         * @param out the connection's output
         * @param server the server, whose counters the reply updates
         * @return whether the connection may carry the next request
         * @throws IOException when the client closed or reset the connection
         */
        boolean play(Request request, InputStream in, OutputStream out, HostileServer server) throws IOException;

        /**
         * A well-formed answer (kept alive).
         *
         * @param status the HTTP status
         * @param json the body
         * @return the reply
         */
        static Reply answer(int status, String json) {
            return (request, in, out, server) -> {
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                writeHead(out, status + " Status", Map.of("Content-Type", "application/json", "Content-Length",
                        String.valueOf(body.length)));
                out.write(body);
                out.flush();
                return true;
            };
        }

        /** @return reads the request and never answers, until the client gives up */
        static Reply noHeaders() {
            return (request, in, out, server) -> {
                server.awaitClientClose(in);
                return false;
            };
        }

        /** @return sends the status and headers of a 100-byte JSON body, then nothing, until the client gives up */
        static Reply headersThenStall() {
            return (request, in, out, server) -> {
                writeHead(out, "200 OK", Map.of("Content-Type", "application/json", "Content-Length", "100"));
                server.awaitClientClose(in);
                return false;
            };
        }

        /**
         * @param json the body, sent one byte per interval
         * @param interval the pause between two bytes
         * @return the reply (ends when the body is sent or the client closes)
         */
        static Reply trickle(String json, Duration interval) {
            return (request, in, out, server) -> {
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                writeHead(out, "200 OK", Map.of("Content-Type", "application/json", "Content-Length",
                        String.valueOf(body.length)));
                for (byte b : body) {
                    LockSupport.parkNanos(interval.toNanos());
                    if (server.closed) {
                        return false;
                    }
                    out.write(b);
                    out.flush();
                }
                return true;
            };
        }

        /** @return a chunked body that never ends (up to {@link HostileServer#ENDLESS_LIMIT}) */
        static Reply endlessBody() {
            return (request, in, out, server) -> {
                writeHead(out, "200 OK", Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked"));
                byte[] chunk = ("4000\r\n" + "[".repeat(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                long sent = 0;
                try {
                    while (sent < ENDLESS_LIMIT && !server.closed) {
                        out.write(chunk);
                        sent += CHUNK;
                        server.pushed.addAndGet(CHUNK);
                    }
                } finally {
                    server.pushedBytes(sent);
                }
                return false;
            };
        }

        /**
         * @param messages text messages sent after the handshake; then heartbeats ({@code aws/heartbeat}) are
         *        echoed until the client closes
         * @return a well-behaved WebSocket
         */
        static Reply webSocket(List<String> messages) {
            return (request, in, out, server) -> {
                accept(request, out);
                for (String message : messages) {
                    WebSocketFrames.writeText(out, message);
                }
                WebSocketFrames.echoHeartbeats(in, out);
                if (!server.closed) {
                    server.closedByClient.incrementAndGet();
                }
                return false;
            };
        }

        /** @return a WebSocket whose first text message never ends (up to {@link HostileServer#ENDLESS_LIMIT}) */
        static Reply endlessWebSocketMessage() {
            return (request, in, out, server) -> {
                accept(request, out);
                long sent = 0;
                try {
                    while (sent < ENDLESS_LIMIT && !server.closed) {
                        WebSocketFrames.writeFragment(out, sent == 0, CHUNK);
                        sent += CHUNK;
                        server.pushed.addAndGet(CHUNK);
                    }
                } finally {
                    server.pushedBytes(sent);
                }
                return false;
            };
        }

        private static void accept(Request request, OutputStream out) throws IOException {
            String key = request.headers().getOrDefault("Sec-WebSocket-Key", "");
            String acceptKey;
            try {
                acceptKey = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                        .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII)));
            } catch (NoSuchAlgorithmException e) {
                throw new IOException(e);
            }
            writeHead(out, "101 Switching Protocols", Map.of("Upgrade", "websocket", "Connection", "Upgrade",
                    "Sec-WebSocket-Accept", acceptKey));
        }
    }

    /** The few WebSocket frames (RFC 6455) the server writes and reads. */
    private static final class WebSocketFrames {

        private static final int TEXT = 0x1;
        private static final int CONTINUATION = 0x0;
        private static final int CLOSE = 0x8;
        private static final int PING = 0x9;
        private static final int MAX_CLIENT_FRAME = 1024 * 1024;

        private WebSocketFrames() {
        }

        static void writeText(OutputStream out, String text) throws IOException {
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            writeHeader(out, true, TEXT, payload.length);
            out.write(payload);
            out.flush();
        }

        /** A fragment of a text message that is never finished: 'a' bytes (valid UTF-8). */
        static void writeFragment(OutputStream out, boolean first, int length) throws IOException {
            writeHeader(out, false, first ? TEXT : CONTINUATION, length);
            byte[] payload = new byte[length];
            java.util.Arrays.fill(payload, (byte) 'a');
            out.write(payload);
        }

        private static void writeHeader(OutputStream out, boolean fin, int opcode, int length) throws IOException {
            out.write((fin ? 0x80 : 0) | opcode);
            if (length < 126) {
                out.write(length);
            } else if (length <= 0xFFFF) {
                out.write(126);
                out.write(length >>> 8);
                out.write(length & 0xFF);
            } else {
                out.write(127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) ((long) length >>> shift) & 0xFF);
                }
            }
        }

        /** Reads the client's frames; answers heartbeats and close; returns when the connection ends. */
        static void echoHeartbeats(InputStream in, OutputStream out) {
            try {
                while (true) {
                    int b0 = in.read();
                    int b1 = in.read();
                    if (b0 < 0 || b1 < 0) {
                        return;
                    }
                    long length = b1 & 0x7F;
                    if (length == 126) {
                        length = (in.read() << 8) | in.read();
                    } else if (length == 127) {
                        length = 0;
                        for (int i = 0; i < 8; i++) {
                            length = (length << 8) | in.read();
                        }
                    }
                    if (length > MAX_CLIENT_FRAME) {
                        return;
                    }
                    byte[] mask = (b1 & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
                    byte[] payload = in.readNBytes((int) length);
                    for (int i = 0; i < payload.length; i++) {
                        payload[i] ^= mask[i % 4];
                    }
                    int opcode = b0 & 0x0F;
                    if (opcode == CLOSE) {
                        writeHeader(out, true, CLOSE, 0);
                        out.flush();
                        return;
                    }
                    String text = new String(payload, StandardCharsets.UTF_8);
                    if (opcode == TEXT && text.contains("aws/heartbeat")) {
                        writeText(out, text);
                    } else if (opcode == PING) {
                        writeHeader(out, true, 0xA, payload.length);
                        out.write(payload);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }
    }
}
