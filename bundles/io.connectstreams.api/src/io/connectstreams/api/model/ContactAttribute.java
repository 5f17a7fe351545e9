/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.model;

/**
 * One contact attribute; an entry of Streams' {@code getAttributes()} ({@code AttributeDictionary}).
 *
 * @param name the attribute's name
 * @param value its value, an empty string when the back end sent none
 */
public record ContactAttribute(String name, String value) {

    /** Replaces a missing name or value by an empty string. */
    public ContactAttribute {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
    }
}
