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

import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.view.ViewResources.Signal;

/**
 * The audio row of the card: the agent's local mute (a toggle that shows the last {@code agent::mute_toggle},
 * whoever caused it: it reads "Unmute" with a microphone-off icon while muted, next to a red "Muted" badge), the
 * server-side mute of the agent's participant (a different thing, shown apart: "Muted by supervisor"), and the
 * call quality as a signal icon whose tooltip gives the figures.
 */
public final class AudioBar {

    /**
     * What the row shows.
     *
     * @param muteAvailable whether a voice contact is connected, so muting means something
     * @param agentConnection the agent's connection of that contact, {@code null} without one
     * @param quality the latest statistics of that contact, {@code null} when there are none
     * @param note why media may be missing (no softphone), {@code null} when nothing is missing
     */
    public record State(boolean muteAvailable, ConnectionSnapshot agentConnection, CallQuality quality,
            String note) {
    }

    private final ViewResources resources;
    private final Composite bar;
    private final Button mute;
    private final Label mutedBadge;
    private final Label serverMute;
    private final Label quality;
    private final Label note;

    /**
     * @param parent the card
     * @param resources the view's icons, colours and fonts
     * @param onMute called with the mute the agent asked for (true: mute)
     */
    public AudioBar(Composite parent, ViewResources resources, Consumer<Boolean> onMute) {
        this.resources = resources;
        bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);

        mute = new Button(bar, SWT.TOGGLE);
        mute.setToolTipText(Messages.AudioBar_muteTooltip);
        mute.setData(WidgetIds.KEY, WidgetIds.MUTE);
        Accessibility.text(mute);
        mute.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        mute.addListener(SWT.Selection, event -> onMute.accept(mute.getSelection()));

        mutedBadge = new Label(bar, SWT.NONE);
        mutedBadge.setText(' ' + Messages.Mute_badge + ' ');
        mutedBadge.setData(WidgetIds.KEY, WidgetIds.MUTED_BADGE);
        mutedBadge.setFont(resources.font(1.0, SWT.BOLD));
        resources.badge(mutedBadge, Signal.ALERT);
        Accessibility.name(mutedBadge, Messages.Mute_badgeAccessibleName);
        mutedBadge.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));

        serverMute = new Label(bar, SWT.NONE);
        serverMute.setData(WidgetIds.KEY, WidgetIds.SERVER_MUTE);
        serverMute.setFont(resources.font(1.0, SWT.BOLD));
        resources.badge(serverMute, Signal.ALERT);
        Accessibility.value(serverMute, Messages.AudioBar_serverMute);
        serverMute.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));

        quality = new Label(bar, SWT.NONE);
        quality.setData(WidgetIds.KEY, WidgetIds.CALL_QUALITY);
        quality.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        Accessibility.named(quality, quality::getToolTipText);

        note = new Label(bar, SWT.WRAP);
        note.setData(WidgetIds.KEY, WidgetIds.MEDIA_NOTE);
        GridData noteLayout = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        noteLayout.widthHint = 100; // wraps to the panel's width instead of widening it
        note.setLayoutData(noteLayout);
        resources.prepare("mic-off", "quality1", "quality2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        resources.prepare("quality3", "quality4"); //$NON-NLS-1$ //$NON-NLS-2$
        setMuted(false);
        update(new State(false, null, null, null));
    }

    /**
     * @return the row
     */
    public Control control() {
        return bar;
    }

    /**
     * @param muted the local mute last announced
     */
    public void setMuted(boolean muted) {
        mute.setSelection(muted);
        resources.badge(mutedBadge, Signal.ALERT);
        Layouts.text(mute, muted ? Messages.AudioBar_unmute : Messages.AudioBar_mute);
        resources.image(mute, muted ? "mic-off" : "mic"); //$NON-NLS-1$ //$NON-NLS-2$
        Layouts.show(mutedBadge, muted);
    }

    /**
     * @param state what to show
     */
    public void update(State state) {
        resources.badge(mutedBadge, Signal.ALERT);
        resources.badge(serverMute, Signal.ALERT);
        Layouts.show(bar, state.muteAvailable() || state.note() != null);
        Layouts.show(mute, state.muteAvailable());
        mute.setEnabled(state.muteAvailable());
        ConnectionSnapshot connection = state.agentConnection();
        String server = connection == null || !connection.mute() ? null
                : connection.forcedMute() ? Messages.Mute_bySupervisor : Messages.Mute_onServer;
        Layouts.show(serverMute, server != null);
        if (server != null) {
            Layouts.text(serverMute, ' ' + server + ' ');
        }
        CallQuality figures = state.muteAvailable() ? state.quality() : null;
        Layouts.show(quality, state.muteAvailable());
        if (figures == null) {
            resources.image(quality, "quality0"); //$NON-NLS-1$
            Layouts.tooltip(quality, Messages.Quality_noMedia);
        } else {
            int bars = figures.bars();
            resources.image(quality, "quality" + bars); //$NON-NLS-1$
            String verdict = bars >= 4 ? Messages.Quality_good : bars == 3 ? Messages.Quality_fair
                    : bars >= 1 ? Messages.Quality_poor : Messages.Quality_bad;
            Layouts.tooltip(quality, NLS.bind(Messages.Quality_tooltip, new Object[] { verdict,
                    Integer.valueOf(figures.inputLevel()), String.format("%.1f", figures.packetLossPercent()) })); //$NON-NLS-1$
        }
        Layouts.show(note, state.note() != null);
        if (state.note() != null) {
            Layouts.text(note, state.note());
        }
    }
}
