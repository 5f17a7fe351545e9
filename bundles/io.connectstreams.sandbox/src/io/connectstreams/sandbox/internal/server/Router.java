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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import io.connectstreams.sandbox.internal.engine.CtiException;

/**
 * Sends each request to its handler by path: {@code /api} (CTI), {@code /ws} (CTI WebSocket), {@code /control/...},
 * handlers mounted at a path (the signaling endpoint), then the sign-in pages. Everything else is 404. First of all,
 * a request whose {@code Host} header does not name the sandbox gets 421 (DNS rebinding). The
 * children are beans of this container, so they start and stop with the server.
 */
final class Router extends Handler.AbstractContainer {

    private final Handler cti;
    private final Handler webSocket;
    private final Handler control;
    private final Handler auth;
    private final Map<String, Handler> mounts;
    private final AllowedHosts hosts;

    Router(AllowedHosts hosts, Handler cti, Handler webSocket, Handler control, Handler auth,
            Map<String, Handler> mounts) {
        this.hosts = hosts;
        this.cti = cti;
        this.webSocket = webSocket;
        this.control = control;
        this.auth = auth;
        this.mounts = new LinkedHashMap<>(mounts);
        for (Handler handler : getHandlers()) {
            addBean(handler, true);
        }
    }

    @Override
    public List<Handler> getHandlers() {
        List<Handler> handlers = new ArrayList<>(List.of(cti, webSocket, control, auth));
        handlers.addAll(mounts.values());
        return handlers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hosts.allows(request.getHeaders().get(HttpHeader.HOST))) {
            Http.ctiError(response, new CtiException(421, "MisdirectedRequestException",
                    "The Host header does not name this sandbox"), callback);
            return true;
        }
        String path = Request.getPathInContext(request);
        if ("/api".equals(path) || "/connect/api".equals(path)) {
            return cti.handle(request, response, callback);
        }
        if ("/ws".equals(path)) {
            if (!webSocket.handle(request, response, callback)) {
                Http.ctiError(response, new CtiException(400, "BadRequestException",
                        "This endpoint accepts WebSocket upgrades only"), callback);
            }
            return true;
        }
        if ("/control".equals(path) || path.startsWith("/control/")) {
            return control.handle(request, response, callback);
        }
        for (Map.Entry<String, Handler> mount : mounts.entrySet()) {
            if (path.equals(mount.getKey()) || path.startsWith(mount.getKey() + "/")) {
                return mount.getValue().handle(request, response, callback);
            }
        }
        return auth.handle(request, response, callback);
    }
}
