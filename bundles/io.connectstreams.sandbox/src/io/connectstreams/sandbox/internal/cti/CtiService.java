/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.cti;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;

import io.connectstreams.api.model.EndpointType;
import io.connectstreams.api.model.MonitoringMode;
import io.connectstreams.sandbox.TaskReference;
import io.connectstreams.sandbox.TurnServer;
import io.connectstreams.sandbox.internal.auth.AuthService;
import io.connectstreams.sandbox.internal.auth.TokenGrant;
import io.connectstreams.sandbox.internal.engine.AgentProfile;
import io.connectstreams.sandbox.internal.engine.ContactCenter;
import io.connectstreams.sandbox.internal.engine.CtiException;
import io.connectstreams.sandbox.internal.engine.EndpointView;
import io.connectstreams.sandbox.internal.engine.Json;
import io.connectstreams.sandbox.internal.engine.QueueRef;
import io.connectstreams.sandbox.internal.engine.QuickConnect;
import io.connectstreams.sandbox.internal.engine.TaskRequest;

/**
 * The CTI API ({@code AmazonConnectCTIService}): resolves the operation, parses and validates the body against the
 * model, authenticates the bearer token, and runs the operation on the engine. Order of checks: unknown operation,
 * malformed JSON, missing or invalid token (401), model validation (400), body token and agent ARN, then the
 * operation itself (which may answer 400 or 403).
 */
public final class CtiService {

    /** Lifetime of a CTI WebSocket URL ({@code transportLifeTimeInSeconds}); Streams refuses less than 300. */
    public static final Duration WEB_SOCKET_LIFETIME = Duration.ofMinutes(10);

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final System.Logger LOG = System.getLogger(CtiService.class.getName());
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1000;

    private final CtiModel model;
    private final RequestValidator validator;
    private final ContactCenter engine;
    private final AuthService auth;
    private final List<TurnServer> turnServers;
    private final Supplier<URI> webSocketBase;
    private final Map<String, Operation> operations = new LinkedHashMap<>();

    /**
     * @param model the service model
     * @param engine the routing engine
     * @param auth tokens
     * @param turnServers what {@code CreateTransport softphone} returns
     * @param webSocketBase the CTI WebSocket's URL without query ({@code wss://127.0.0.1:<port>/ws})
     */
    public CtiService(CtiModel model, ContactCenter engine, AuthService auth, List<TurnServer> turnServers,
            Supplier<URI> webSocketBase) {
        this.model = model;
        this.validator = new RequestValidator(model);
        this.engine = engine;
        this.auth = auth;
        this.turnServers = List.copyOf(turnServers);
        this.webSocketBase = webSocketBase;
        register();
    }

    /**
     * Handles one request; {@code reply} is called exactly once, possibly later on another thread (long poll).
     *
     * @param target the {@code X-Amz-Target} header, may be {@code null}
     * @param bearer the {@code X-Amz-Bearer} header, may be {@code null}
     * @param body the request body (UTF-8 text)
     * @param reply receives the answer
     */
    public void handle(String target, String bearer, String body, CtiReply reply) {
        try {
            CtiModel.Operation operation = operation(target);
            JsonObject request = parse(body);
            String username = "GetNewAuthToken".equals(operation.name()) ? null : auth.authenticate(bearer);
            validator.validate(operation, request);
            Call call = new Call(operation.name(), username, bearer, request);
            if (username != null) {
                checkBodyAuthentication(call);
            }
            operations.get(operation.name()).run(call, reply);
        } catch (CtiException e) {
            reply.failure(e);
        } catch (RuntimeException e) {
            // a bug, not the client's fault: logged with its stack here, never sent (the client sees no class name)
            LOG.log(System.Logger.Level.ERROR, "CTI operation failed unexpectedly", e);
            reply.failure(new CtiException(500, "InternalServiceException", "The request could not be processed"));
        }
    }

