package io.connectstreams.api.softphone;

import java.util.List;

/**
 * A STUN/TURN server in RTCIceServer form, from {@code callConfigJson.iceServers} or {@code CreateTransport}
 * {@code softphone}. {@link #toString()} never shows the credential.
 *
 * @param urls server URLs, for example {@code turn:10.0.0.1:3478?transport=udp}
 * @param username TURN user name, may be {@code null}
 * @param credential TURN password (secret), may be {@code null}
 */
public record IceServer(List<String> urls, String username, String credential) {

    /** Copies the URLs. */
    public IceServer {
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    @Override
    public String toString() {
        return "IceServer[urls=" + urls + ", username=" + (username == null ? "null" : "<redacted>")
                + ", credential=" + (credential == null ? "null" : "<redacted>") + "]";
    }
}
