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

/**
 * A labelled selector of audio devices. The service that owns the devices saves the choice itself, so the choice is
 * not a preference; without the service the selector says why it is empty.
 */
final class DeviceChooser {

    private final Combo combo;
    private final List<AudioDevice> devices;
    private final String initial;
    private final Consumer<String> select;

    /**
     * @param parent a two-column grid
     * @param label the label
     * @param id the {@link WidgetIds} id
     * @param devices the devices, empty without the service
     * @param selected the device in use
     * @param select saves a choice (the service's select method), {@code null} without the service
     * @param unavailable what the empty selector says
     */
    DeviceChooser(Composite parent, String label, String id, List<AudioDevice> devices,
            Optional<AudioDevice> selected, Consumer<String> select, String unavailable) {
        this.devices = devices;
        this.select = select;
        this.initial = selected.map(AudioDevice::id).orElse(null);
        Label text = new Label(parent, SWT.NONE);
        text.setText(label);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(WidgetIds.KEY, id);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (select == null || devices.isEmpty()) {
            combo.setItems(unavailable);
            combo.select(0);
            combo.setEnabled(false);
            return;
        }
        for (int i = 0; i < devices.size(); i++) {
            combo.add(devices.get(i).name());
            if (devices.get(i).id().equals(initial)) {
                combo.select(i);
            }
        }
    }

    /** Saves the choice if it changed. */
    void apply() {
        int index = combo.getSelectionIndex();
        if (select == null || index < 0 || index >= devices.size()) {
            return;
        }
        String chosen = devices.get(index).id();
        if (!chosen.equals(initial)) {
            select.accept(chosen);
        }
    }
}