    private CtiModel.Operation operation(String target) {
        if (target == null || !target.startsWith(CtiModel.TARGET_PREFIX)) {
            throw new CtiException(400, "UnknownOperationException",
                    "Missing or unknown X-Amz-Target; expected " + CtiModel.TARGET_PREFIX + "<Operation>");
        }
        String name = target.substring(CtiModel.TARGET_PREFIX.length());
        return model.operation(name).orElseThrow(() -> new CtiException(400, "UnknownOperationException",
                "Operation " + name + " is not supported"));
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return new JsonObject();
        }
        JsonElement element;
        try {
            element = Json.parse(body);
        } catch (JsonParseException e) {
            throw new CtiException(400, "SerializationException", "The request body is not valid JSON");
        }
        if (!element.isJsonObject()) {
            throw new CtiException(400, "SerializationException", "The request body must be a JSON object");
        }
        return element.getAsJsonObject();
    }

    private void checkBodyAuthentication(Call call) {
        JsonObject authentication = call.request.has("authentication") && call.request.get("authentication")
                .isJsonObject() ? call.request.getAsJsonObject("authentication") : null;
        if (authentication == null) {
            return;
        }
        String token = string(authentication, "authToken");
        if (token != null && !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                call.bearer.getBytes(StandardCharsets.UTF_8))) {
            throw CtiException.unauthorized("The auth token of the body does not match X-Amz-Bearer");
        }
        String agentArn = string(authentication, "agentARN");
        if (agentArn != null && !agentArn.equals(engine.profile(call.username).agentArn())) {
            throw new CtiException(400, "InvalidAgentARNException", "The agent ARN does not match the token");
        }
    }

    // ---------------------------------------------------------------- operations

    private void register() {
        operations.put("GetAgentSnapshot", (call, reply) -> {
            JsonElement requested = member(call.request, "timeout");
            long timeout = requested == null ? 30_000L : requested.getAsLong();
            if (timeout < 0) {
                throw CtiException.validation("timeout must not be negative");
            }
            engine.poll(call.username, string(call.request, "nextToken"), timeout, reply::success);
        });
        sync("GetAgentConfiguration", call -> {
            JsonObject result = new JsonObject();
            result.add("configuration", configuration(engine.profile(call.username)));
            return result;
        });
        sync("UpdateAgentConfiguration", call -> {
            JsonObject configuration = call.request.getAsJsonObject("configuration");
            AgentProfile current = engine.profile(call.username);
            Map<String, String> preferences = new LinkedHashMap<>(current.preferences());
            if (configuration.has("agentPreferences") && configuration.get("agentPreferences").isJsonObject()) {
                preferences.clear();
                configuration.getAsJsonObject("agentPreferences").entrySet()
                        .forEach(entry -> preferences.put(entry.getKey(), entry.getValue().getAsString()));
            }
            engine.updateConfiguration(call.username, configuration.get("softphoneEnabled").getAsBoolean(),
                    configuration.get("softphoneAutoAccept").getAsBoolean(),
                    configuration.get("extension").getAsString(), preferences);
            record(call, null);
            return new JsonObject();
        });
        sync("GetAgentStates", call -> page(call, "states", engine.profile(call.username).states(), state -> {
            JsonObject json = new JsonObject();
            json.addProperty("agentStateARN", state.arn());
            json.addProperty("type", state.type().wireValue());
            json.addProperty("name", state.name());
            return json;
        }));
        sync("GetAgentPermissions", call -> page(call, "permissions", engine.profile(call.username).permissions(),
                JsonPrimitive::new));
        sync("GetDialableCountryCodes", call -> page(call, "countryCodes",
                io.connectstreams.sandbox.internal.engine.Directory.DIALABLE_COUNTRIES, JsonPrimitive::new));
        sync("GetRoutingProfileQueues", call -> {
            AgentProfile profile = engine.profile(call.username);
            if (!profile.routingProfileArn().equals(string(call.request, "routingProfileARN"))) {
                throw CtiException.accessDenied("The routing profile is not the agent's");
            }
            return page(call, "queues", profile.queues(), CtiService::queue);
        });
        sync("GetEndpoints", call -> {
            List<String> queueArns = new ArrayList<>();
            call.request.getAsJsonArray("queueARNs").forEach(element -> queueArns.add(element.getAsString()));
            List<QuickConnect> endpoints = engine.directory().quickConnects(queueArns);
            return page(call, "endpoints", endpoints, CtiService::endpoint);
        });
        sync("PutAgentState", call -> {
            JsonObject state = call.request.getAsJsonObject("state");
            boolean enqueue = call.request.has("enqueueNextState")
                    && !call.request.get("enqueueNextState").isJsonNull()
                    && call.request.get("enqueueNextState").getAsBoolean();
            engine.putAgentState(call.username, string(state, "agentStateARN"), string(state, "type"),
                    string(state, "name"), enqueue);
            return new JsonObject();
        });
        contactAction("AcceptContact", (call, contactId) -> engine.accept(call.username, contactId));
        contactAction("RejectContact", (call, contactId) -> engine.reject(call.username, contactId));
        contactAction("ClearContact", (call, contactId) -> engine.clear(call.username, contactId));
        contactAction("CompleteContact", (call, contactId) -> engine.clear(call.username, contactId));
        contactAction("PauseContact", (call, contactId) -> engine.pause(call.username, contactId, true));
        contactAction("ResumeContact", (call, contactId) -> engine.pause(call.username, contactId, false));
        contactAction("ConferenceConnections", (call, contactId) -> engine.conference(call.username, contactId));
        sync("CreateOutboundContact", call -> {
            engine.createOutbound(call.username, endpointOf(call.request.getAsJsonObject("endpoint")),
                    string(call.request, "queueARN"));
            return new JsonObject();
        });
        sync("CreateTaskContact", call -> {
            JsonElement scheduled = member(call.request, "scheduledTime");
            TaskRequest task = new TaskRequest(string(call.request, "name"), string(call.request, "description"),
                    references(member(call.request, "references")), scheduled == null ? null : scheduled.getAsLong(),
                    string(call.request, "relatedContactId"), string(call.request, "previousContactId"),
                    string(call.request, "idempotencyToken"));
            String contactId = engine.createTask(call.username, endpointOf(call.request.getAsJsonObject("endpoint")),
                    task);
            JsonObject result = new JsonObject();
            result.addProperty("contactId", contactId);
            return result;
        });
        for (String name : new String[] {"CreateAdditionalConnection", "AddNewConnection"}) {
            contactAction(name, (call, contactId) -> engine.addConnection(call.username, contactId,
                    endpointOf(call.request.getAsJsonObject("endpoint"))));
        }
        contactAction("TransferContact", (call, contactId) -> engine.transfer(call.username, contactId,
                endpointOf(call.request.getAsJsonObject("endpoint"))));
        connectionAction("DestroyConnection",
                (call, contactId, connectionId) -> engine.destroyConnection(call.username, contactId, connectionId));
        connectionAction("HoldConnection",
                (call, contactId, connectionId) -> engine.hold(call.username, contactId, connectionId, true));
        connectionAction("ResumeConnection",
                (call, contactId, connectionId) -> engine.hold(call.username, contactId, connectionId, false));
        connectionAction("ToggleActiveConnections",
                (call, contactId, connectionId) -> engine.toggle(call.username, contactId, connectionId));
        connectionAction("MuteParticipant",
                (call, contactId, connectionId) -> engine.mute(call.username, contactId, connectionId, true));
        connectionAction("UnmuteParticipant",
                (call, contactId, connectionId) -> engine.mute(call.username, contactId, connectionId, false));
        connectionAction("SendDigits", (call, contactId, connectionId) -> {
            engine.sendDigits(call.username, contactId, connectionId, string(call.request, "digits"));
            record(call, contactId);
        });
        contactAction("UpdateMonitorParticipantState", (call, contactId) -> {
            MonitoringMode mode = MonitoringMode.fromWire(string(call.request, "targetMonitorMode"));
            if (mode == MonitoringMode.UNKNOWN) {
                throw CtiException.validation("targetMonitorMode must be SILENT_MONITOR or BARGE");
            }
            engine.updateMonitor(call.username, contactId, mode);
            record(call, contactId);
        });
        contactAction("NotifyContactIssue", (call, contactId) -> {
            engine.requireContact(call.username, contactId);
            record(call, contactId);
        });
        contactAction("SendSoftphoneCallMetrics", this::recordTelemetry);
        contactAction("SendSoftphoneCallReport", this::recordTelemetry);
        sync("SendClientLogs", call -> {
            record(call, null);
            return new JsonObject();
        });
        sync("CreateTransport", this::createTransport);
        sync("GetNewAuthToken", call -> {
            String old = call.bearer;
            JsonObject authentication = call.request.getAsJsonObject("authentication");
            if (old == null) {
                old = string(authentication, "authToken");
            }
            TokenGrant grant = auth.refresh(old, string(call.request, "refreshToken"));
            JsonObject result = new JsonObject();
            result.addProperty("newAuthToken", grant.accessToken());
            result.add("expirationDateTime", new JsonPrimitive(new java.math.BigDecimal(
                    Json.seconds(grant.expiration().toEpochMilli()))));
            return result;
        });
        for (String name : model.operationNames()) {
            if (!operations.containsKey(name)) {
                throw new IllegalStateException("no implementation of CTI operation " + name);
            }
        }
    }

    private JsonObject createTransport(Call call) {
        String type = string(call.request, "transportType");
        JsonObject result = new JsonObject();
        switch (type) {
            case "web_socket" -> {
                String token = auth.webSocketToken(call.bearer, WEB_SOCKET_LIFETIME);
                JsonObject transport = new JsonObject();
                transport.addProperty("url", webSocketBase.get() + "?token=" + token);
                transport.addProperty("transportLifeTimeInSeconds", WEB_SOCKET_LIFETIME.toSeconds());
                transport.addProperty("expiry",
                        Instant.now().plus(WEB_SOCKET_LIFETIME).truncatedTo(ChronoUnit.MILLIS).toString());
                result.add("webSocketTransport", transport);
            }
            case "softphone" -> {
                JsonArray connections = new JsonArray();
                for (TurnServer turn : turnServers) {
                    JsonObject connection = new JsonObject();
                    connection.addProperty("username", turn.username());
                    connection.addProperty("credential", turn.credential());
                    JsonArray urls = new JsonArray();
                    turn.urls().forEach(urls::add);
                    connection.add("urls", urls);
                    connections.add(connection);
                }
                JsonObject transport = new JsonObject();
                transport.add("softphoneMediaConnections", connections);
                result.add("softphoneTransport", transport);
            }
            case "chat_token", "agent_discovery", "web_rtc" -> throw new CtiException(400,
                    "InvalidConfigurationException", "Transport " + type + " is not enabled on this instance");
            default -> throw CtiException.validation("Unknown transportType " + type);
        }
        return result;
    }

    // ---------------------------------------------------------------- shapes

    private static JsonObject configuration(AgentProfile profile) {
        JsonObject configuration = new JsonObject();
        configuration.addProperty("name", profile.name());
        configuration.addProperty("username", profile.username());
        configuration.addProperty("softphoneEnabled", profile.softphoneEnabled());
        configuration.addProperty("softphoneAutoAccept", profile.autoAccept());
        configuration.addProperty("extension", profile.extension());
        JsonObject routingProfile = new JsonObject();
        routingProfile.addProperty("name", profile.routingProfileName());
        routingProfile.addProperty("routingProfileARN", profile.routingProfileArn());
        routingProfile.add("defaultOutboundQueue", queue(profile.defaultOutboundQueue()));
        JsonObject concurrency = new JsonObject();
        profile.channelConcurrency().forEach(concurrency::addProperty);
        routingProfile.add("channelConcurrencyMap", concurrency);
        configuration.add("routingProfile", routingProfile);
        JsonObject preferences = new JsonObject();
        profile.preferences().forEach(preferences::addProperty);
        configuration.add("agentPreferences", preferences);
        configuration.addProperty("agentARN", profile.agentArn());
        return configuration;
    }

    private static JsonObject queue(QueueRef queue) {
        JsonObject json = new JsonObject();
        json.addProperty("queueARN", queue.arn());
        json.addProperty("name", queue.name());
        return json;
    }

    private static JsonObject endpoint(QuickConnect quick) {
        JsonObject json = new JsonObject();
        json.addProperty("endpointARN", quick.arn());
        json.addProperty("type", quick.type().wireValue());
        json.addProperty("name", quick.name());
        json.add("phoneNumber", quick.phoneNumber() == null ? JsonNull.INSTANCE : new JsonPrimitive(quick.phoneNumber()));
        json.add("agentLogin", quick.agentLogin() == null ? JsonNull.INSTANCE : new JsonPrimitive(quick.agentLogin()));
        json.add("queue", quick.queue() == null ? JsonNull.INSTANCE : queue(quick.queue()));
        return json;
    }

    /** A task's references (the validator has checked the shape); a reference needs a known type and a value. */
    private static Map<String, TaskReference> references(JsonElement json) {
        Map<String, TaskReference> references = new LinkedHashMap<>();
        if (json == null) {
            return references;
        }
        for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject().entrySet()) {
            JsonObject reference = entry.getValue().getAsJsonObject();
            String type = string(reference, "type");
            String value = string(reference, "value");
            if (!TaskReference.TYPES.contains(type) || value == null) {
                throw CtiException.validation("references." + entry.getKey() + " needs a value and a type of "
                        + new TreeSet<>(TaskReference.TYPES));
            }
            references.put(entry.getKey(), new TaskReference(type, value));
        }
        return references;
    }

    private static EndpointView endpointOf(JsonObject json) {
        EndpointType type = EndpointType.fromWire(string(json, "type"));
        if (type == EndpointType.UNKNOWN) {
            throw CtiException.badEndpoint("Unknown endpoint type " + string(json, "type"));
        }
        QueueRef queue = null;
        if (json.has("queue") && json.get("queue").isJsonObject()) {
            JsonObject queueJson = json.getAsJsonObject("queue");
            queue = new QueueRef(string(queueJson, "queueARN"), string(queueJson, "name"));
        }
        return new EndpointView(type, string(json, "endpointARN"), string(json, "name"), string(json, "phoneNumber"),
                string(json, "agentLogin"), queue);
    }

    private static <T> JsonObject page(Call call, String member, List<T> items, Function<T, JsonElement> mapper) {
        int size = DEFAULT_PAGE;
        JsonElement maxResults = member(call.request, "maxResults");
        if (maxResults != null) {
            size = maxResults.getAsInt();
            if (size < 1 || size > MAX_PAGE) {
                throw CtiException.validation("maxResults must be between 1 and " + MAX_PAGE);
            }
        }
        int offset = offset(call.operation, string(call.request, "nextToken"), items.size());
        JsonArray array = new JsonArray();
        int end = Math.min(items.size(), offset + size);
        for (int i = offset; i < end; i++) {
            array.add(mapper.apply(items.get(i)));
        }
        JsonObject result = new JsonObject();
        result.add(member, array);
        if (end < items.size()) {
            result.addProperty("nextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((call.operation + ":" + end).getBytes(StandardCharsets.UTF_8)));
        } else {
            result.add("nextToken", JsonNull.INSTANCE);
        }
        return result;
    }

    private static int offset(String operation, String nextToken, int size) {
        if (nextToken == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
            if (decoded.startsWith(operation + ":")) {
                int offset = Integer.parseInt(decoded.substring(operation.length() + 1));
                if (offset >= 0 && offset <= size) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below (NumberFormatException is an IllegalArgumentException)
        }
        throw new CtiException(400, "PaginationException", "The nextToken is not valid for " + operation);
    }

    /** Call metrics and reports arrive also after the contact ended; a contact of another agent is refused. */
    private void recordTelemetry(Call call, String contactId) {
        engine.requireNotOthers(call.username, contactId);
        record(call, contactId);
    }

    private void record(Call call, String contactId) {
        JsonObject detail = call.request.deepCopy();
        detail.remove("authentication");
        engine.recorder().record(call.username, call.operation, contactId, GSON.toJson(detail));
    }

    /** A member's value; JSON {@code null} is absent, as the service treats it. */
    private static JsonElement member(JsonObject json, String member) {
        JsonElement value = json == null ? null : json.get(member);
        return value == null || value.isJsonNull() ? null : value;
    }

    /** A string member (the validator has checked its type), {@code null} when absent. */
    private static String string(JsonObject json, String member) {
        JsonElement value = member(json, member);
        return value == null ? null : value.getAsString();
    }

    // ---------------------------------------------------------------- plumbing

    private void sync(String name, Function<Call, JsonObject> body) {
        operations.put(name, (call, reply) -> reply.success(GSON.toJson(body.apply(call))));
    }

    private void contactAction(String name, ContactAction action) {
        sync(name, call -> {
            action.run(call, string(call.request, "contactId"));
            return new JsonObject();
        });
    }

    private void connectionAction(String name, ConnectionAction action) {
        sync(name, call -> {
            action.run(call, string(call.request, "contactId"), string(call.request, "connectionId"));
            return new JsonObject();
        });
    }

    private record Call(String operation, String username, String bearer, JsonObject request) {

        @Override
        public String toString() {
            return "Call[operation=" + operation + ", username=" + username + "]";
        }
    }

    @FunctionalInterface
    private interface Operation {
        void run(Call call, CtiReply reply);
    }

    @FunctionalInterface
    private interface ContactAction {
        void run(Call call, String contactId);
    }

    @FunctionalInterface
    private interface ConnectionAction {
        void run(Call call, String contactId, String connectionId);
    }
}
