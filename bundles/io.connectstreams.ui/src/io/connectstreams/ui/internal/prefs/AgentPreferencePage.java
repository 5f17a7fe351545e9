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

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.connectstreams.api.config.ConfigurationException;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.ringtone.RingtoneService;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.session.PreferenceConfiguration;
import io.connectstreams.session.SessionPreferences;
import io.connectstreams.session.TrustedCertificates;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.ConfigurationMessages;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.session.Jobs;
import io.connectstreams.ui.internal.view.ActionRunner;

/**
 * <i>Preferences &gt; Contact Center</i>: the instance, the certificate to trust for it, the session cookie, the
 * notifications, the ringtones, and the audio devices of the softphone and the ringtones when they are installed.
 * The values are checked as {@code StreamsConfiguration} checks them, and a broken one is named in the page's
 * message. The connection and ringtones are the session bundle's preferences ({@link SessionPreferences}, the
 * page's store); the notifications are the view's ({@link AgentPreferences}).
 */
public final class AgentPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private final Map<String, FieldEditor> editors = new LinkedHashMap<>();
    private final List<DeviceChooser> devices = new ArrayList<>();
    private String configurationError;
    /** The certificate file last read and what reading it threw: read when its path changes, not per keystroke. */
    private String checkedCertificate;
    private Exception certificateFailure;
    private ScopedPreferenceStore viewStore;
    private ServiceTracker<Softphone, Softphone> softphone;
    private ServiceTracker<RingtoneService, RingtoneService> ringtones;

    /** A grid of labelled fields. */
    public AgentPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SessionPreferences.NODE));
        viewStore = new ScopedPreferenceStore(InstanceScope.INSTANCE, AgentPreferences.NODE);
        BundleContext context = FrameworkUtil.getBundle(AgentPreferencePage.class).getBundleContext();
        softphone = new ServiceTracker<>(context, Softphone.class, null);
        softphone.open();
        ringtones = new ServiceTracker<>(context, RingtoneService.class, null);
        ringtones.open();
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        text(SessionPreferences.INSTANCE_URL, Messages.Preferences_instanceUrl, WidgetIds.PREF_INSTANCE_URL, parent);
        text(SessionPreferences.LOGIN_URL, Messages.Preferences_loginUrl, WidgetIds.PREF_LOGIN_URL, parent);
        text(SessionPreferences.REGION, Messages.Preferences_region, WidgetIds.PREF_REGION, parent);
        file(SessionPreferences.TRUSTED_CERTIFICATE, Messages.Preferences_trustedCertificate,
                WidgetIds.PREF_TRUSTED_CERTIFICATE, new String[] { "*.pem;*.crt;*.cer", "*.*" }, parent); //$NON-NLS-1$ //$NON-NLS-2$
        text(SessionPreferences.SESSION_COOKIE_NAME, Messages.Preferences_cookieName, WidgetIds.PREF_COOKIE_NAME,
                parent);
        BooleanFieldEditor notifications = new BooleanFieldEditor(AgentPreferences.NOTIFICATIONS,
                Messages.Preferences_notifications, parent);
        notifications.getDescriptionControl(parent).setData(WidgetIds.KEY, WidgetIds.PREF_NOTIFICATIONS);
        add(AgentPreferences.NOTIFICATIONS, notifications);
        String[] labels = { Messages.Preferences_ringtoneVoice, Messages.Preferences_ringtoneCallback,
                Messages.Preferences_ringtoneChat, Messages.Preferences_ringtoneTask };
        for (int i = 0; i < SessionPreferences.RINGTONE_TYPES.length; i++) {
            ContactType type = SessionPreferences.RINGTONE_TYPES[i];
            add(SessionPreferences.ringtoneDisabledKey(type), new BooleanFieldEditor(
                    SessionPreferences.ringtoneDisabledKey(type),
                    NLS.bind(Messages.Preferences_ringtoneOff, labels[i]), parent));
            file(SessionPreferences.ringtoneFileKey(type), labels[i], null, new String[] { "*.wav", "*.*" }, //$NON-NLS-1$ //$NON-NLS-2$
                    parent);
        }
    }

    // the notifications editor is the one field of the view's own node
    @Override
    protected void initialize() {
        super.initialize();
        FieldEditor notifications = editors.get(AgentPreferences.NOTIFICATIONS);
        notifications.setPreferenceStore(viewStore);
        notifications.load();
    }

    @Override
    protected Control createContents(Composite parent) {
        Control fields = super.createContents(parent);
        Group audio = new Group(parent, SWT.NONE);
        audio.setText(Messages.Preferences_devices);
        audio.setLayout(new GridLayout(2, false));
        audio.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Softphone phone = softphone.getService();
        RingtoneService ringer = ringtones.getService();
        DeviceChooser microphone = new DeviceChooser(audio, Messages.Preferences_microphone,
                WidgetIds.PREF_MICROPHONE, phone == null ? null : phone::selectMicrophone,
                Messages.Preferences_noSoftphone);
        DeviceChooser speaker = new DeviceChooser(audio, Messages.Preferences_speaker, WidgetIds.PREF_SPEAKER,
                phone == null ? null : phone::selectSpeaker, Messages.Preferences_noSoftphone);
        DeviceChooser ringerDevice = new DeviceChooser(audio, Messages.Preferences_ringer, WidgetIds.PREF_RINGER,
                ringer == null ? null : ringer::selectRingerDevice, Messages.Preferences_noRingtones);
        devices.addAll(List.of(microphone, speaker, ringerDevice));
        if (phone != null) {
            load(audio, microphone, () -> new DeviceChooser.Devices(phone.microphones(), phone.selectedMicrophone()));
            load(audio, speaker, () -> new DeviceChooser.Devices(phone.speakers(), phone.selectedSpeaker()));
        }
        if (ringer != null) {
            load(audio, ringerDevice,
                    () -> new DeviceChooser.Devices(ringer.ringerDevices(), ringer.selectedRingerDevice()));
        }
        return fields;
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        if (FieldEditor.VALUE.equals(event.getProperty())) {
            checkState();
        }
    }

    @Override
    protected void checkState() {
        super.checkState();
        configurationError = null;
        if (!isValid()) {
            return;
        }
        try {
            PreferenceConfiguration.build(this::currentValue, this::checkCertificate);
            setErrorMessage(null);
        } catch (ConfigurationException e) {
            configurationError = ConfigurationMessages.describe(e);
            setErrorMessage(configurationError);
            setValid(false);
        }
    }

    // a field editor clears the page's message whenever its own check passes (leaving the field, for example):
    // the configuration's error stays until the values are fixed
    @Override
    public void setErrorMessage(String message) {
        super.setErrorMessage(message != null ? message : configurationError);
    }

    @Override
    public boolean performOk() {
        boolean saved = super.performOk() && saveViewStore();
        if (saved) {
            devices.forEach(DeviceChooser::apply);
        }
        return saved;
    }

    @Override
    public void dispose() {
        if (softphone != null) {
            softphone.close();
            ringtones.close();
        }
        super.dispose();
    }

    // listing devices may wait for the sound server (up to seconds): a job lists them, the UI thread shows them
    private void load(Control owner, DeviceChooser chooser, Supplier<DeviceChooser.Devices> list) {
        Display display = owner.getDisplay();
        Jobs.run(Messages.Preferences_devicesJob, monitor -> list.get()).whenComplete((listed, failure) -> {
            try {
                display.asyncExec(() -> {
                    if (owner.isDisposed()) {
                        return;
                    }
                    if (failure != null) {
                        chooser.failed(NLS.bind(Messages.Preferences_devicesFailed,
                                ActionRunner.describe(ActionRunner.unwrap(failure))));
                    } else {
                        chooser.show(listed);
                    }
                });
            } catch (SWTException disposed) {
                // the workbench is gone
            }
        });
    }

    // the dialog saves the page's own store; the view's is saved here
    private boolean saveViewStore() {
        if (!viewStore.needsSaving()) {
            return true;
        }
        try {
            viewStore.save();
            return true;
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.Preferences_notSaved, e.getMessage()));
            return false;
        }
    }

    // runs on the UI thread at each change of a field: reads the (small) file, builds no TLS context
    private SSLContext checkCertificate(Path file) throws IOException, GeneralSecurityException {
        String path = file.toString();
        if (!path.equals(checkedCertificate)) {
            checkedCertificate = path;
            certificateFailure = null;
            try {
                TrustedCertificates.read(file);
            } catch (IOException | GeneralSecurityException e) {
                certificateFailure = e;
            }
        }
        if (certificateFailure instanceof IOException e) {
            throw e;
        }
        if (certificateFailure instanceof GeneralSecurityException e) {
            throw e;
        }
        return null;
    }

    private String currentValue(String key) {
        FieldEditor editor = editors.get(key);
        if (editor instanceof StringFieldEditor text) {
            return text.getStringValue();
        }
        if (editor instanceof BooleanFieldEditor flag) {
            return Boolean.toString(flag.getBooleanValue());
        }
        return getPreferenceStore().getString(key);
    }

    private void text(String key, String label, String id, Composite parent) {
        StringFieldEditor editor = new StringFieldEditor(key, label, parent);
        editor.getTextControl(parent).setData(WidgetIds.KEY, id);
        add(key, editor);
    }

    private void file(String key, String label, String id, String[] extensions, Composite parent) {
        FileFieldEditor editor = new FileFieldEditor(key, label, true, parent);
        editor.setFileExtensions(extensions);
        editor.setEmptyStringAllowed(true);
        editor.setErrorMessage(NLS.bind(Messages.Preferences_fileMissing,
                label.replace("&", "").replaceFirst(":$", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (id != null) {
            editor.getTextControl(parent).setData(WidgetIds.KEY, id);
        }
        add(key, editor);
    }

    private void add(String key, FieldEditor editor) {
        editors.put(key, editor);
        addField(editor);
    }
}
