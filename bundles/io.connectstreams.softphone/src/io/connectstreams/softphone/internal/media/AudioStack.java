/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.softphone.internal.media;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.log.Logger;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.media.audio.AudioDeviceModule;
import dev.onvoid.webrtc.media.audio.AudioDeviceModuleBase;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;
import io.connectstreams.api.softphone.AudioDevice;
import io.connectstreams.api.softphone.AudioModule;
import io.connectstreams.api.softphone.MicrophoneCheck;

/**
 * The softphone's one WebRTC stack: an audio device module and the {@link PeerConnectionFactory} on it, created once
 * and disposed only when the softphone stops.
 * <p>
 * Why one: webrtc-java 0.14.0 leaves two native threads behind for every disposed factory that has had peer
 * connections. Which module: the platform's ({@code new AudioDeviceModule()}, PulseAudio/PipeWire on Linux) when it
 * initializes; it throws a catchable {@link Error} on a machine without audio, and then the
 * {@link HeadlessAudioDeviceModule} is used with a {@link VirtualMicrophone}. The no-argument factory is never used
 * (it aborts the JVM without audio), nor {@code CustomAudioSource} (it aborts the JVM with the headless module).
 * <p>
 * The headless stack is built in the only order that works in 0.14.0 (factory, then playout, then the microphone
 * source): in another order no audio is sent, or two feeders race and abort the JVM.
 * <p>
 * Built and changed on the softphone's session thread; {@link #muteAtSource(boolean)} may be called from any thread
 * (mute is applied on the publishing thread).
 */
public final class AudioStack {

    /** Which module to use. */
    public enum Choice {
        /** The platform's, or headless when it does not initialize. */
        AUTO,
        /** The platform's; fails when it does not initialize. */
        PLATFORM,
        /** Always headless. */
        HEADLESS
    }

    private final Logger logger;
    private final AudioModule module;
    private final AudioDeviceModuleBase adm;
    private final PeerConnectionFactory factory;
    private final VirtualMicrophone virtualMicrophone;
    private final Map<Boolean, AudioTrackSource> sources = new HashMap<>();
    private boolean disposed;

    private AudioStack(Logger logger, AudioModule module, AudioDeviceModuleBase adm,
            VirtualMicrophone virtualMicrophone) {
        this.logger = logger;
        this.module = module;
        this.adm = adm;
        this.virtualMicrophone = virtualMicrophone;
        // 1. the factory registers WebRTC's audio transport with the module
        this.factory = new PeerConnectionFactory(adm);
        if (virtualMicrophone != null) {
            // 2. playout runs, so received tracks are pulled every 10 ms
            adm.initPlayout();
            adm.startPlayout();
            // 3. the module's buffer now refuses a new transport: only its capture thread pulls the microphone
            adm.setAudioSource(virtualMicrophone);
        }
    }

    /**
     * Creates the stack: loads the native library on first use.
     *
     * @param choice which module
     * @param logger where to log
     * @return the stack
     * @throws IllegalStateException when webrtc-java cannot be loaded, or the platform module was demanded and does
     *         not initialize
     */
    public static AudioStack create(Choice choice, Logger logger) {
        Optional<AudioDeviceModule> platform;
        try {
            platform = choice == Choice.HEADLESS ? Optional.empty() : platformModule(logger);
            if (platform.isPresent()) {
                return new AudioStack(logger, AudioModule.PLATFORM, platform.get(), null);
            }
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("webrtc-java is unavailable: " + e, e);
        }
        if (choice == Choice.PLATFORM) {
            throw new IllegalStateException("the platform's audio module does not initialize");
        }
        try {
            return new AudioStack(logger, AudioModule.HEADLESS, new HeadlessAudioDeviceModule(),
                    new VirtualMicrophone());
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("webrtc-java is unavailable: " + e, e);
        }
    }

