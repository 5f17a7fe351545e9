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

/**
 * The few HTML pages of the sandbox: sign-in, the CCP placeholder and signed-out. Plain HTML, no script.
 */
final class Pages {

    private static final String STYLE = "<style>body{font-family:sans-serif;max-width:32em;margin:4em auto;color:#222}"
            + "label{display:block;margin:.8em 0 .2em}input{width:100%;padding:.4em;box-sizing:border-box}"
            + "button{margin-top:1.2em;padding:.5em 1.5em}.error{color:#b00020}code{background:#eee;padding:0 .2em}"
            + "</style>";

    private Pages() {
    }

    static String login(String redirect, String error) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in - Connect Streams sandbox"
                + "</title>" + STYLE + "</head><body><h1>Sign in</h1><p>Connect Streams sandbox: an embedded contact "
                + "center on this computer.</p>"
                + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + Http.escape(error) + "</p>")
                + "<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"redirect\" value=\""
                + Http.escape(redirect) + "\"><label for=\"username\">Username</label>"
                + "<input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>"
                + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" "
                + "autocomplete=\"current-password\" required><button type=\"submit\">Sign in</button></form>"
                + "</body></html>";
    }

    static String ccp(String username) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Contact Control Panel - "
                + "Connect Streams sandbox</title>" + STYLE + "</head><body><h1>Signed in</h1><p>You are signed in as "
                + "<strong>" + Http.escape(username) + "</strong>. The sandbox has no browser CCP: use the Connect "
                + "Streams agent view, which talks to <code>/api</code> and <code>/auth/authorize</code> of this "
                + "server.</p><form method=\"post\" action=\"/logout\"><button type=\"submit\">Sign out</button></form>"
                + "</body></html>";
    }

    static String loggedOut(boolean ended) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signed out - Connect Streams "
                + "sandbox</title>" + STYLE + "</head><body><h1>Signed out</h1><p>"
                + (ended ? "Your session has ended." : "There was no session to end.")
                + "</p><p><a href=\"/login\">Sign in again</a></p></body></html>";
    }
}
