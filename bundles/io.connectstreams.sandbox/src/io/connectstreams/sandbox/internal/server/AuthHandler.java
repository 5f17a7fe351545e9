package io.connectstreams.sandbox.internal.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.connectstreams.sandbox.internal.auth.AuthService;
import io.connectstreams.sandbox.internal.auth.TokenGrant;

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
                    readBody(request, response, callback, body -> formLogin(request, response, callback, body));
                    return true;
                }
                return false;
            }
            case "/auth/sign-in" -> {
                if (!post) {
                    return false;
                }
                readBody(request, response, callback, body -> jsonLogin(response, callback, body));
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
            LOG.log(System.Logger.Level.INFO, "sign-in refused for user {0}", form.get("username"));
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
            JsonElement json = JsonParser.parseString(body);
            if (json.isJsonObject()) {
                JsonObject object = json.getAsJsonObject();
                username = object.has("username") ? object.get("username").getAsString() : null;
                password = object.has("password") ? object.get("password").getAsString() : null;
            }
        } catch (RuntimeException e) {
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

    /** Only local paths: never redirect to another site after sign-in. */
    private static String redirectTarget(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.contains("\\") || requested.contains("\r") || requested.contains("\n")) {
            return "/ccp-v2";
        }
        return requested;
    }
}
