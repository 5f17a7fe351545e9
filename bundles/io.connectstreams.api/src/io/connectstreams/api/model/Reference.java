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

import java.util.Objects;

/**
 * One reference of a contact (a link, attachment, number...); an entry of Streams' {@code getReferences()}
 * ({@code ReferenceDictionary}).
 *
 * @param type the reference type
 * @param value the value, for example the URL, may be {@code null}
 * @param arn the ARN of an attachment, may be {@code null}
 * @param status the status of an attachment, may be {@code null}
 * @param statusReason why it has that status, may be {@code null}
 */
public record Reference(ReferenceType type, String value, String arn, String status, String statusReason) {

    /** Validates the type. */
    public Reference {
        Objects.requireNonNull(type, "type");
    }
}
