/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.AudioLevels;
import io.connectstreams.sandbox.RecordedAction;
import io.connectstreams.sandbox.SandboxControl;
import io.connectstreams.sandbox.TaskReference;
import io.connectstreams.sandbox.internal.engine.CtiException;
import io.connectstreams.sandbox.internal.engine.Json;

/**
 * The HTTP control API under {@code /control}, for tests, demos and the command line. Every request carries the
 * control key in {@value #KEY_HEADER}; bodies are strict JSON; answers are JSON, errors in the CTI error shape
 * {@code {"__type", "message"}} with 400, 401, 404 or 413.
 *
 * <pre>
 * GET    /control/status                      agents, held polls, queued faults
 * GET    /control/agents                      agents and their shown states
 * GET    /control/agents/{username}/snapshot  the agent's snapshot (GetAgentSnapshot's "snapshot")
 * GET    /control/contacts                    every contact the engine knows
 * POST   /control/calls         {"from","queue"?,"agent"?,"attributes"?}  an inbound call -> {"contactId"}
 * POST   /control/callbacks     {"from","queue"?,"agent"?}        a queued callback -> {"contactId"}
 * POST   /control/tasks  {"name","description"?,"references"?,"queue"?,"agent"?}  a task -> {"contactId"}
 * POST   /control/contacts/{id}/hangup                            the caller hangs up
 * POST   /control/contacts/{id}/answer   {"connectionId"?}        the dialed party answers
 * POST   /control/contacts/{id}/transfer {"queue"|"agent"}        a flow transfers the call
 * GET    /control/contacts/{id}/levels                            caller-side audio levels
 * POST   /control/faults        {"type":"status|delay|drop|truncate|expire-tokens|drop-websockets|invite", ...}
 * GET    /control/faults,  DELETE /control/faults
 * GET    /control/records?action=&amp;contactId=                   recorded actions
 * </pre>
 */
final class ControlHandler extends Handler.Abstract {

    /** The header carrying the control key. */
    static final String KEY_HEADER = "X-Sandbox-Control-Key";

    private static final int MAX_BODY = 64 * 1024;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final System.Logger LOG = System.getLogger(ControlHandler.class.getName());

    private final SandboxControl control;
    private final byte[] key;

