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
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.connectstreams.api.Credentials;
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
    private Browser browser;
    private String cookieBefore;
    private boolean done;

    /**
     * @param parent the view's shell
     * @param loginUrl the page to show
     * @param instanceUrl the URL the cookie belongs to
     * @param cookieName the session cookie's name
     * @param onSignedIn receives the session cookie once the agent signed in
     */
    public BrowserSignInDialog(Shell parent, URI loginUrl, URI instanceUrl, String cookieName,
            Consumer<Credentials.SessionCookie> onSignedIn) {
        super(parent);
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
        getShell().getDisplay().asyncExec(this::start);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
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
