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
 * The value of one segment attribute; an entry of Streams' {@code getSegmentAttributes()}
 * ({@code SegmentAttributeDictionary}, wire member {@code ValueString}).
 *
 * @param valueString the value, may be {@code null}
 */
public record SegmentAttributeValue(String valueString) {
}
