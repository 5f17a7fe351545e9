/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.connectstreams.sandbox.internal.engine.CtiException;
import io.connectstreams.sandbox.internal.engine.Directory;

/**
 * Sign-in sessions, access tokens, refresh tokens and CTI WebSocket tokens. A session is what the login page leaves
 * in the browser (a cookie); {@code /auth/authorize} trades it for an access token that expires after the configured
 * lifetime; {@code GetNewAuthToken} trades a refresh token for a new access token; signing out ends the session and
 * revokes its tokens. Expired entries are swept by {@link #sweep()}.
 */
public final class AuthService {

    private static final int TOKEN_BYTES = 32;

    private final Directory directory;
    private final Duration tokenLifetime;
    private final Duration sessionLifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Token> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Token> webSocketTokens = new ConcurrentHashMap<>();

    /**
     * @param directory the agents and their passwords
     * @param tokenLifetime how long an access token is valid
     * @param sessionLifetime how long a session (and a refresh token) is valid
     */
    public AuthService(Directory directory, Duration tokenLifetime, Duration sessionLifetime) {
        this.directory = directory;
        this.tokenLifetime = tokenLifetime;
        this.sessionLifetime = sessionLifetime;
    }

    /**
     * @param username a login name
     * @param password its password
     * @return a new session id, or empty when the credentials are wrong
     */
    public Optional<String> login(String username, String password) {
        if (username == null || !directory.checkPassword(username, password)) {
            return Optional.empty();
        }
        String id = newToken();
        sessions.put(id, new Session(username, Instant.now().plus(sessionLifetime)));
        return Optional.of(id);
    }

    /**
     * Ends a session and revokes every token issued for it.
     *
     * @param sessionId the session, may be {@code null}
     * @return whether a session ended
     */
    public boolean logout(String sessionId) {
        if (sessionId == null || sessions.remove(sessionId) == null) {
            return false;
        }
        tokens.values().removeIf(token -> sessionId.equals(token.sessionId()));
        refreshTokens.values().removeIf(token -> sessionId.equals(token.sessionId()));
        webSocketTokens.values().removeIf(token -> sessionId.equals(token.sessionId()));
        return true;
    }

    /**
     * @param sessionId a session id from the cookie, may be {@code null}
     * @return the signed-in agent's username
     */
    public Optional<String> sessionUser(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        Session session = sessions.get(sessionId);
        if (session == null || session.expiresAt().isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(session.username());
    }

    /**
     * {@code /auth/authorize}: a new access token for a valid session.
     *
     * @param sessionId the session from the cookie
     * @return the grant, or empty without a valid session
     */
    public Optional<TokenGrant> authorize(String sessionId) {
        return sessionUser(sessionId).map(username -> grant(username, sessionId));
    }

    /**
     * @param accessToken the bearer token of a CTI request
     * @return the agent's username
     * @throws CtiException 401 when the token is unknown, revoked or expired
     */
    public String authenticate(String accessToken) {
        Token token = accessToken == null ? null : tokens.get(accessToken);
        if (token == null) {
            throw CtiException.unauthorized("The auth token is not valid");
        }
        if (!token.expiresAt().isAfter(Instant.now())) {
            throw CtiException.unauthorized("The auth token has expired");
        }
        return token.username();
    }

    /**
     * {@code GetNewAuthToken}: the access token may have expired, but must be known and belong to the refresh
     * token's agent and session.
     *
     * @param accessToken the (possibly expired) access token
     * @param refreshToken the refresh token
     * @return a new grant
     */
    public TokenGrant refresh(String accessToken, String refreshToken) {
        Token access = accessToken == null ? null : tokens.get(accessToken);
        if (access == null) {
            throw CtiException.unauthorized("The auth token is not valid");
        }
        Token refresh = refreshToken == null ? null : refreshTokens.get(refreshToken);
        if (refresh == null || !refresh.expiresAt().isAfter(Instant.now())
                || !refresh.username().equals(access.username())
                || !java.util.Objects.equals(refresh.sessionId(), access.sessionId())) {
            throw new CtiException(400, "RefreshTokenExpiredException", "The refresh token is not valid");
        }
        refreshTokens.remove(refreshToken);
        return grant(access.username(), access.sessionId());
    }

    /**
     * @param accessToken the token of the {@code CreateTransport} request
     * @param lifetime how long the WebSocket URL is valid
     * @return a token for the CTI WebSocket URL
     */
    public String webSocketToken(String accessToken, Duration lifetime) {
        Token access = tokens.get(accessToken);
        String token = newToken();
        webSocketTokens.put(token, new Token(access.username(), access.sessionId(), Instant.now().plus(lifetime)));
        return token;
    }

    /**
     * @param token the {@code token} query parameter of the CTI WebSocket URL
     * @return the agent it was issued to, if valid
     */
    public Optional<String> webSocketUser(String token) {
        Token found = token == null ? null : webSocketTokens.get(token);
        return found == null || !found.expiresAt().isAfter(Instant.now()) ? Optional.empty()
                : Optional.of(found.username());
    }

    /**
     * Fault injection: every access token issued so far expires now (refresh tokens stay valid).
     *
     * @return how many tokens expired
     */
    public int expireAll() {
        Instant now = Instant.now();
        int[] count = {0};
        tokens.replaceAll((key, token) -> {
            count[0]++;
            return new Token(token.username(), token.sessionId(), now);
        });
        return count[0];
    }

    /**
     * Drops expired sessions and tokens (keeps expired access tokens for one more token lifetime so that
     * {@code GetNewAuthToken} can still recognize them).
     */
    public void sweep() {
        Instant now = Instant.now();
        sessions.values().removeIf(session -> session.expiresAt().isBefore(now));
        tokens.values().removeIf(token -> token.expiresAt().plus(tokenLifetime).isBefore(now));
        refreshTokens.values().removeIf(token -> token.expiresAt().isBefore(now));
        webSocketTokens.values().removeIf(token -> token.expiresAt().isBefore(now));
    }

    private TokenGrant grant(String username, String sessionId) {
        Instant now = Instant.now();
        String access = newToken();
        String refresh = newToken();
        Instant expiration = now.plus(tokenLifetime);
        Instant refreshExpiration = now.plus(sessionLifetime);
        tokens.put(access, new Token(username, sessionId, expiration));
        refreshTokens.put(refresh, new Token(username, sessionId, refreshExpiration));
        return new TokenGrant(access, expiration, refresh, refreshExpiration);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Session(String username, Instant expiresAt) {
    }

    private record Token(String username, String sessionId, Instant expiresAt) {
    }
}
