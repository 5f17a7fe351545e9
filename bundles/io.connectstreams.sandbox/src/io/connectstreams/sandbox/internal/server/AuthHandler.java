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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import io.connectstreams.sandbox.internal.auth.AuthService;
import io.connectstreams.sandbox.internal.auth.TokenGrant;
import io.connectstreams.sandbox.internal.engine.Json;

/**
 * Sign-in and authorization: the login page ({@code GET/POST /login}), the programmatic sign-in
 * ({@code POST /auth/sign-in}, JSON), {@code GET /auth/authorize} (session cookie to {@code {accessToken, expiration}}),
 * the CCP page ({@code /ccp-v2}, redirects to the login page without a session) and {@code /logout}.
 */
final class AuthHandler extends Handler.Abstract {

    /** ISO-8601 UTC with milliseconds, as JavaScript's {@code Date.toISOString()} writes it. */
    static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final int MAX_FORM = 16 * 1024;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final Pattern LOCAL_PATH = Pattern
            .compile("/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*/?)?(\\?[A-Za-z0-9._~=&%+-]*)?");
    private static final System.Logger LOG = System.getLogger(AuthHandler.class.getName());

    private final AuthService auth;
    private final String cookieName;
    private final boolean secure;

    AuthHandler(AuthService auth, String cookieName, boolean secure) {
        this.auth = auth;
        this.cookieName = cookieName;
        this.secure = secure;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        boolean get = HttpMethod.GET.is(request.getMethod());
        boolean post = HttpMethod.POST.is(request.getMethod());
        switch (path) {
            case "/", "/connect/ccp-v2", "/ccp-v2", "/ccp-v2/" -> {
                if (!get) {
                    return false;
                }
                Optional<String> user = auth.sessionUser(Http.cookie(request, cookieName));
                if (user.isEmpty()) {
                    Response.sendRedirect(request, response, callback, "/login?redirect=/ccp-v2");
                } else {
                    Http.html(response, 200, Pages.ccp(user.get()), callback);
                }
                return true;
            }
            case "/login" -> {
                if (get) {
                    Http.html(response, 200, Pages.login(redirectTarget(queryParameter(request, "redirect")), null),
                            callback);
                    return true;
                }
                if (post) {
                    if (hasContentType(request, response, callback, FORM)) {
                        readBody(request, response, callback, body -> formLogin(request, response, callback, body));
                    }
                    return true;
                }
                return false;
            }
            case "/auth/sign-in" -> {
                if (!post) {
                    return false;
                }
                if (hasContentType(request, response, callback, JSON)) {
                    readBody(request, response, callback, body -> jsonLogin(response, callback, body));
                }
                return true;
            }
            case "/auth/authorize", "/connect/auth/authorize" -> {
                if (!get) {
                    return false;
                }
                authorize(request, response, callback);
                return true;
            }
            case "/logout", "/connect/logout" -> {
                if (!get && !post) {
                    return false;
                }
                boolean ended = auth.logout(Http.cookie(request, cookieName));
                Response.addCookie(response, sessionCookie("", 0));
                Http.html(response, 200, Pages.loggedOut(ended), callback);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void authorize(Request request, Response response, Callback callback) {
        Optional<TokenGrant> grant = auth.authorize(Http.cookie(request, cookieName));
        if (grant.isEmpty()) {
            Http.json(response, 401, "application/json",
                    Http.errorJson("UnauthorizedException", "No valid session: sign in first"), callback);
            return;
        }
        JsonObject json = new JsonObject();
        json.addProperty("accessToken", grant.get().accessToken());
        json.addProperty("expiration", ISO_MILLIS.format(grant.get().expiration()));
        json.addProperty("refreshToken", grant.get().refreshToken());
        json.addProperty("refreshTokenExpiration", ISO_MILLIS.format(grant.get().refreshExpiration()));
        Http.json(response, 200, "application/json", json.toString(), callback);
    }

    private void formLogin(Request request, Response response, Callback callback, String body) {
        Map<String, String> form = parseForm(body);
        String redirect = redirectTarget(form.get("redirect"));
        Optional<String> session = auth.login(form.get("username"), form.get("password"));
        if (session.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "sign-in refused for user {0}", LogText.of(form.get("username")));
            Http.html(response, 401, Pages.login(redirect, "Wrong username or password."), callback);
            return;
        }
        Response.addCookie(response, sessionCookie(session.get(), -1));
        Response.sendRedirect(request, response, callback, 303, redirect, false);
    }

    private void jsonLogin(Response response, Callback callback, String body) {
        String username = null;
        String password = null;
        try {
            JsonElement json = Json.parse(body);
            if (!json.isJsonObject()) {
                throw new JsonParseException("not an object");
            }
            username = string(json.getAsJsonObject(), "username");
            password = string(json.getAsJsonObject(), "password");
        } catch (JsonParseException e) {
            Http.json(response, 400, "application/json",
                    Http.errorJson("SerializationException", "The body must be {\"username\",\"password\"}"), callback);
            return;
        }
        Optional<String> session = auth.login(username, password);
        if (session.isEmpty()) {
            Http.json(response, 401, "application/json",
                    Http.errorJson("UnauthorizedException", "Wrong username or password"), callback);
            return;
        }
        Response.addCookie(response, sessionCookie(session.get(), -1));
        JsonObject result = new JsonObject();
        result.addProperty("cookieName", cookieName);
        result.addProperty("cookieValue", session.get());
        Http.json(response, 200, "application/json", result.toString(), callback);
    }

    /** A string member, {@code null} when absent or JSON null; another type is refused. */
    private static String string(JsonObject object, String member) {
        JsonElement value = object.get(member);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new JsonParseException(member + " is not a string");
        }
        return value.getAsString();
    }

    /**
     * Sign-in forms need their content type: a page of another site can post a form to the sandbox, but not JSON
     * (that needs a CORS preflight the sandbox never allows), and the login form is what the login page sends.
     */
    private static boolean hasContentType(Request request, Response response, Callback callback, String expected) {
        String given = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mime = given == null ? "" : given.split(";", 2)[0].trim();
        if (mime.equalsIgnoreCase(expected)) {
            return true;
        }
        Http.json(response, 415, "application/json",
                Http.errorJson("UnsupportedMediaTypeException", "The Content-Type must be " + expected), callback);
        return false;
    }

    private HttpCookie sessionCookie(String value, long maxAge) {
        return HttpCookie.build(cookieName, value).path("/").httpOnly(true).secure(secure)
                .sameSite(HttpCookie.SameSite.STRICT).maxAge(maxAge).build();
    }

    private static void readBody(Request request, Response response, Callback callback,
            java.util.function.Consumer<String> then) {
        if (request.getLength() > MAX_FORM) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Http.json(response, 413, "application/json",
                    Http.errorJson("RequestEntityTooLarge", "The form is too large"), callback);
            return;
        }
        Http.readBody(request, MAX_FORM, (bytes, failure) -> {
            if (failure != null) {
                Http.json(response, 413, "application/json",
                        Http.errorJson("RequestEntityTooLarge", "The form is too large"), callback);
            } else {
                then.accept(new String(bytes, StandardCharsets.UTF_8));
            }
        });
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a malformed escape: the pair is ignored, as browsers never send one
                }
            }
        }
        return form;
    }

    private static String queryParameter(Request request, String name) {
        String query = request.getHttpURI().getQuery();
        return query == null ? null : parseForm(query).get(name);
    }

    /**
     * Only a path of this site: never redirect to another one after sign-in. Browsers drop tabs, line feeds and
     * more from a {@code Location} ({@code /\t/evil.example} is read as {@code //evil.example}), so instead of
     * refusing what is dangerous, only plain characters are accepted: segments of letters, digits and
     * {@code -._~} separated by single slashes, and a query of the same and {@code =&%+}.
     */
    private static String redirectTarget(String requested) {
        if (requested == null || !LOCAL_PATH.matcher(requested).matches()) {
            return "/ccp-v2";
        }
        return requested;
    }
}
