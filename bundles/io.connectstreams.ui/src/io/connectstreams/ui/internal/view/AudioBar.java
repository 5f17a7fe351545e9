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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import io.connectstreams.api.model.ConnectionSnapshot;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * The audio row: the agent's local mute (a toggle that shows the last {@code agent::mute_toggle}, whoever caused
 * it), the server-side mute of the agent's participant (a different thing, shown apart: a supervisor or the back end
 * muted the line), and the call quality from the softphone's statistics.
 */
public final class AudioBar {

    /**
     * What the row shows.
     *
     * @param muteAvailable whether a voice contact is connected, so muting means something
     * @param agentConnection the agent's connection of that contact, {@code null} without one
     * @param quality the latest statistics of that contact, {@code null} when there are none
     * @param note why media may be missing (no softphone, no ringer), {@code null} when nothing is missing
     */
    public record State(boolean muteAvailable, ConnectionSnapshot agentConnection, CallQuality quality,
            String note) {
    }

    private final Button mute;
    private final Label serverMute;
    private final ProgressBar level;
    private final Label quality;
    private final Label note;

    /**
     * @param parent the view
     * @param onMute called with the mute the agent asked for (true: mute)
     */
    public AudioBar(Composite parent, Consumer<Boolean> onMute) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);

        mute = new Button(bar, SWT.TOGGLE);
        mute.setText(Messages.AudioBar_mute);
        mute.setToolTipText(Messages.AudioBar_muteTooltip);
        mute.setData(WidgetIds.KEY, WidgetIds.MUTE);
        mute.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        mute.addListener(SWT.Selection, event -> onMute.accept(mute.getSelection()));

        serverMute = new Label(bar, SWT.NONE);
        serverMute.setData(WidgetIds.KEY, WidgetIds.SERVER_MUTE);
        GridData serverLayout = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        serverLayout.exclude = true;
        serverMute.setLayoutData(serverLayout);
        serverMute.setVisible(false);

        level = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        level.setMaximum(CallQuality.MAX_LEVEL);
        level.setData(WidgetIds.KEY, WidgetIds.AUDIO_LEVEL);
        Accessibility.name(level, Messages.AudioBar_levelAccessibleName);
        GridData levelLayout = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        levelLayout.widthHint = 80;
        level.setLayoutData(levelLayout);

        quality = new Label(bar, SWT.NONE);
        quality.setData(WidgetIds.KEY, WidgetIds.CALL_QUALITY);
        quality.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        note = new Label(bar, SWT.WRAP);
        note.setData(WidgetIds.KEY, WidgetIds.MEDIA_NOTE);
        GridData noteLayout = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        noteLayout.exclude = true;
        note.setLayoutData(noteLayout);
        note.setVisible(false);
        update(new State(false, null, null, null));
    }

    /**
     * @param muted the local mute last announced
     */
    public void setMuted(boolean muted) {
        mute.setSelection(muted);
        Layouts.text(mute, muted ? Messages.AudioBar_muted : Messages.AudioBar_mute);
    }

    /**
     * @param state what to show
     */
    public void update(State state) {
        mute.setEnabled(state.muteAvailable());
        ConnectionSnapshot connection = state.agentConnection();
        String server = connection == null || !connection.mute() ? null
                : connection.forcedMute() ? Messages.AudioBar_forcedMute : Messages.AudioBar_serverMute;
        Layouts.show(serverMute, server != null);
        if (server != null) {
            Layouts.text(serverMute, server);
        }
        CallQuality figures = state.muteAvailable() ? state.quality() : null;
        level.setSelection(figures == null ? 0 : figures.inputLevel());
        level.setEnabled(figures != null);
        Layouts.text(quality, figures == null ? Messages.AudioBar_noMedia
                : NLS.bind(Messages.AudioBar_quality, figures.inputLevel(),
                        String.format("%.1f", figures.packetLossPercent()))); //$NON-NLS-1$
        Layouts.show(note, state.note() != null);
        if (state.note() != null) {
            Layouts.text(note, state.note());
        }
    }
}
