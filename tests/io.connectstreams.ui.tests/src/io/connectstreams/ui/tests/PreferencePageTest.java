/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.prefs.BackingStoreException;

import io.connectstreams.api.ringtone.RingtoneService;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.session.SessionPreferences;
import io.connectstreams.testing.Bundles;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.AgentViews;
import io.connectstreams.ui.WidgetIds;

/**
 * The preference page: a value StreamsConfiguration refuses, or a certificate file that holds none, is named in
 * the page's message and OK is refused; valid values are saved to the instance scope; the microphone selector lists
 * the softphone's microphones, and the ringer selector says why it is empty without the ringtones (not in this
 * runtime).
 */
class PreferencePageTest {

    @TempDir
    Path temp;

    private final UiRobot robot = new UiRobot(Display.getCurrent());
    private PreferenceDialog dialog;

    @AfterEach
    void close() throws BackingStoreException {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        for (String node : new String[] { SessionPreferences.NODE, AgentPreferences.NODE }) {
            IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(node);
            preferences.clear();
            preferences.flush();
        }
    }

    @Test
    void brokenValuesAreNamedAndValidOnesSaved() throws Exception {
        dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), AgentViews.PREFERENCE_PAGE_ID,
                new String[] { AgentViews.PREFERENCE_PAGE_ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        robot.flush();
        Text instance = robot.find(dialog.getShell(), Text.class, WidgetIds.PREF_INSTANCE_URL);
        assertEquals(SessionPreferences.DEFAULT_INSTANCE_URL, instance.getText());

        robot.type(instance, "http://contact-center.example.com/");
        robot.waitUntil(() -> message().contains("Instance URL: must use https (http only for a loopback host)"),
                () -> "the instance URL named: " + message());
        assertFalse(page().isValid());

        robot.type(instance, "https://my-instance.my.connect.aws/");
        Path notACertificate = Files.writeString(temp.resolve("not-a-certificate.pem"), "hello");
        robot.type(robot.find(dialog.getShell(), Text.class, WidgetIds.PREF_TRUSTED_CERTIFICATE),
                notACertificate.toString());
        robot.waitUntil(() -> message().contains("Trusted certificate (PEM, optional): must hold PEM certificates"),
                () -> "the certificate named: " + message());

        robot.type(robot.find(dialog.getShell(), Text.class, WidgetIds.PREF_TRUSTED_CERTIFICATE), "");
        robot.type(robot.find(dialog.getShell(), Text.class, WidgetIds.PREF_REGION), "eu-central-1");
        robot.waitUntil(() -> page().isValid(), () -> "valid again: " + message());
        Combo microphone = robot.find(dialog.getShell(), Combo.class, WidgetIds.PREF_MICROPHONE);
        robot.waitUntil(microphone::isEnabled, "the softphone's microphones listed (the softphone is in this runtime)");
        assertEquals(Bundles.service(Softphone.class, UiRobot.WAIT).microphones().stream().map(AudioDevice::name)
                .toList(), List.of(microphone.getItems()));
        Combo ringer = robot.find(dialog.getShell(), Combo.class, WidgetIds.PREF_RINGER);
        assertFalse(ringer.isEnabled());
        assertTrue(ringer.getText().contains("ringtones"), ringer.getText());

        Button notifications = robot.find(dialog.getShell(), Button.class, WidgetIds.PREF_NOTIFICATIONS);
        assertTrue(notifications.getSelection(), "notifications are on by default");
        robot.toggle(notifications);

        robot.click(dialogButton(dialog.getShell(), IDialogConstants.OK_ID));
        IEclipsePreferences saved = InstanceScope.INSTANCE.getNode(SessionPreferences.NODE);
        assertEquals("https://my-instance.my.connect.aws/", saved.get(SessionPreferences.INSTANCE_URL, null));
        assertEquals("eu-central-1", saved.get(SessionPreferences.REGION, null));
        assertFalse(InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).getBoolean(AgentPreferences.NOTIFICATIONS,
                true), "the view's own preference is saved in the view's node");
    }

    @Test
    void devicesAreListedOffTheUiThread() throws Exception {
        CountDownLatch soundServer = new CountDownLatch(1);
        AudioDevice bell = new AudioDevice("Bell#0", "Bell", AudioDevice.Kind.RINGER, true);
        RingtoneService stuck = new StuckRinger(soundServer, bell);
        ServiceRegistration<RingtoneService> registration = FrameworkUtil.getBundle(PreferencePageTest.class)
                .getBundleContext().registerService(RingtoneService.class, stuck, null);
        try {
            dialog = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), AgentViews.PREFERENCE_PAGE_ID,
                    new String[] { AgentViews.PREFERENCE_PAGE_ID }, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            robot.flush();
            Combo ringer = robot.find(dialog.getShell(), Combo.class, WidgetIds.PREF_RINGER);
            // the sound server has not answered yet: the page is open all the same and says it is looking
            assertFalse(ringer.isEnabled());
            assertEquals("Looking for devices...", ringer.getText());

            soundServer.countDown();
            robot.waitUntil(ringer::isEnabled, () -> "the ringer devices listed: " + ringer.getText());
            assertEquals(List.of("Bell"), List.of(ringer.getItems()));
            assertEquals("Bell", ringer.getText(), "the device in use is selected");
        } finally {
            soundServer.countDown();
            if (dialog != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            registration.unregister();
        }
    }

    /** Ringtones whose sound server answers the device list only when the test lets it (at most 10 s). */
    private static final class StuckRinger implements RingtoneService {

        private final CountDownLatch answer;
        private final AudioDevice device;

        StuckRinger(CountDownLatch answer, AudioDevice device) {
            this.answer = answer;
            this.device = device;
        }

        @Override
        public boolean isAvailable() {
            return true;
        }

        @Override
        public List<AudioDevice> ringerDevices() {
            try {
                answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(device);
        }

        @Override
        public Optional<AudioDevice> selectedRingerDevice() {
            return Optional.of(device);
        }

        @Override
        public void selectRingerDevice(String deviceId) {
            // the test chooses nothing
        }

        @Override
        public float volume() {
            return 1;
        }

        @Override
        public void setVolume(float volume) {
            // the test plays nothing
        }

        @Override
        public Optional<String> ringingContactId() {
            return Optional.empty();
        }
    }

    private static Button dialogButton(Composite root, int id) {
        for (Control child : root.getChildren()) {
            if (child instanceof Button button && Integer.valueOf(id).equals(button.getData())) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = dialogButton(composite, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private PreferencePage page() {
        return (PreferencePage) dialog.getSelectedPage();
    }

    private String message() {
        String error = page().getErrorMessage();
        return error == null ? "" : error;
    }
}
