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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The CTI service model ({@code connect-cti-model.json}, shipped in this package): its operations and shapes. Two
 * operations Streams calls are not in the bundled model, {@code TransferContact} and {@code AddNewConnection}; they
 * are added with the input of {@code CreateAdditionalConnection} minus {@code authentication}, which Streams does not
 * send for them. Their lower-camel names ({@code transferContact}, {@code addNewConnection}) are accepted too.
 */
public final class CtiModel {

    /** The {@code X-Amz-Target} prefix. */
    public static final String TARGET_PREFIX = "AmazonConnectCTIService.";

    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final JsonObject shapes;

    private CtiModel(JsonObject model) {
        this.shapes = model.getAsJsonObject("shapes");
        JsonObject ops = model.getAsJsonObject("operations");
        for (Map.Entry<String, JsonElement> entry : ops.entrySet()) {
            JsonObject input = entry.getValue().getAsJsonObject().getAsJsonObject("input");
            operations.put(entry.getKey(), new Operation(entry.getKey(), input, requires(input, "authentication")));
        }
        JsonObject additional = ops.getAsJsonObject("CreateAdditionalConnection").getAsJsonObject("input").deepCopy();
        additional.getAsJsonObject("members").remove("authentication");
        JsonArray required = new JsonArray();
        required.add("contactId");
        required.add("endpoint");
        additional.add("required", required);
        for (String name : new String[] {"TransferContact", "AddNewConnection"}) {
            operations.put(name, new Operation(name, additional, false));
        }
    }

    /**
     * @return the model shipped with the sandbox
     */
    public static CtiModel load() {
        try (InputStream in = CtiModel.class.getResourceAsStream("connect-cti-model.json")) {
            if (in == null) {
                throw new IllegalStateException("connect-cti-model.json is missing from the sandbox bundle");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new CtiModel(JsonParser.parseReader(reader).getAsJsonObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name an operation name from {@code X-Amz-Target} (without the prefix)
     * @return the operation; the two additions also match in lower camel case
     */
    public Optional<Operation> operation(String name) {
        Operation operation = operations.get(name);
        if (operation == null && ("transferContact".equals(name) || "addNewConnection".equals(name))) {
            operation = operations.get(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        return Optional.ofNullable(operation);
    }

    /**
     * @return every operation name (the model's and the two additions)
     */
    public java.util.Set<String> operationNames() {
        return java.util.Collections.unmodifiableSet(operations.keySet());
    }

    /**
     * @param definition a member definition
     * @return the definition it refers to through {@code shape}, or itself
     */
    JsonObject resolve(JsonObject definition) {
        JsonElement ref = definition.get("shape");
        return ref == null ? definition : shapes.getAsJsonObject(ref.getAsString());
    }

    private static boolean requires(JsonObject input, String member) {
        JsonArray required = input.getAsJsonArray("required");
        if (required == null) {
            return false;
        }
        for (JsonElement element : required) {
            if (element.getAsString().equals(member)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An operation of the model.
     *
     * @param name the operation name
     * @param input the input structure's definition
     * @param requiresAuthentication whether the body must carry {@code authentication}
     */
    public record Operation(String name, JsonObject input, boolean requiresAuthentication) {
    }
}
