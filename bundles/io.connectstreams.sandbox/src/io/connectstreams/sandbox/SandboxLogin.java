package io.connectstreams.sandbox;

/**
 * A signed-in session: the cookie a browser would hold after the login page. Send it to {@code /auth/authorize}
 * (or use it as {@code Credentials.sessionCookie(name, value)}). {@link #toString()} hides the value.
 *
 * @param cookieName the cookie's name ({@link Sandbox#SESSION_COOKIE})
 * @param cookieValue the session id (secret)
 */
public record SandboxLogin(String cookieName, String cookieValue) {

    /**
     * @return the {@code Cookie} request header value
     */
    public String cookieHeader() {
        return cookieName + "=" + cookieValue;
    }

    @Override
    public String toString() {
        return "SandboxLogin[cookieName=" + cookieName + ", cookieValue=<redacted>]";
    }
}
