package io.connectstreams.worker.internal.cti;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

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
 * token until it expires. The current token is kept in memory only.
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
            current = new AuthToken(provided.token(), provided.expiration());
            return CompletableFuture.completedFuture(current);
        }
        HttpClient http = client;
        if (http == null) {
            return CompletableFuture.failedFuture(new TerminatedException("authorize"));
        }
        Credentials.SessionCookie cookie = (Credentials.SessionCookie) credentials;
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Cookie", cookie.name() + "=" + cookie.value()).header("Accept", "application/json").GET()
                .build();
        return http.sendAsync(request, LimitedBody.handler(MAX_ANSWER_BYTES)).handle((response, failure) -> {
            if (failure != null) {
                throw new CompletionException(networkFailure(failure));
            }
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                throw new CompletionException(new UnauthorizedException(
                        "the login session was refused by the authorize endpoint (HTTP " + status + ")", status));
            }
            if (status / 100 != 2) {
                throw new CompletionException(
                        StreamsException.fromServiceError(null, "authorize failed (HTTP " + status + ")", status));
            }
            AuthToken token = parse(new String(response.body(), StandardCharsets.UTF_8), status);
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

    private AuthToken parse(String text, int status) {
        try {
            JsonReader answer = JsonReader.root("authorize", JsonParser.parseString(text));
            String token = answer.requiredString("accessToken");
            Instant expiration = answer.requiredInstant("expiration");
            if (token.isEmpty()) {
                throw answer.missing("accessToken");
            }
            return new AuthToken(token, expiration);
        } catch (JsonParseException e) {
            throw new MalformedResponseException("authorize: the answer is not valid JSON", status, null);
        }
    }

    private StreamsException networkFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof StreamsException streams) {
            return streams;
        }
        if (cause instanceof HttpTimeoutException) {
            return new RequestTimeoutException("authorize", timeout);
        }
        return new ServiceUnavailableException(ServiceUnavailableException.NETWORK,
                "authorize: the authorize endpoint cannot be reached (" + cause.getClass().getSimpleName() + ")", 0,
                null);
    }
}