    private static Optional<AudioDeviceModule> platformModule(Logger logger) {
        try {
            return Optional.of(new AudioDeviceModule());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (LinkageError e) {
            throw e;
        } catch (Error | RuntimeException e) {
            // no audio server or sound card: webrtc-java throws a plain Error, which is safe to catch
            logger.info("no platform audio ({}): using the headless audio module", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * @return the audio path in use
     */
    public AudioModule module() {
        return module;
    }

    /**
     * @return the virtual microphone of the headless module, empty on the platform's
     */
    public Optional<VirtualMicrophone> virtualMicrophone() {
        return Optional.ofNullable(virtualMicrophone);
    }

    /**
     * Silences the outgoing audio at its source where the stack can (the virtual microphone: the next 10 ms frame
     * is silent); on the platform module the tracks are disabled instead.
     *
     * @param muted whether muted
     * @return whether the source itself was silenced
     */
    public boolean muteAtSource(boolean muted) {
        if (virtualMicrophone == null) {
            return false;
        }
        virtualMicrophone.setMuted(muted);
        return true;
    }

    RTCPeerConnection createPeerConnection(RTCConfiguration configuration, PeerConnectionObserver observer) {
        return factory.createPeerConnection(configuration, observer);
    }

    /**
     * A new track on the microphone. On the platform module the browser's defaults apply (echo cancellation as
     * configured, noise suppression, gain control, high-pass filter); the virtual microphone has no acoustic echo
     * and its test tones must arrive unaltered, so no processing is applied there.
     */
    AudioTrack createMicrophoneTrack(String id, boolean echoCancellation) {
        boolean cancel = virtualMicrophone == null && echoCancellation;
        AudioTrackSource source = sources.computeIfAbsent(cancel, key -> {
            AudioOptions options = new AudioOptions();
            boolean processing = virtualMicrophone == null;
            options.echoCancellation = key;
            options.noiseSuppression = processing;
            options.autoGainControl = processing;
            options.highpassFilter = processing;
            return factory.createAudioSource(options);
        });
        return factory.createAudioTrack(id, source);
    }

    /**
     * @return the microphones, with stable ids (name plus index among devices of the same name)
     */
    public List<AudioDevice> microphones() {
        return devices(adm.getRecordingDevices(), AudioDevice.Kind.MICROPHONE);
    }

    /**
     * @return the speakers
     */
    public List<AudioDevice> speakers() {
        return devices(adm.getPlayoutDevices(), AudioDevice.Kind.SPEAKER);
    }

    /**
     * Switches the module's microphone, restarting capture when it runs.
     *
     * @param device one of {@link #microphones()}
     * @param capturing whether a call captures now
     */
    public void useMicrophone(AudioDevice device, boolean capturing) {
        dev.onvoid.webrtc.media.audio.AudioDevice chosen = nativeDevice(adm.getRecordingDevices(), device);
        if (virtualMicrophone != null) {
            return; // one virtual device: nothing to switch
        }
        if (capturing) {
            adm.stopRecording();
        }
        adm.setRecordingDevice(chosen);
        if (capturing) {
            adm.initRecording();
            adm.startRecording();
        }
    }

    /**
     * Switches the module's speaker, restarting playout when it runs.
     *
     * @param device one of {@link #speakers()}
     * @param playing whether a call plays now
     */
    public void useSpeaker(AudioDevice device, boolean playing) {
        dev.onvoid.webrtc.media.audio.AudioDevice chosen = nativeDevice(adm.getPlayoutDevices(), device);
        if (virtualMicrophone != null) {
            return;
        }
        if (playing) {
            adm.stopPlayout();
        }
        adm.setPlayoutDevice(chosen);
        if (playing) {
            adm.initPlayout();
            adm.startPlayout();
        }
    }

    /**
     * Streams' {@code getUserMedia} probe: is there a microphone to open?
     *
     * @param selected the microphone that would be used
     * @return the result
     */
    public MicrophoneCheck checkMicrophone(Optional<AudioDevice> selected) {
        if (virtualMicrophone != null) {
            return virtualMicrophone.isAvailable()
                    ? new MicrophoneCheck(true, module, selected.map(AudioDevice::name).orElse(null), null)
                    : new MicrophoneCheck(false, module, null, "the virtual microphone is unavailable");
        }
        List<AudioDevice> microphones = microphones();
        return microphones.isEmpty() ? new MicrophoneCheck(false, module, null, "no microphone")
                : new MicrophoneCheck(true, module, selected.orElse(microphones.get(0)).name(), null);
    }

    /**
     * Releases the factory and the module; the stack is unusable afterwards. Every peer connection must be closed.
     */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        try {
            if (virtualMicrophone != null) {
                adm.stopPlayout();
            }
            factory.dispose();
            adm.dispose();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Error | RuntimeException e) {
            logger.warn("disposing the WebRTC stack failed: {}", e.toString());
        }
    }

    private static List<AudioDevice> devices(List<dev.onvoid.webrtc.media.audio.AudioDevice> found,
            AudioDevice.Kind kind) {
        List<AudioDevice> devices = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (dev.onvoid.webrtc.media.audio.AudioDevice device : found) {
            String name = device.getName();
            int index = seen.merge(name, 1, Integer::sum) - 1;
            devices.add(new AudioDevice(DeviceIds.id(name, index), name, kind, devices.isEmpty()));
        }
        return devices;
    }

    private static dev.onvoid.webrtc.media.audio.AudioDevice nativeDevice(
            List<dev.onvoid.webrtc.media.audio.AudioDevice> found, AudioDevice wanted) {
        Map<String, Integer> seen = new HashMap<>();
        for (dev.onvoid.webrtc.media.audio.AudioDevice device : found) {
            int index = seen.merge(device.getName(), 1, Integer::sum) - 1;
            if (DeviceIds.id(device.getName(), index).equals(wanted.id())) {
                return device;
            }
        }
        throw new IllegalArgumentException("no such device: " + wanted.id());
    }
}
