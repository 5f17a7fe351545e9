/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ringtone.internal.audio;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A ringtone from a file or URL (Streams' {@code ringtoneUrl}): any format Java Sound reads (WAV, AU, AIFF; PCM of
 * any width, a-law, mu-law), mixed down to mono and resampled to the line's rate, looped as it is (put the silence
 * of the cadence into the file). Reading is bounded: {@value #MAX_BYTES} bytes, {@value #MAX_SECONDS} s of audio,
 * {@link #TIMEOUT} to connect, per read and in total.
 */
public final class CustomTone implements Tone {

    /** The largest file read. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** The longest audio kept; a longer file is cut. */
    public static final int MAX_SECONDS = 60;

    /** Connect, read and total time limit of loading. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Schemes whose error messages name only local things, so they may be shown. */
    private static final Set<String> LOCAL_SCHEMES = Set.of("file", "jar", "platform", "bundleentry",
            "bundleresource");

    private final URI uri;
    private final Map<Float, float[]> cycles = new ConcurrentHashMap<>();

    /**
     * @param uri where the sound is
     */
    public CustomTone(URI uri) {
        this.uri = Objects.requireNonNull(uri, "uri");
    }

    @Override
    public float[] cycle(float sampleRate) throws PlaybackException {
        float[] cycle = cycles.get(sampleRate);
        if (cycle == null) {
            cycle = load(sampleRate);
            cycles.put(sampleRate, cycle);
        }
        return cycle;
    }

    @Override
    public void forget() {
        cycles.clear();
    }

    @Override
    public String description() {
        StringBuilder safe = new StringBuilder().append(uri.getScheme()).append(':');
        if (uri.getHost() != null) {
            safe.append("//").append(uri.getHost());
            if (uri.getPort() >= 0) {
                safe.append(':').append(uri.getPort());
            }
        }
        safe.append(uri.getPath() != null ? uri.getPath() : "");
        return safe.toString();
    }

    @Override
    public String toString() {
        return description();
    }

    private float[] load(float sampleRate) throws PlaybackException {
        byte[] file = read();
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new ByteArrayInputStream(file))) {
            AudioFormat format = source.getFormat();
            if (!(format.getSampleRate() > 0) || format.getChannels() < 1) {
                throw failure("has no usable sample rate or channel count", null);
            }
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, format.getSampleRate(), 16,
                    format.getChannels(), 2 * format.getChannels(), format.getSampleRate(), false);
            try (AudioInputStream decoded = format.matches(pcm) ? source
                    : AudioSystem.getAudioInputStream(pcm, source)) {
                long limit = (long) MAX_SECONDS * Math.round(format.getSampleRate()) * pcm.getFrameSize();
                byte[] data = decoded.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
                float[] mono = mono(data, format.getChannels());
                if (mono.length == 0) {
                    throw failure("holds no audio", null);
                }
                return resample(mono, format.getSampleRate(), sampleRate);
            }
        } catch (UnsupportedAudioFileException e) {
            throw failure("is not an audio file Java Sound reads (WAV, AU, AIFF)", e);
        } catch (IllegalArgumentException e) {
            throw failure("uses an encoding that cannot be converted to PCM", e);
        } catch (IOException e) {
            throw failure("cannot be decoded", e);
        }
    }

    private byte[] read() throws PlaybackException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try {
            URLConnection connection = uri.toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setUseCaches(false);
            if (connection instanceof HttpURLConnection http) {
                int status = http.getResponseCode();
                if (status != HttpURLConnection.HTTP_OK) {
                    http.disconnect();
                    throw failure("answered HTTP " + status, null);
                }
            }
            try (InputStream in = connection.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    if (out.size() > MAX_BYTES) {
                        throw failure("is larger than " + MAX_BYTES + " bytes", null);
                    }
                    if (System.nanoTime() - deadline > 0) {
                        throw failure("took longer than " + TIMEOUT.toSeconds() + " s to read", null);
                    }
                }
                return out.toByteArray();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw failure("cannot be read", e);
        }
    }

    private PlaybackException failure(String what, Throwable cause) {
        StringBuilder reason = new StringBuilder("ringtone ").append(description()).append(' ').append(what);
        if (cause != null) {
            reason.append(" (").append(cause.getClass().getSimpleName());
            if (LOCAL_SCHEMES.contains(uri.getScheme()) && cause.getMessage() != null) {
                reason.append(": ").append(cause.getMessage());
            }
            reason.append(')');
        }
        return new PlaybackException(reason.toString(), false, cause);
    }

    /** Little-endian 16-bit frames to mono samples, the mean of the channels. */
    private static float[] mono(byte[] data, int channels) {
        int frames = data.length / (2 * channels);
        float[] mono = new float[frames];
        for (int f = 0; f < frames; f++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                int at = 2 * (f * channels + c);
                sum += (short) ((data[at] & 0xff) | (data[at + 1] << 8));
            }
            mono[f] = sum / (32768f * channels);
        }
        return mono;
    }

    /** Linear interpolation; a ringtone needs no better. */
    private static float[] resample(float[] samples, float from, float to) {
        if (from == to) {
            return samples;
        }
        int length = Math.max(1, (int) Math.round(samples.length * (double) to / from));
        float[] out = new float[length];
        double step = (double) from / to;
        for (int i = 0; i < length; i++) {
            double at = i * step;
            int left = Math.min((int) at, samples.length - 1);
            int right = Math.min(left + 1, samples.length - 1);
            double weight = at - left;
            out[i] = (float) (samples[left] * (1 - weight) + samples[right] * weight);
        }
        return out;
    }
}
