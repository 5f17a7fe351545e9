/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal.cti;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import io.connectstreams.api.Credentials;
import io.connectstreams.api.MalformedResponseException;
import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.ServiceUnavailableException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.TerminatedException;
import io.connectstreams.api.UnauthorizedException;

/**
 * Obtains the CTI token: with a login session, {@code GET <instance>/auth/authorize} with the session cookie
 * (Streams' {@code connect.core.authorize}), answered {@code {accessToken, expiration}}; with a provided token, that
 * token until it expires. The current token is kept in memory only. A call has one total deadline
 * ({@link ExchangeDeadline}); a cookie or token that cannot travel in a header is a typed failure.
 */
public final class Authorizer {

    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private volatile HttpClient client;
    private final URI endpoint;
    private final Credentials credentials;
    private final Duration timeout;
    private final Clock clock;
    private volatile AuthToken current;

    /**
     * @param client the HTTP client
     * @param endpoint the authorize endpoint
     * @param credentials the session cookie or provided token
     * @param timeout how long one authorize call may take
     * @param clock the clock expiry is judged by
     */
    public Authorizer(HttpClient client, URI endpoint, Credentials credentials, Duration timeout, Clock clock) {
        this.client = client;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * @return the token in use, or {@code null} before the first authorization
     */
    public AuthToken current() {
        return current;
    }

    /**
     * @return whether a new token can be obtained without the agent (a login session, not a provided token)
     */
    public boolean canRefresh() {
        return credentials instanceof Credentials.SessionCookie;
    }

    /**
     * Obtains a new token and makes it current.
     *
     * @return the token; fails with {@link UnauthorizedException} when the session or token is refused or expired
     */
    public CompletableFuture<AuthToken> authorize() {
        if (credentials instanceof Credentials.AccessToken provided) {
            if (!provided.expiration().isAfter(clock.instant())) {
                return CompletableFuture.failedFuture(
                        new UnauthorizedException("the provided access token has expired; sign in again", 0));
            }
            if (!HeaderValues.sendable(provided.token())) {
                return CompletableFuture.failedFuture(new UnauthorizedException(
                        "the provided access token holds characters an HTTP header cannot carry", 0));
            }
            current = new AuthToken(provided.token(), provided.expiration());
            return CompletableFuture.completedFuture(current);
        }
        HttpClient http = client;
        if (http == null) {
            return CompletableFuture.failedFuture(new TerminatedException("authorize"));
        }
        Credentials.SessionCookie cookie = (Credentials.SessionCookie) credentials;
        if (!HeaderValues.sendable(cookie.name()) || !HeaderValues.sendable(cookie.value())) {
            return CompletableFuture.failedFuture(new UnauthorizedException(
                    "the session cookie holds characters an HTTP header cannot carry; sign in again", 0));
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Cookie", cookie.name() + "=" + cookie.value()).header("Accept", "application/json").GET()
                .build();
        return ExchangeDeadline.bound(http.sendAsync(request, LimitedBody.handler(MAX_ANSWER_BYTES)), timeout)
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(networkFailure(failure));
                    }
                    int status = response.statusCode();
                    if (status == 401 || status == 403) {
                        throw new CompletionException(new UnauthorizedException(
                                "the login session was refused by the authorize endpoint (HTTP " + status + ")",
                                status));
                    }
                    if (status / 100 != 2) {
                        throw new CompletionException(StreamsException.fromServiceError(null,
                                "authorize failed (HTTP " + status + ")", status));
                    }
                    AuthToken token = parse(response.body(), status);
                    current = token;
                    return token;
                });
    }

    /**
     * Forgets the token and the HTTP client.
     */
    public void close() {
        client = null;
        current = null;
    }

    private static AuthToken parse(byte[] body, int status) {
        try {
            return AnswerReader.read("authorize", body, Authorizer::token);
        } catch (MalformedResponseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MalformedResponseException(
                    "authorize: the answer cannot be read (" + e.getClass().getSimpleName() + ")", status, null);
        }
    }

    private static AuthToken token(AnswerReader answer) throws IOException {
        String token = null;
        Instant expiration = null;
        while (answer.nextMember()) {
            switch (answer.name()) {
                case "accessToken" -> token = answer.string();
                case "expiration" -> expiration = answer.instant();
                default -> answer.skip();
            }
        }
        answer.required(token, "accessToken");
        answer.required(expiration, "expiration");
        if (token.isEmpty()) {
            throw answer.missing("accessToken");
        }
        if (!HeaderValues.sendable(token)) {
            throw AnswerReader.malformed("authorize", "accessToken holds characters an HTTP header cannot carry");
        }
        return new AuthToken(token, expiration);
    }

    private StreamsException networkFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof StreamsException streams) {
            return streams;
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return new RequestTimeoutException("authorize", timeout);
        }
        return new ServiceUnavailableException(ServiceUnavailableException.NETWORK,
                "authorize: the authorize endpoint cannot be reached (" + cause.getClass().getSimpleName() + ")", 0,
                null);
    }
}
