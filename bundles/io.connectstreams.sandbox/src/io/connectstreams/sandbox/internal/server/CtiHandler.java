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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.QuietException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import io.connectstreams.sandbox.internal.cti.CtiModel;
import io.connectstreams.sandbox.internal.cti.CtiReply;
import io.connectstreams.sandbox.internal.cti.CtiService;
import io.connectstreams.sandbox.internal.engine.CtiException;

/**
 * {@code POST /api}: the CTI endpoint. Reads the body without blocking (at most {@value #MAX_BODY} bytes; larger
 * bodies get 413 {@code RequestEntityTooLarge}, the service's 1 MB limit), applies injected faults, and hands the
 * request to {@link CtiService}, whose answer may come later (long poll) on another thread.
 */
final class CtiHandler extends Handler.Abstract {

    /** The largest request body accepted (1 MiB), as the service's "Request body must be less than 1 MB". */
    static final int MAX_BODY = 1 << 20;
    /** Oversized bodies up to this size are read and discarded so the client gets the 413; larger ones are cut. */
    private static final long MAX_DISCARD = 32L << 20;
    private static final System.Logger LOG = System.getLogger(CtiHandler.class.getName());

    private final CtiService service;
    private final FaultInjector faults;
    private final ScheduledExecutorService timer;

    CtiHandler(CtiService service, FaultInjector faults, ScheduledExecutorService timer) {
        this.service = service;
        this.faults = faults;
        this.timer = timer;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!HttpMethod.POST.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            Http.ctiError(response, new CtiException(405, "UnknownOperationException", "The CTI API accepts POST only"),
                    callback);
            return true;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null || !(contentType.startsWith(Http.AMZ_JSON) || contentType.startsWith("application/json"))) {
            Http.ctiError(response, new CtiException(400, "SerializationException",
                    "Content-Type must be " + Http.AMZ_JSON), callback);
            return true;
        }
        long length = request.getLength();
        if (length > MAX_BODY) {
            tooLarge(request, response, callback, length);
            return true;
        }
        Http.readBody(request, MAX_BODY, (bytes, failure) -> {
            if (failure != null) {
                if (failure instanceof BodyReader.TooLargeException) {
                    response.getHeaders().put(HttpHeader.CONNECTION, "close");
                    Http.ctiError(response, entityTooLarge(), callback);
                } else {
                    callback.failed(failure);
                }
                return;
            }
            dispatch(request, response, callback, new String(bytes, StandardCharsets.UTF_8));
        });
        return true;
    }

    private void tooLarge(Request request, Response response, Callback callback, long length) {
        if (length > MAX_DISCARD) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Http.ctiError(response, entityTooLarge(), callback);
            return;
        }
        Content.Source.consumeAll(request, Callback.from(() -> Http.ctiError(response, entityTooLarge(), callback),
                callback::failed));
    }

    private static CtiException entityTooLarge() {
        return new CtiException(413, "RequestEntityTooLarge", "Request body must be less than 1 MB");
    }

    private void dispatch(Request request, Response response, Callback callback, String body) {
        String target = request.getHeaders().get("X-Amz-Target");
        String bearer = request.getHeaders().get("X-Amz-Bearer");
        String operation = target != null && target.startsWith(CtiModel.TARGET_PREFIX)
                ? target.substring(CtiModel.TARGET_PREFIX.length()) : String.valueOf(target);
        FaultInjector.Decision decision = faults.next(operation);
        Runnable process = () -> process(request, response, callback, operation, target, bearer, body, decision);
        if (decision.delayMillis() > 0) {
            timer.schedule(process, decision.delayMillis(), TimeUnit.MILLISECONDS);
        } else {
            process.run();
        }
    }

    private void process(Request request, Response response, Callback callback, String operation, String target,
            String bearer, String body, FaultInjector.Decision decision) {
        if (decision.kind() == FaultInjector.Kind.DROP) {
            LOG.log(System.Logger.Level.DEBUG, "dropping the connection of a {0} request (injected fault)", operation);
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            // a quiet failure: Jetty does not log it as a server error
            callback.failed(new QuietException.Exception("connection dropped by fault injection"));
            return;
        }
        if (decision.kind() == FaultInjector.Kind.STATUS) {
            Http.ctiError(response, FaultInjector.error(decision.status()), callback);
            return;
        }
        boolean truncate = decision.kind() == FaultInjector.Kind.TRUNCATE;
        service.handle(target, bearer, body, new CtiReply() {
            @Override
            public void success(String json) {
                Http.cti(response, truncate ? json.substring(0, json.length() / 2) : json, callback);
            }

            @Override
            public void failure(CtiException error) {
                LOG.log(System.Logger.Level.DEBUG, "{0} failed: {1} {2}", operation, error.status(), error.type());
                Http.ctiError(response, error, callback);
            }
        });
    }
}
