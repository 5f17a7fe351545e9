/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * The first row of the view: who is signed in, the link to the back end, and the sign-in and sign-out buttons.
 */
public final class SessionBar {

    /** What the bar shows. */
    public record State(ConnectionStatus status, String agentName, boolean signInAvailable, boolean storedSession,
            boolean busy) {
    }

    private final Label name;
    private final Label status;
    private final Button signIn;
    private final Button storedSignIn;
    private final Button signOut;

    /**
     * @param parent the view
     * @param onSignIn opens the sign-in page
     * @param onStoredSignIn signs in with the stored session
     * @param onSignOut signs out
     */
    public SessionBar(Composite parent, Runnable onSignIn, Runnable onStoredSignIn, Runnable onSignOut) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(5, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);

        name = new Label(bar, SWT.NONE);
        name.setFont(JFaceResources.getBannerFont());
        name.setData(WidgetIds.KEY, WidgetIds.AGENT_NAME);
        name.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));

        status = new Label(bar, SWT.NONE);
        status.setData(WidgetIds.KEY, WidgetIds.CONNECTION_STATUS);
        status.setText(Messages.Status_signedOut);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        signIn = button(bar, Messages.SessionBar_signIn, Messages.SessionBar_signInTooltip, WidgetIds.SIGN_IN,
                onSignIn);
        storedSignIn = button(bar, Messages.SessionBar_storedSignIn, Messages.SessionBar_storedSignInTooltip,
                WidgetIds.SIGN_IN_STORED, onStoredSignIn);
        signOut = button(bar, Messages.SessionBar_signOut, Messages.SessionBar_signOutTooltip, WidgetIds.SIGN_OUT,
                onSignOut);
        update(new State(ConnectionStatus.SIGNED_OUT, null, false, false, false));
    }

    /**
     * @param state what to show
     */
    public void update(State state) {
        boolean signedOut = state.status() == ConnectionStatus.SIGNED_OUT;
        Layouts.text(name, state.agentName() == null || signedOut ? "" : state.agentName()); //$NON-NLS-1$
        Layouts.text(status, statusText(state));
        Layouts.show(signIn, signedOut);
        Layouts.show(storedSignIn, signedOut && state.storedSession());
        Layouts.show(signOut, !signedOut);
        signIn.setEnabled(state.signInAvailable() && !state.busy());
        storedSignIn.setEnabled(state.signInAvailable() && !state.busy());
        signOut.setEnabled(!state.busy());
    }

    private static String statusText(State state) {
        if (state.busy() && state.status() == ConnectionStatus.SIGNED_OUT) {
            return Messages.Status_signingIn;
        }
        return switch (state.status()) {
            case SIGNED_OUT -> state.signInAvailable() ? Messages.Status_signedOut : Messages.Status_noService;
            case CONNECTING -> Messages.Status_connecting;
            case CONNECTED -> Messages.Status_connected;
            case RECONNECTING -> Messages.Status_reconnecting;
        };
    }

    private static Button button(Composite parent, String text, String tooltip, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.setData(WidgetIds.KEY, id);
        Accessibility.text(button);
        button.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }
}