    ControlHandler(SandboxControl control, String key) {
        this.control = control;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String given = request.getHeaders().get(KEY_HEADER);
        if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            error(response, 401, "UnauthorizedException", "missing or wrong " + KEY_HEADER, callback);
            return true;
        }
        if (request.getLength() > MAX_BODY) {
            error(response, 413, "RequestEntityTooLarge", "body too large", callback);
            return true;
        }
        Http.readBody(request, MAX_BODY, (bytes, failure) -> {
            if (failure != null) {
                error(response, 413, "RequestEntityTooLarge", "body too large", callback);
                return;
            }
            try {
                JsonObject body = parse(new String(bytes, StandardCharsets.UTF_8));
                JsonElement result = route(request, body);
                if (result == null) {
                    error(response, 404, "ResourceNotFoundException", "no such control resource", callback);
                } else {
                    Http.json(response, 200, "application/json", GSON.toJson(result), callback);
                }
            } catch (CtiException e) {
                error(response, e.status(), e.type(), e.getMessage(), callback);
            } catch (IllegalArgumentException | IllegalStateException e) {
                // the control API's own refusals (SandboxControl, the checks below): their messages are for the user
                error(response, 400, "ValidationException", e.getMessage(), callback);
            } catch (RuntimeException e) {
                // a bug, not the caller's fault: logged with its stack, never sent
                LOG.log(System.Logger.Level.ERROR, "control request failed unexpectedly", e);
                error(response, 500, "InternalServiceException", "The request could not be processed", callback);
            }
        });
        return true;
    }

    private JsonElement route(Request request, JsonObject body) {
        String path = Request.getPathInContext(request).substring("/control".length());
        String[] parts = path.isEmpty() ? new String[0] : path.substring(1).split("/");
        String method = request.getMethod();
        boolean get = HttpMethod.GET.is(method);
        boolean post = HttpMethod.POST.is(method);
        if (parts.length == 1) {
            switch (parts[0]) {
                case "status" -> {
                    return get ? status() : null;
                }
                case "agents" -> {
                    return get ? GSON.toJsonTree(control.agents()) : null;
                }
                case "contacts" -> {
                    return get ? JsonParser.parseString(control.contactsJson()) : null;
                }
                case "calls", "callbacks" -> {
                    if (!post) {
                        return null;
                    }
                    String from = require(body, "from");
                    String contactId = "calls".equals(parts[0])
                            ? control.placeCall(from, optional(body, "queue"), optional(body, "agent"),
                                    attributes(body))
                            : control.placeCallback(from, optional(body, "queue"), optional(body, "agent"));
                    JsonObject result = new JsonObject();
                    result.addProperty("contactId", contactId);
                    return result;
                }
                case "tasks" -> {
                    return post ? task(body) : null;
                }
                case "faults" -> {
                    return faults(method, body);
                }
                case "records" -> {
                    return get ? records(request) : null;
                }
                default -> {
                    return null;
                }
            }
        }
        if (parts.length == 3 && "agents".equals(parts[0]) && "snapshot".equals(parts[2]) && get) {
            return JsonParser.parseString(control.snapshotJson(parts[1]));
        }
        if (parts.length == 3 && "contacts".equals(parts[0])) {
            String contactId = parts[1];
            switch (parts[2]) {
                case "hangup" -> {
                    if (!post) {
                        return null;
                    }
                    control.hangUp(contactId);
                    return new JsonObject();
                }
                case "answer" -> {
                    if (!post) {
                        return null;
                    }
                    String connectionId = optional(body, "connectionId");
                    if (connectionId == null) {
                        control.answer(contactId);
                    } else {
                        control.answer(contactId, connectionId);
                    }
                    return new JsonObject();
                }
                case "transfer" -> {
                    if (!post) {
                        return null;
                    }
                    control.transfer(contactId, optional(body, "queue"), optional(body, "agent"));
                    return new JsonObject();
                }
                case "monitor" -> {
                    // supervisors: start monitoring (see Monitoring)
                    if (!post) {
                        return null;
                    }
                    JsonObject result = new JsonObject();
                    result.addProperty("connectionId", control.monitor(contactId, require(body, "supervisor")));
                    return result;
                }
                case "levels" -> {
                    if (!get) {
                        return null;
                    }
                    return control.levels(contactId).map(ControlHandler::levels).orElse(null);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- tasks and contact data

    /** A task arrives: {@code references} is {@code {"<name>": {"type", "value"}}} as in the snapshot. */
    private JsonObject task(JsonObject body) {
        Map<String, TaskReference> references = new LinkedHashMap<>();
        JsonElement given = body.get("references");
        if (given != null && !given.isJsonNull()) {
            if (!given.isJsonObject()) {
                throw new IllegalArgumentException("\"references\" must be an object of {\"type\",\"value\"}");
            }
            for (Map.Entry<String, JsonElement> entry : given.getAsJsonObject().entrySet()) {
                if (!entry.getValue().isJsonObject()) {
                    throw new IllegalArgumentException("reference \"" + entry.getKey() + "\" must be an object");
                }
                JsonObject reference = entry.getValue().getAsJsonObject();
                references.put(entry.getKey(), new TaskReference(require(reference, "type"),
                        require(reference, "value")));
            }
        }
        String contactId = control.placeTask(require(body, "name"), optional(body, "description"), references,
                optional(body, "queue"), optional(body, "agent"));
        JsonObject result = new JsonObject();
        result.addProperty("contactId", contactId);
        return result;
    }

    /** A call's contact attributes: {@code {"<key>": "<value>"}}, strings only. */
    private static Map<String, String> attributes(JsonObject body) {
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonElement given = body.get("attributes");
        if (given == null || given.isJsonNull()) {
            return attributes;
        }
        if (!given.isJsonObject()) {
            throw new IllegalArgumentException("\"attributes\" must be an object of strings");
        }
        for (Map.Entry<String, JsonElement> entry : given.getAsJsonObject().entrySet()) {
            attributes.put(entry.getKey(), require(given.getAsJsonObject(), entry.getKey()));
        }
        return attributes;
    }

    private JsonObject status() {
        JsonObject status = new JsonObject();
        status.add("agents", GSON.toJsonTree(control.agents()));
        status.addProperty("heldPolls", control.heldPolls());
        status.add("faults", GSON.toJsonTree(control.pendingFaults()));
        return status;
    }

    private JsonElement faults(String method, JsonObject body) {
        if (HttpMethod.GET.is(method)) {
            JsonObject result = new JsonObject();
            result.add("faults", GSON.toJsonTree(control.pendingFaults()));
            return result;
        }
        if (HttpMethod.DELETE.is(method)) {
            control.clearFaults();
            return new JsonObject();
        }
        if (!HttpMethod.POST.is(method)) {
            return null;
        }
        String type = require(body, "type");
        Long count = number(body, "count");
        int times = count == null ? 1 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, count));
        String operation = optional(body, "operation");
        JsonObject result = new JsonObject();
        switch (type) {
            case "status" -> control.failNextCalls(requireNumber(body, "status").intValue(), times, operation);
            case "delay" -> control.delayNextCalls(Duration.ofMillis(requireNumber(body, "millis")), times,
                    operation);
            case "drop" -> control.dropNextCalls(times, operation);
            case "truncate" -> control.truncateNextResponses(times, operation);
            case "expire-tokens" -> result.addProperty("expired", control.expireAllTokens());
            case "drop-websockets" -> result.addProperty("dropped", control.dropWebSockets());
            case "invite" -> {
                Long code = number(body, "code");
                control.failNextInvite(code == null ? 0 : code.intValue());
            }
            default -> throw new IllegalArgumentException(
                    "fault type must be status, delay, drop, truncate, expire-tokens, drop-websockets or invite");
        }
        return result;
    }

    private JsonArray records(Request request) {
        String query = request.getHttpURI().getQuery();
        var parameters = query == null ? java.util.Map.<String, String>of() : AuthHandler.parseForm(query);
        String action = parameters.get("action");
        String contactId = parameters.get("contactId");
        JsonArray result = new JsonArray();
        List<RecordedAction> records = control.records();
        for (RecordedAction record : records) {
            if ((action == null || action.equals(record.action()))
                    && (contactId == null || contactId.equals(record.contactId()))) {
                JsonObject json = new JsonObject();
                json.addProperty("at", record.at().toString());
                json.addProperty("agent", record.agent());
                json.addProperty("action", record.action());
                json.addProperty("contactId", record.contactId());
                json.add("detail", JsonParser.parseString(record.detailJson()));
                result.add(json);
            }
        }
        return result;
    }

    private static JsonObject levels(AudioLevels levels) {
        JsonObject json = new JsonObject();
        json.addProperty("contactId", levels.contactId());
        json.addProperty("receivedRms", levels.receivedRms());
        json.addProperty("sentRms", levels.sentRms());
        json.addProperty("framesReceived", levels.framesReceived());
        json.addProperty("measuredAt", levels.measuredAt().toString());
        return json;
    }

    private static JsonObject parse(String text) {
        if (text.isBlank()) {
            return new JsonObject();
        }
        JsonElement element;
        try {
            element = Json.parse(text);
        } catch (JsonParseException e) {
            throw new CtiException(400, "SerializationException", "the body is not valid JSON");
        }
        if (!element.isJsonObject()) {
            throw new CtiException(400, "SerializationException", "the body must be a JSON object");
        }
        return element.getAsJsonObject();
    }

    private static String require(JsonObject body, String member) {
        String value = optional(body, member);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + member + "\"");
        }
        return value;
    }

    /** A string member; JSON null is absent, another type is refused. */
    private static String optional(JsonObject body, String member) {
        JsonElement value = body.get(member);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("\"" + member + "\" must be a string");
        }
        return value.getAsString();
    }

    private static Long requireNumber(JsonObject body, String member) {
        Long value = number(body, member);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + member + "\"");
        }
        return value;
    }

    /** An integer member; JSON null is absent, another type or a fraction is refused. */
    private static Long number(JsonObject body, String member) {
        JsonElement value = body.get(member);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            try {
                return value.getAsBigDecimal().longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                // falls through to the refusal
            }
        }
        throw new IllegalArgumentException("\"" + member + "\" must be an integer");
    }

    private static void error(Response response, int status, String type, String message, Callback callback) {
        Http.json(response, status, "application/json", Http.errorJson(type, message), callback);
    }
}
