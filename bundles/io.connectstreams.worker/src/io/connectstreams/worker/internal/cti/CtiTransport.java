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
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.connectstreams.api.AccessDeniedException;
import io.connectstreams.api.MalformedResponseException;
import io.connectstreams.api.RequestTimeoutException;
import io.connectstreams.api.ServiceUnavailableException;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.TerminatedException;
import io.connectstreams.api.UnauthorizedException;
import io.connectstreams.api.event.ApiMetric;

/**
 * One CTI call over HTTPS, as Streams' worker client makes it: {@code POST <instance>/api} with
 * {@code X-Amz-Target: AmazonConnectCTIService.<Op>}, {@code X-Amz-Bearer} and
 * {@code authentication.authToken} in the body where the model requires it. Every call has one total deadline
 * (headers, body and reading: {@link ExchangeDeadline}), yields an {@link ApiMetric}, and fails with a typed
 * {@link StreamsException}, never stays pending: an answer that cannot be read, whatever the reason, is a
 * {@link MalformedResponseException}. 401 and 403 are counted against Streams' budgets (20 and 10) and reported to
 * the {@link AuthListener}.
 */
public final class CtiTransport {

    /** Streams' {@code MAX_UNAUTHORIZED_RETRY_COUNT}. */
    static final int UNAUTHORIZED_BUDGET = 20;
    /** Streams' {@code MAX_ACCESS_DENIED_RETRY_COUNT}. */
    static final int ACCESS_DENIED_BUDGET = 10;

    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private volatile HttpClient client;
    private final URI endpoint;
    private final Supplier<AuthToken> token;
    private final Duration timeout;
    private final int maxResponseBytes;
    private final Consumer<ApiMetric> metrics;
    private final AuthListener authListener;
    private final AtomicInteger unauthorized = new AtomicInteger();
    private final AtomicInteger accessDenied = new AtomicInteger();
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param client the HTTP client (its SSLContext and connect timeout apply)
     * @param endpoint the CTI endpoint ({@code StreamsConfiguration.apiEndpoint()})
     * @param token the current token
     * @param timeout how long one whole call may take, long polls excepted (they add their poll time)
     * @param maxResponseBytes a larger answer fails with {@link MalformedResponseException}
     * @param metrics receives one metric per call
     * @param authListener told about 401 and 403 answers
     */
    public CtiTransport(HttpClient client, URI endpoint, Supplier<AuthToken> token, Duration timeout,
            int maxResponseBytes, Consumer<ApiMetric> metrics, AuthListener authListener) {
        this.client = client;
        this.endpoint = endpoint;
        this.token = token;
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
        this.metrics = metrics;
        this.authListener = authListener;
    }

