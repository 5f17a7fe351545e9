/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.tests;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.connectstreams.sandbox.Sandbox;

/**
 * A seeded fuzzer of every endpoint of a running sandbox: CTI operations with mutated bodies, the sign-in pages,
 * the control API (never a well-formed fault, so the CTI answers stay the sandbox's own), malformed raw requests
 * that only Jetty sees, CTI WebSocket frames and signaling WebSocket frames and handshakes. It counts answers with a
 * 5xx status (but 505, the protocol's answer to an unknown HTTP version), answers or close reasons that name a Java
 * class or carry exception text, and requests without an answer in time (hangs). CTI bodies are mostly built from
 * the CTI model the sandbox ships (a valid body with one or two members made null, mistyped or dropped). Bounded by a case count and a time budget.
 */
final class SandboxFuzzer {

    /** What a run found. */
    static final class Figures {
        int cases;
        int requests;
        int frames;
        int sockets;
        int serverErrors;
        int leaks;
        int hangs;
        final List<String> findings = new ArrayList<>();

        private final Set<String> kinds = new HashSet<>();

        /** Keeps the first finding of each kind (its first 40 characters), at most 20. */
        void finding(String what) {
            String kind = what.substring(0, Math.min(40, what.length()));
            if (findings.size() < 20 && kinds.add(kind)) {
                findings.add(what.length() > 300 ? what.substring(0, 300) + "..." : what);
            }
        }

        @Override
        public String toString() {
            return cases + " cases (" + requests + " requests, " + frames + " frames on " + sockets
                    + " open WebSockets): " + serverErrors + " 5xx, "
                    + leaks + " leaks, " + hangs + " hangs " + findings;
        }
    }

    static final String CONTROL_KEY = "fuzz-control-key";

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final String[] OPERATIONS = {"AcceptContact", "ClearContact", "CompleteContact",
        "ConferenceConnections", "CreateAdditionalConnection", "CreateOutboundContact", "CreateTaskContact",
        "CreateTransport", "DestroyConnection", "GetAgentConfiguration", "GetAgentPermissions", "GetAgentSnapshot",
        "GetAgentStates", "GetDialableCountryCodes", "GetEndpoints", "GetNewAuthToken", "GetRoutingProfileQueues",
        "HoldConnection", "MuteParticipant", "NotifyContactIssue", "PauseContact", "PutAgentState", "RejectContact",
        "ResumeConnection", "ResumeContact", "SendClientLogs", "SendDigits", "SendSoftphoneCallMetrics",
        "SendSoftphoneCallReport", "ToggleActiveConnections", "UnmuteParticipant", "UpdateAgentConfiguration",
        "UpdateMonitorParticipantState", "TransferContact", "AddNewConnection", "NoSuchOperation", ""};
    private static final String[] MEMBERS = {"authentication", "authToken", "agentARN", "timeout", "nextToken",
        "maxResults", "queueARNs", "contactId", "connectionId", "endpoint", "type", "phoneNumber", "agentLogin",
        "queue", "queueARN", "name", "description", "state", "agentStateARN", "enqueueNextState", "configuration",
        "softphoneEnabled", "softphoneAutoAccept", "extension", "agentPreferences", "routingProfile",
        "routingProfileARN", "transportType", "digits", "targetMonitorMode", "logEvents", "message", "component",
        "timestamp", "refreshToken", "softphoneStreamStatistics", "report", "callStartTime", "references",
        "scheduledTime", "issueCode", "endpointARN", "relatedContactId", "channelConcurrencyMap",
        "previousContactId", "idempotencyToken", "value", "agent", "attributes"};
    private static final String[] CONTROL_PATHS = {"/control", "/control/", "/control/status", "/control/agents",
        "/control/agents/jane/snapshot", "/control/agents/nobody/snapshot", "/control/agents/%2e%2e/snapshot",
        "/control/contacts", "/control/calls", "/control/callbacks", "/control/tasks", "/control/contacts/x/hangup",
        "/control/contacts/x/answer", "/control/contacts/x/transfer", "/control/contacts/x/levels",
        "/control/faults", "/control/records", "/control/records?action=%2F%00&contactId", "/control/a/b/c/d"};
    private static final String[] RAW_REQUESTS = {"GET / HTTP/1.1\r\nHost: %s\r\n\r\n", "GET /%%zz HTTP/1.1\r\nHost: %s\r\n\r\n",
        "BREW /api HTTP/1.1\r\nHost: %s\r\n\r\n", "GET /login HTTP/9.9\r\nHost: %s\r\n\r\n",
        "GET /login HTTP/1.1\r\nHost: %s\r\nX: \u0001\r\n\r\n", "GET /login HTTP/1.1\r\nHost: %s\r\nBad\r\n\r\n",
        "POST /api HTTP/1.1\r\nHost: %s\r\nContent-Length: abc\r\n\r\n",
        "POST /api HTTP/1.1\r\nHost: %s\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "POST /api HTTP/1.1\r\nHost: %s\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "GET /login?redirect=%%2F%%09%%2Fevil HTTP/1.1\r\nHost: %s\r\n\r\n", "GET http://evil/ HTTP/1.1\r\nHost: %s\r\n\r\n",
        "GET /../../etc/passwd HTTP/1.1\r\nHost: %s\r\n\r\n", "GET /login HTTP/1.1\r\nHost: evil.example\r\n\r\n",
        "GET /login HTTP/1.1\r\nHost: %s\r\nHost: %s\r\n\r\n", "\r\n\r\n", "GET\r\n\r\n",
        "GET /ws?token=%%00 HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAAAA==\r\n\r\n",
        "GET /LilyRTC HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Version: 99\r\n\r\n",
        "GET /login HTTP/1.1\r\nHost: %s\r\nCookie: " + "a=b; ".repeat(2000) + "\r\n\r\n",
        "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: %s\r\n\r\n"};

