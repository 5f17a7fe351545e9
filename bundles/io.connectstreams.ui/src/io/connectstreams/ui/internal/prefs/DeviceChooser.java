/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.prefs;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * A labelled selector of audio devices. The service that owns the devices saves the choice itself, so the choice is
 * not a preference; without the service the selector says why it is empty. Listing devices may block (a sound
 * server that does not answer), so the list arrives later ({@link #show}) from a job; until then the selector is
 * disabled and says it is loading.
 */
final class DeviceChooser {

    /** The devices and the one in use, as the service listed them. */
    record Devices(List<AudioDevice> all, Optional<AudioDevice> selected) {
    }

    private final Combo combo;
    private final Consumer<String> select;
    private final String unavailable;
    private List<AudioDevice> devices = List.of();
    private String initial;

    /**
     * @param parent a two-column grid
     * @param label the label
     * @param id the {@link WidgetIds} id
     * @param select saves a choice (the service's select method), {@code null} without the service
     * @param unavailable what the selector says without the service or devices
     */
    DeviceChooser(Composite parent, String label, String id, Consumer<String> select, String unavailable) {
        this.select = select;
        this.unavailable = unavailable;
        Label text = new Label(parent, SWT.NONE);
        text.setText(label);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(WidgetIds.KEY, id);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        disable(select == null ? unavailable : Messages.Preferences_devicesLoading);
    }

    /**
     * Shows the listed devices (on the UI thread).
     *
     * @param listed the devices and the one in use
     */
    void show(Devices listed) {
        if (combo.isDisposed()) {
            return;
        }
        devices = listed.all();
        initial = listed.selected().map(AudioDevice::id).orElse(null);
        if (devices.isEmpty()) {
            disable(unavailable);
            return;
        }
        combo.removeAll();
        for (int i = 0; i < devices.size(); i++) {
            combo.add(devices.get(i).name());
            if (devices.get(i).id().equals(initial)) {
                combo.select(i);
            }
        }
        combo.setEnabled(true);
    }

    /**
     * Says why there is no list (on the UI thread).
     *
     * @param reason what listing the devices failed with
     */
    void failed(String reason) {
        if (!combo.isDisposed()) {
            disable(reason);
        }
    }

    /** Saves the choice if it changed. */
    void apply() {
        int index = combo.isDisposed() ? -1 : combo.getSelectionIndex();
        if (select == null || index < 0 || index >= devices.size()) {
            return;
        }
        String chosen = devices.get(index).id();
        if (!chosen.equals(initial)) {
            select.accept(chosen);
        }
    }

    private void disable(String text) {
        combo.setItems(text);
        combo.select(0);
        combo.setEnabled(false);
    }
}
