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

import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import org.osgi.service.log.Logger;

import io.connectstreams.api.Credentials;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * The instance's login page in an embedded browser (SWT {@link Browser}). It waits until the instance has set its
 * session cookie, closes, and hands the cookie over; the cookie is read from the browser's cookie store
 * ({@link Browser#getCookie}) and never shown or logged. A cookie the browser held before the dialog opened counts
 * only once the browser has reached the login URL's own page (the CCP), which the instance serves only to a live
 * session. Opens without blocking the caller.
 */
public final class BrowserSignInDialog extends Dialog {

    private final URI loginUrl;
    private final URI instanceUrl;
    private final String cookieName;
    private final Consumer<Credentials.SessionCookie> onSignedIn;
    private final SSLContext trust;
    private final Logger logger;
    private Browser browser;
    private String cookieBefore;
    private boolean done;

    /**
     * @param parent the view's shell
     * @param loginUrl the page to show
     * @param instanceUrl the URL the cookie belongs to
     * @param cookieName the session cookie's name
     * @param trust the configuration's TLS trust ({@link StreamsConfiguration#sslContext()}), {@code null} for the
     *        JVM's: the browser then trusts the login page's certificate exactly when it passes this trust
     * @param logger where a certificate the browser cannot be told to trust is reported
     * @param onSignedIn receives the session cookie once the agent signed in
     */
    public BrowserSignInDialog(Shell parent, URI loginUrl, URI instanceUrl, String cookieName, SSLContext trust,
            Logger logger, Consumer<Credentials.SessionCookie> onSignedIn) {
        super(parent);
        this.trust = trust;
        this.logger = logger;
        this.loginUrl = loginUrl;
        this.instanceUrl = instanceUrl;
        this.cookieName = cookieName;
        this.onSignedIn = onSignedIn;
        setBlockOnOpen(false);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.BrowserSignIn_title);
        shell.setData(WidgetIds.KEY, WidgetIds.SIGN_IN_DIALOG);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.BrowserSignIn_intro, instanceUrl));
        intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        try {
            browser = new Browser(area, SWT.NONE);
        } catch (SWTError e) {
            Label unavailable = new Label(area, SWT.WRAP);
            unavailable.setText(NLS.bind(Messages.BrowserSignIn_unavailable, e.getMessage()));
            unavailable.setData(WidgetIds.KEY, WidgetIds.SIGN_IN_BROWSER_UNAVAILABLE);
            unavailable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            return area;
        }
        browser.setData(WidgetIds.KEY, WidgetIds.SIGN_IN_BROWSER);
        GridData browserLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        browserLayout.widthHint = 520;
        browserLayout.heightHint = 560;
        browser.setLayoutData(browserLayout);
        browser.addProgressListener(ProgressListener.completedAdapter(this::pageLoaded));
        browser.addLocationListener(LocationListener.changedAdapter(this::locationChanged));
        trustThenStart();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /**
     * With a trust of its own (a private CA, the sandbox's certificate), the configuration decides which certificate
     * the login page may have, not the system's authorities: its certificate is read with that trust off the UI
     * thread and allowed in WebKitGTK for that host only before the page loads. A page the trust refuses loads as
     * before, and the browser refuses it too.
     */
    private void trustThenStart() {
        Display display = getShell().getDisplay();
        if (trust == null || !"https".equals(loginUrl.getScheme()) || !WebKitTrust.applies(browser)) { //$NON-NLS-1$
            display.asyncExec(this::start);
            return;
        }
        Jobs.run(Messages.BrowserSignIn_trustJob, monitor -> ServerCertificate.of(loginUrl, trust))
                .whenComplete((certificate, failure) -> asyncExec(display, () -> {
                    if (failure != null) {
                        // not trusted (or unreachable): the browser decides alone, and refuses it too
                        logger.warn("the certificate of the login page at {} could not be checked: {}", //$NON-NLS-1$
                                loginUrl.getHost(), failure.toString());
                    } else if (browser != null && !browser.isDisposed()) {
                        allow(certificate);
                    }
                    start();
                }));
    }

    private void allow(X509Certificate certificate) {
        try {
            WebKitTrust.allow(certificate, loginUrl.getHost());
        } catch (CertificateEncodingException | IllegalStateException | UnsatisfiedLinkError e) {
            // the browser asks about the certificate as before
            logger.warn("the sign-in browser cannot trust the certificate of {}: {}", loginUrl.getHost(), //$NON-NLS-1$
                    e.toString());
        }
    }

    private static void asyncExec(Display display, Runnable runnable) {
        if (!display.isDisposed()) {
            try {
                display.asyncExec(runnable);
            } catch (SWTException disposed) {
                // the workbench is gone
            }
        }
    }

    private void start() {
        if (browser == null || browser.isDisposed()) {
            return;
        }
        cookieBefore = Browser.getCookie(cookieName, instanceUrl.toString());
        browser.setUrl(loginUrl.toString());
    }

    private void pageLoaded(ProgressEvent event) {
        checkLater();
    }

    private void locationChanged(LocationEvent event) {
        checkLater();
    }

    // the browser must not be asked for cookies inside its own callbacks
    private void checkLater() {
        getShell().getDisplay().asyncExec(this::checkCookie);
    }

    private void checkCookie() {
        if (done || browser == null || browser.isDisposed()) {
            return;
        }
        String value = Browser.getCookie(cookieName, instanceUrl.toString());
        if (value == null || value.isEmpty()) {
            return;
        }
        if (Objects.equals(value, cookieBefore) && !onLoginPage()) {
            return;
        }
        done = true;
        close();
        onSignedIn.accept(new Credentials.SessionCookie(cookieName, value));
    }

    private boolean onLoginPage() {
        URI at;
        try {
            at = URI.create(browser.getUrl());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Objects.equals(at.getHost(), loginUrl.getHost()) && at.getPort() == loginUrl.getPort()
                && Objects.equals(at.getPath(), loginUrl.getPath());
    }
}