    private final Sandbox sandbox;
    private final Random random;
    private final HttpClient http;
    private final CtiClient agent;
    private final String host;
    private final Figures figures = new Figures();
    /** The CTI model's operations, as the sandbox ships it. */
    private final JsonObject model;
    private final JsonObject shapes;
    private Frames cti;
    private Frames signaling;
    private String[] signalingCall;

    SandboxFuzzer(Sandbox sandbox, long seed) throws IOException, InterruptedException {
        this.sandbox = sandbox;
        this.random = new Random(seed);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(ANSWER_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).sslContext(sandbox.clientSslContext()).build();
        this.agent = CtiClient.signIn(sandbox, "jane", "jane-sandbox");
        this.host = "127.0.0.1:" + sandbox.port();
        try (InputStream in = Sandbox.class.getResourceAsStream("internal/cti/connect-cti-model.json")) {
            JsonObject json = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            this.model = json.getAsJsonObject("operations");
            this.shapes = json.getAsJsonObject("shapes");
        }
    }

    /**
     * Runs until {@code cases} cases are done or the budget is spent.
     *
     * @return what was found
     */
    Figures run(int cases, Duration budget) throws Exception {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            for (int i = 0; i < cases && System.nanoTime() < deadline; i++) {
                figures.cases++;
                int kind = random.nextInt(100);
                if (kind < 45) {
                    cti();
                } else if (kind < 55) {
                    auth();
                } else if (kind < 68) {
                    control();
                } else if (kind < 75) {
                    raw();
                } else if (kind < 90) {
                    ctiFrame();
                } else {
                    signalingFrame();
                }
            }
        } finally {
            close(cti);
            close(signaling);
            // a stray fault must not outlive the run (the fuzzer never sends a well-formed one)
            sandbox.control().clearFaults();
        }
        return figures;
    }

    // ---------------------------------------------------------------- HTTP

    private void cti() throws Exception {
        String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
        String body;
        int shape = random.nextInt(10);
        JsonObject input = model.has(operation) ? model.getAsJsonObject(operation).getAsJsonObject("input") : null;
        if (shape == 0) {
            body = garbage();
        } else if (shape < 6 && input != null) {
            // a body the model allows, then one or two members made null, mistyped or dropped
            JsonObject json = valid(input, 0).getAsJsonObject();
            JsonObject authentication = new JsonObject();
            authentication.addProperty("authToken", agent.token);
            json.add("authentication", authentication);
            for (int i = random.nextInt(2); i >= 0; i--) {
                mutate(json);
            }
            body = json.toString();
        } else {
            JsonObject json = new JsonObject();
            if (random.nextInt(8) > 0) {
                JsonObject authentication = new JsonObject();
                authentication.addProperty("authToken", agent.token);
                json.add("authentication", random.nextInt(10) == 0 ? value(0) : authentication);
            }
            int members = random.nextInt(5);
            for (int i = 0; i < members; i++) {
                json.add(MEMBERS[random.nextInt(MEMBERS.length)], value(0));
            }
            body = json.toString();
            if (shape == 1) {
                body = body.substring(0, random.nextInt(body.length() + 1));
            }
        }
        HttpRequest.Builder request = request("/api").POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", random.nextInt(20) == 0 ? "text/plain" : "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonConnectCTIService." + operation);
        if (random.nextInt(10) > 0) {
            request.header("X-Amz-Bearer", random.nextInt(10) == 0 ? "bogus-" + random.nextInt() : agent.token);
        }
        send(request.build(), operation + " " + body);
    }

    private void auth() throws Exception {
        switch (random.nextInt(6)) {
            case 0 -> send(request("/login?redirect=" + URLEncoder.encode(string(), StandardCharsets.UTF_8)).GET()
                    .build(), "GET /login");
            case 1 -> send(request("/login").header("Content-Type", random.nextBoolean()
                    ? "application/x-www-form-urlencoded" : "text/plain").POST(HttpRequest.BodyPublishers.ofString(
                            "username=" + (random.nextBoolean() ? "jane" : encode(string())) + "&password="
                                    + encode(string()) + "&redirect=" + encode(string()))).build(), "POST /login");
            case 2 -> send(request("/auth/sign-in").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(random.nextBoolean() ? garbage() : object().toString()))
                    .build(), "POST /auth/sign-in");
            case 3 -> send(request("/auth/authorize").header("Cookie", Sandbox.SESSION_COOKIE + "=" + encode(string()))
                    .GET().build(), "GET /auth/authorize");
            case 4 -> send(request("/ccp-v2").header("Cookie", "x=" + encode(string())).GET().build(), "GET /ccp-v2");
            default -> send(request("/logout").header("Cookie", Sandbox.SESSION_COOKIE + "=" + encode(string()))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), "POST /logout");
        }
    }

    private void control() throws Exception {
        String path = CONTROL_PATHS[random.nextInt(CONTROL_PATHS.length)];
        String method = new String[] {"GET", "POST", "DELETE", "PUT"}[random.nextInt(4)];
        JsonObject body = object();
        if (path.equals("/control/faults")) {
            if ("DELETE".equals(method)) {
                method = "GET";
            }
            // a fault type with mistyped values: never a fault that would be queued (null is absent, so it is valid)
            body.addProperty("type", new String[] {"status", "delay", "invite", "drop", "truncate", string()}
                    [random.nextInt(6)]);
            JsonElement bad = new JsonElement[] {new JsonPrimitive("x"), new JsonObject(), new JsonArray(),
                new JsonPrimitive(true), new JsonPrimitive(2.5)}[random.nextInt(5)];
            body.add("count", bad);
            body.add("status", bad);
            body.add("millis", bad);
            body.add("code", bad);
        }
        HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofString(
                random.nextInt(6) == 0 ? garbage() : body.toString()));
        if (random.nextInt(10) > 0) {
            request.header("X-Sandbox-Control-Key", CONTROL_KEY);
        }
        send(request.build(), method + " " + path + " " + body);
    }

    private void raw() throws IOException {
        String template = RAW_REQUESTS[random.nextInt(RAW_REQUESTS.length)];
        String text = template.replace("%s", host).replace("%%", "%");
        figures.requests++;
        try {
            RawHttp.Answer answer = RawHttp.send(sandbox, text.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"),
                    ANSWER_TIMEOUT);
            check(answer.status(), answer.body(), "raw " + text.substring(0, Math.min(60, text.length())));
        } catch (RawHttp.HangException e) {
            figures.hangs++;
            figures.finding("hang: raw " + text.substring(0, Math.min(60, text.length())));
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("https://" + host + path)).timeout(ANSWER_TIMEOUT);
    }

    private void send(HttpRequest request, String what) throws InterruptedException {
        figures.requests++;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            check(response.statusCode(), response.body(), what);
        } catch (HttpTimeoutException e) {
            figures.hangs++;
            figures.finding("hang: " + what);
        } catch (IOException e) {
            // the server closed the connection (oversized or broken request): a refusal, not an error
        }
    }

    private void check(int status, String body, String what) {
        // 505 is the protocol's answer to an HTTP version the server does not speak (RFC 9110), not a failure
        if (status >= 500 && status != 505) {
            figures.serverErrors++;
            figures.finding(status + " " + what + " -> " + body);
        }
        if (ErrorShape.leaks(body)) {
            figures.leaks++;
            figures.finding("leak: " + what + " -> " + body);
        }
    }

    // ---------------------------------------------------------------- WebSockets

    private void ctiFrame() throws Exception {
        if (cti == null || cti.closed.isDone()) {
            close(cti);
            CtiClient.Reply transport = agent.call("CreateTransport", "transportType", "web_socket");
            figures.requests++;
            URI uri = URI.create(transport.ok().json().getAsJsonObject("webSocketTransport").get("url")
                    .getAsString());
            cti = Frames.open(http, random.nextInt(10) == 0 ? URI.create(uri.toString() + "x") : uri, figures);
            if (cti == null) {
                return;
            }
        }
        String frame;
        switch (random.nextInt(5)) {
            case 0 -> frame = "{\"topic\":\"aws/heartbeat\"}";
            case 1 -> frame = "{\"topic\":\"aws/subscribe\",\"content\":{\"topics\":" + value(1) + "}}";
            case 2 -> frame = "{\"topic\":" + value(1) + ",\"content\":" + value(1) + "}";
            case 3 -> frame = garbage();
            default -> frame = object().toString();
        }
        cti.send(frame, random.nextInt(30) == 0);
    }

    private void signalingFrame() throws Exception {
        if (signaling == null || signaling.closed.isDone()) {
            close(signaling);
            String[] call = signalingCall();
            String query = random.nextBoolean() ? "callId=" + encode(call[0]) + "&contactCtx=" + encode(call[1])
                    : random.nextInt(4) == 0 ? "callId=" + encode(string()) + "&contactCtx=" + encode(string())
                    : random.nextInt(3) == 0 ? encode(string()) : "callId=none&clientToken=" + encode(string());
            signaling = Frames.open(http, URI.create("wss://" + host + Sandbox.SIGNALING_PATH + "?" + query),
                    figures);
            if (signaling == null) {
                return;
            }
        }
        // never a well-formed invite: the fuzzer does not start media
        String frame = switch (random.nextInt(4)) {
            case 0 -> garbage();
            case 1 -> "{\"jsonrpc\":\"2.0\",\"method\":" + new String[] {"\"accept\"", "\"dance\"", "\"bye\"", "5",
                "null"}[random.nextInt(5)] + ",\"params\":" + value(1) + ",\"id\":" + value(2) + "}";
            case 2 -> "{\"jsonrpc\":\"2.0\",\"method\":\"invite\",\"params\":{\"sdp\":" + new String[] {"5", "null",
                "{}", "[]"}[random.nextInt(4)] + "},\"id\":\"i\"}";
            default -> object().toString();
        };
        signaling.send(frame, random.nextInt(30) == 0);
    }

    /**
     * A real call to ana (auto-accept, an agent the rest of the fuzzer leaves alone), so that frames reach an open
     * signaling socket and not only refused handshakes.
     *
     * @return its contact id and call-context token
     */
    private String[] signalingCall() throws Exception {
        if (signalingCall == null) {
            CtiClient ana = CtiClient.signIn(sandbox, "ana", "ana-sandbox");
            ana.call("PutAgentState", "state", "{\"type\":\"routable\",\"name\":\"Available\"}").ok();
            String contactId = sandbox.control().placeCall("+14255550100", null, "ana");
            JsonObject snapshot = ana.call("GetAgentSnapshot", "timeout", "0").ok().json().getAsJsonObject("snapshot");
            String token = null;
            for (JsonElement connection : snapshot.getAsJsonArray("contacts").get(0).getAsJsonObject()
                    .getAsJsonArray("connections")) {
                JsonElement media = connection.getAsJsonObject().get("softphoneMediaInfo");
                if (media != null && media.isJsonObject()) {
                    token = media.getAsJsonObject().get("callContextToken").getAsString();
                }
            }
            signalingCall = new String[] {contactId, String.valueOf(token)};
        }
        return signalingCall;
    }

    private void close(Frames frames) {
        if (frames != null) {
            frames.close();
        }
    }

    /** One WebSocket of the fuzzer: counts frames, checks every message and close reason. */
    private static final class Frames implements WebSocket.Listener {

        private final Figures figures;
        private final CompletableFuture<String> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        private Frames(Figures figures) {
            this.figures = figures;
        }

        static Frames open(HttpClient http, URI uri, Figures figures) throws InterruptedException {
            Frames frames = new Frames(figures);
            figures.requests++;
            try {
                frames.socket = http.newWebSocketBuilder().connectTimeout(ANSWER_TIMEOUT).buildAsync(uri, frames)
                        .get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                figures.sockets++;
                return frames;
            } catch (ExecutionException e) {
                String text = String.valueOf(e.getCause());
                // a refused handshake; the JDK names the status in its message ("... status code 403")
                if (text.matches("(?s).*status(?: code)?:? 5\\d\\d.*")) {
                    figures.serverErrors++;
                    figures.finding("handshake " + uri.getPath() + " -> " + text);
                }
                return null;
            } catch (TimeoutException e) {
                figures.hangs++;
                figures.finding("hang: handshake " + uri.getPath());
                return null;
            }
        }

        void send(String text, boolean binary) throws InterruptedException {
            figures.frames++;
            try {
                CompletableFuture<WebSocket> sent = binary
                        ? socket.sendBinary(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), true)
                        : socket.sendText(text, true);
                sent.get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // the server closed the socket first (its close reason is checked)
            } catch (TimeoutException e) {
                figures.hangs++;
                figures.finding("hang: frame " + text);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (ErrorShape.leaks(message)) {
                    synchronized (figures) {
                        figures.leaks++;
                        figures.finding("leak in a frame: " + message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (ErrorShape.leaks(reason) || statusCode == 1011) {
                synchronized (figures) {
                    figures.leaks++;
                    figures.finding("close " + statusCode + " " + reason);
                }
            }
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("error");
        }

        void close() {
            if (socket != null && !socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS);
            }
            socket.abort();
        }
    }

    // ---------------------------------------------------------------- values

    /** A value of the model's shape (what a correct client could send), with plausible strings. */
    private JsonElement valid(JsonObject definition, int depth) {
        JsonObject shape = definition.has("shape") ? shapes.getAsJsonObject(definition.get("shape").getAsString())
                : definition;
        String type = shape.has("type") ? shape.get("type").getAsString() : "string";
        switch (type) {
            case "structure" -> {
                JsonObject object = new JsonObject();
                JsonObject members = shape.getAsJsonObject("members");
                if (members != null && depth < 5) {
                    for (Map.Entry<String, JsonElement> member : members.entrySet()) {
                        if (random.nextInt(3) > 0) {
                            object.add(member.getKey(), valid(member.getValue().getAsJsonObject(), depth + 1));
                        }
                    }
                }
                return object;
            }
            case "list" -> {
                JsonArray array = new JsonArray();
                for (int i = random.nextInt(3); i > 0 && depth < 5; i--) {
                    array.add(valid(shape.getAsJsonObject("member"), depth + 1));
                }
                return array;
            }
            case "map" -> {
                JsonObject map = new JsonObject();
                for (int i = random.nextInt(3); i > 0 && depth < 5; i--) {
                    map.add("key" + i, valid(shape.getAsJsonObject("value"), depth + 1));
                }
                return map;
            }
            case "boolean" -> {
                return new JsonPrimitive(random.nextBoolean());
            }
            case "integer", "long" -> {
                // small: a timeout never holds a poll for long
                return new JsonPrimitive(random.nextInt(100));
            }
            case "double", "float", "timestamp" -> {
                return new JsonPrimitive(1.7e9 + random.nextInt(1000));
            }
            default -> {
                return new JsonPrimitive(string());
            }
        }
    }

    /** Makes one member somewhere in the tree null, of another type, or absent. */
    private void mutate(JsonObject root) {
        List<JsonElement> containers = new ArrayList<>();
        collect(root, containers);
        JsonElement container = containers.get(random.nextInt(containers.size()));
        JsonElement replacement = random.nextInt(3) == 0 ? JsonNull.INSTANCE : value(1);
        if (container.isJsonObject()) {
            JsonObject object = container.getAsJsonObject();
            List<String> names = new ArrayList<>(object.keySet());
            String name = names.isEmpty() || random.nextInt(5) == 0 ? MEMBERS[random.nextInt(MEMBERS.length)]
                    : names.get(random.nextInt(names.size()));
            if (random.nextInt(6) == 0) {
                object.remove(name);
            } else {
                object.add(name, replacement);
            }
        } else {
            JsonArray array = container.getAsJsonArray();
            if (array.isEmpty()) {
                array.add(replacement);
            } else {
                array.set(random.nextInt(array.size()), replacement);
            }
        }
    }

    private static void collect(JsonElement element, List<JsonElement> containers) {
        if (element.isJsonObject()) {
            containers.add(element);
            element.getAsJsonObject().entrySet().forEach(entry -> collect(entry.getValue(), containers));
        } else if (element.isJsonArray()) {
            containers.add(element);
            element.getAsJsonArray().forEach(child -> collect(child, containers));
        }
    }

    private JsonElement value(int depth) {
        switch (random.nextInt(depth > 2 ? 6 : 9)) {
            case 0 -> {
                return JsonNull.INSTANCE;
            }
            case 1 -> {
                return new JsonPrimitive(random.nextBoolean());
            }
            case 2 -> {
                return new JsonPrimitive(new BigDecimal(new String[] {"0", "-1", "2147483648", "9223372036854775808",
                    "1e308", "2.5", "-0.0", "1e-400", "60001", "1"}[random.nextInt(10)]));
            }
            case 3, 4, 5 -> {
                return new JsonPrimitive(string());
            }
            case 6 -> {
                JsonArray array = new JsonArray();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(value(depth + 1));
                }
                return array;
            }
            default -> {
                JsonObject object = new JsonObject();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.add(MEMBERS[random.nextInt(MEMBERS.length)], value(depth + 1));
                }
                return object;
            }
        }
    }

    private JsonObject object() {
        JsonElement value = value(2);
        while (!value.isJsonObject()) {
            JsonObject object = new JsonObject();
            object.add(MEMBERS[random.nextInt(MEMBERS.length)], value);
            value = object;
        }
        return value.getAsJsonObject();
    }

    private String string() {
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> "jane";
            case 2 -> "phone_number";
            case 3 -> "agent";
            case 4 -> "queue";
            case 5 -> "web_socket";
            case 6 -> "softphone";
            case 7 -> "+14255550100";
            case 8 -> "/\t/evil.example";
            case 9 -> "\u0000\r\n\u001b[2J\u2028\ud800";
            case 10 -> "x".repeat(random.nextInt(5000));
            case 11 -> "%zz%00%0d%0a";
            case 12 -> "arn:aws:connect:us-east-1:000000000000:instance/x";
            default -> "\u00e9\u20ac\ud83d\ude00'\"\\";
        };
    }

    private String garbage() {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[1,2";
            case 3 -> "{a:1}";
            case 4 -> "null";
            case 5 -> "\"\\uZZZZ\"";
            case 6 -> "{\"a\":1} trailing";
            default -> "[".repeat(random.nextInt(2000)) + "]".repeat(random.nextInt(2000));
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * @return whether the sandbox still answers a snapshot correctly: {@code GetAgentSnapshot} of a freshly signed-in
     *         agent the fuzzer never used (john) shows it Offline without contacts, with a next token
     */
    static boolean answersSnapshots(Sandbox sandbox) throws IOException, InterruptedException {
        CtiClient john = CtiClient.signIn(sandbox, "john", "john-sandbox");
        CtiClient.Reply reply = john.call("GetAgentSnapshot", "timeout", "0");
        if (reply.status() != 200) {
            return false;
        }
        JsonObject snapshot = JsonParser.parseString(reply.body()).getAsJsonObject().getAsJsonObject("snapshot");
        return "Offline".equals(snapshot.getAsJsonObject("state").get("name").getAsString())
                && snapshot.getAsJsonArray("contacts").isEmpty() && reply.json().get("nextToken").isJsonPrimitive();
    }
}
