package io.connectstreams.api.softphone;

import java.util.Objects;

/**
 * Payload of {@code agent::softphone_error}; Streams' {@code connect.SoftphoneError(errorType, errorMessage,
 * endPointUrl)}.
 *
 * @param errorType the error type
 * @param errorMessage what happened, never containing a credential
 * @param endPointUrl the signaling or TURN URL involved, may be {@code null}
 */
public record SoftphoneError(SoftphoneErrorType errorType, String errorMessage, String endPointUrl) {

    /** Validates the type. */
    public SoftphoneError {
        Objects.requireNonNull(errorType, "errorType");
    }
}