    /**
     * @param operation the operation
     * @param body the request members (without {@code authentication}, which is added here)
     * @param extraTime added to the timeout (the long-poll time of {@code GetAgentSnapshot})
     * @param shape reads the answer's members; a failure to read them counts as a failed call in the metric
     * @return what the shape read
     */
    <T> CompletableFuture<T> call(CtiOperation operation, JsonObject body, Duration extraTime,
            AnswerReader.Shape<T> shape) {
        AuthToken current = token.get();
        HttpClient http = client;
        if (closed || http == null) {
            return CompletableFuture.failedFuture(new TerminatedException(operation.wireName()));
        }
        if (current == null) {
            return CompletableFuture.failedFuture(new UnauthorizedException("not authorized yet", 0));
        }
        if (!HeaderValues.sendable(current.value())) {
            return CompletableFuture.failedFuture(new UnauthorizedException(
                    operation.wireName() + ": the token holds characters an HTTP header cannot carry", 0));
        }
        JsonObject request = body.deepCopy();
        if (operation.needsAuthentication()) {
            JsonObject authentication = new JsonObject();
            authentication.addProperty("authToken", current.value());
            request.add("authentication", authentication);
        }
        Duration callTimeout = timeout.plus(extraTime);
        HttpRequest httpRequest = HttpRequest.newBuilder(endpoint).timeout(callTimeout)
                .header("Content-Type", CONTENT_TYPE)
                .header("X-Amz-Target", operation.target())
                .header("X-Amz-Bearer", current.value())
                .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8)).build();
        long start = System.nanoTime();
        CompletableFuture<T> answer = new CompletableFuture<>();
        CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(httpRequest,
                LimitedBody.handler(maxResponseBytes));
        inFlight.add(sent);
        ExchangeDeadline.bound(sent, callTimeout).whenComplete((response, failure) -> {
            inFlight.remove(sent);
            long millis = (System.nanoTime() - start) / 1_000_000;
            try {
                if (failure != null) {
                    throw networkFailure(operation, unwrap(failure), callTimeout);
                }
                T result = read(operation, response, shape);
                resetBudgets();
                metrics.accept(metric(operation, millis, response.statusCode(), false, "none"));
                answer.complete(result);
            } catch (StreamsException e) {
                int status = e.statusCode();
                metrics.accept(metric(operation, millis, status, true, retryStatus(operation, e)));
                answer.completeExceptionally(e);
            } finally {
                // whatever went wrong above (a throwing metrics consumer included), the call never stays pending;
                // checked first: an exception's stack trace costs more than reading a snapshot
                if (!answer.isDone()) {
                    answer.completeExceptionally(new MalformedResponseException(
                            operation.wireName() + ": the answer could not be handled", 0, null));
                }
            }
        });
        return answer;
    }

    /**
     * Aborts every call in flight (a pending long poll included) and refuses new ones.
     */
    public void close() {
        closed = true;
        client = null; // handles may outlive the session: they must not keep the HTTP client (and its thread) alive
        for (CompletableFuture<?> call : inFlight) {
            call.cancel(true);
        }
        inFlight.clear();
    }

    /** Any failure while reading the answer makes it unusable: never a call left pending. */
    private <T> T read(CtiOperation operation, HttpResponse<byte[]> response, AnswerReader.Shape<T> shape) {
        try {
            if (response.statusCode() / 100 == 2) {
                return AnswerReader.read(operation.wireName(), response.body(), shape);
            }
            throw serviceError(operation, response);
        } catch (StreamsException e) {
            throw e;
        } catch (RuntimeException e) {
            // the exception's message may quote the value (a URL, a token): only its type is kept
            throw new MalformedResponseException(operation.wireName() + ": the answer cannot be read ("
                    + e.getClass().getSimpleName() + ")", response.statusCode(), null);
        }
    }

    private StreamsException serviceError(CtiOperation operation, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String type = null;
        String message = null;
        try {
            JsonElement error = JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8));
            if (error.isJsonObject()) {
                JsonObject object = error.getAsJsonObject();
                type = stringMember(object, "__type", "code");
                message = stringMember(object, "message", "Message");
            }
        } catch (JsonParseException e) {
            // an error page that is not JSON: the status alone decides
        }
        StreamsException failure = StreamsException.fromServiceError(type, message, status);
        if (failure instanceof UnauthorizedException) {
            authListener.unauthorized(operation, unauthorized.incrementAndGet() > UNAUTHORIZED_BUDGET);
        } else if (failure instanceof AccessDeniedException) {
            authListener.accessDenied(operation, accessDenied.incrementAndGet() > ACCESS_DENIED_BUDGET);
        }
        return failure;
    }

    private static String stringMember(JsonObject object, String... names) {
        for (String name : names) {
            JsonElement value = object.get(name);
            if (value != null && value.isJsonPrimitive()) {
                return value.getAsString();
            }
        }
        return null;
    }

    private static StreamsException networkFailure(CtiOperation operation, Throwable failure, Duration timeout) {
        if (failure instanceof StreamsException streams) {
            return streams;
        }
        if (failure instanceof CancellationException) {
            return new TerminatedException(operation.wireName());
        }
        if (failure instanceof HttpTimeoutException || failure instanceof TimeoutException) {
            return new RequestTimeoutException(operation.wireName(), timeout);
        }
        String what = failure instanceof ConnectException ? "cannot connect to the back end"
                : failure instanceof IOException ? "the connection to the back end failed"
                        : "the call failed";
        return new ServiceUnavailableException(ServiceUnavailableException.NETWORK,
                operation.wireName() + ": " + what + " (" + failure.getClass().getSimpleName() + ")", 0, null);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void resetBudgets() {
        unauthorized.set(0);
        accessDenied.set(0);
    }

    private String retryStatus(CtiOperation operation, StreamsException failure) {
        if (failure instanceof UnauthorizedException) {
            return operation.pollOperation() && unauthorized.get() <= UNAUTHORIZED_BUDGET ? "retrying" : "exhausted";
        }
        if (failure instanceof AccessDeniedException) {
            return operation.pollOperation() && accessDenied.get() <= ACCESS_DENIED_BUDGET ? "retrying" : "exhausted";
        }
        return "none";
    }

    /** Streams' {@code _sendAPIMetrics}: fault is 1 on 5xx, 0 on 2xx and absent on 4xx. */
    private static ApiMetric metric(CtiOperation operation, long millis, int status, boolean error,
            String retryStatus) {
        boolean serverError = status >= 500;
        Integer fault = serverError ? Integer.valueOf(1) : status >= 400 ? null : Integer.valueOf(0);
        return new ApiMetric(operation.metricName(), millis, error ? 1 : 0, serverError ? 1 : 0, fault, status,
                status / 100 + "XX", retryStatus);
    }

    /**
     * Told about authorization failures of CTI calls.
     */
    public interface AuthListener {

        /**
         * @param operation the call answered 401
         * @param budgetExhausted whether more than {@value CtiTransport#UNAUTHORIZED_BUDGET} calls in a row were
         */
        void unauthorized(CtiOperation operation, boolean budgetExhausted);

        /**
         * @param operation the call answered 403
         * @param budgetExhausted whether more than {@value CtiTransport#ACCESS_DENIED_BUDGET} calls in a row were
         */
        void accessDenied(CtiOperation operation, boolean budgetExhausted);
    }
}
