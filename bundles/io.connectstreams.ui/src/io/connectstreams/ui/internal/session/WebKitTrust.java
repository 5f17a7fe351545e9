/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.session;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * Makes the SWT {@link Browser} on Linux (WebKitGTK) trust exactly one certificate for one host, as the agent's
 * configuration does for the API calls: {@code webkit_web_context_allow_tls_certificate_for_host} on the default
 * web context, which SWT's browsers use. Without it WebKitGTK knows only the system's authorities and SWT asks the
 * agent to accept an "invalid certificate" (a private-CA instance, the sandbox). Verification stays on: any other
 * certificate, or this one for another host, is still refused. SWT has no API for it, so the C functions are
 * called through JNA; on the UI thread only, once a {@code Browser} exists (SWT has loaded WebKitGTK by then).
 */
final class WebKitTrust {

    /** The WebKitGTK SWT loads: 4.1 (libsoup 3), else 4.0. */
    private static final String WEBKIT_4_1 = "libwebkit2gtk-4.1.so.0"; //$NON-NLS-1$
    private static final String WEBKIT_4_0 = "libwebkit2gtk-4.0.so.37"; //$NON-NLS-1$

    private WebKitTrust() {
    }

    /** GIO: a certificate from PEM. */
    private interface Gio extends Library {
        Pointer g_tls_certificate_new_from_pem(String data, long length, PointerByReference error);
    }

    /** GObject and GLib: releasing what GIO returned. */
    private interface GObject extends Library {
        void g_object_unref(Pointer object);
    }

    private interface GLib extends Library {
        void g_error_free(Pointer error);
    }

    /** WebKitGTK: the web context's per-host certificate exceptions. */
    private interface WebKit extends Library {
        Pointer webkit_web_context_get_default();

        void webkit_web_context_allow_tls_certificate_for_host(Pointer context, Pointer certificate, String host);
    }

    /**
     * @param browser a browser
     * @return whether it is WebKitGTK, the only engine this class can configure (Edge on Windows and WebKit on macOS
     *         use the system's trust store)
     */
    static boolean applies(Browser browser) {
        return "gtk".equals(SWT.getPlatform()) && "webkit".equals(browser.getBrowserType()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param certificate the server's certificate, already verified by the agent's configuration
     * @param host the host it is trusted for
     * @throws CertificateEncodingException when the certificate cannot be encoded
     * @throws IllegalStateException when GLib refuses the certificate
     * @throws UnsatisfiedLinkError when WebKitGTK or GLib cannot be loaded
     */
    static void allow(X509Certificate certificate, String host) throws CertificateEncodingException {
        String pem = "-----BEGIN CERTIFICATE-----\n" //$NON-NLS-1$
                + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n"; //$NON-NLS-1$
        Gio gio = Native.load("libgio-2.0.so.0", Gio.class); //$NON-NLS-1$
        PointerByReference error = new PointerByReference();
        Pointer tls = gio.g_tls_certificate_new_from_pem(pem, -1, error);
        if (tls == null) {
            if (error.getValue() != null) {
                Native.load("libglib-2.0.so.0", GLib.class).g_error_free(error.getValue()); //$NON-NLS-1$
            }
            throw new IllegalStateException("GLib cannot read the certificate"); //$NON-NLS-1$
        }
        try {
            WebKit webKit = webKit();
            webKit.webkit_web_context_allow_tls_certificate_for_host(webKit.webkit_web_context_get_default(), tls,
                    host);
        } finally {
            Native.load("libgobject-2.0.so.0", GObject.class).g_object_unref(tls); //$NON-NLS-1$
        }
    }

    private static WebKit webKit() {
        try {
            return Native.load(WEBKIT_4_1, WebKit.class);
        } catch (UnsatisfiedLinkError e) {
            return Native.load(WEBKIT_4_0, WebKit.class);
        }
    }
}
