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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.RTCStatsType;
import io.connectstreams.api.softphone.RtpStreamStats;

/**
 * Turns WebRTC statistics into one second of Streams' {@code RTPStreamStats} per direction, with rtc-js's
 * semantics: {@code audio_input} is what the agent receives ({@code inbound-rtp}), {@code audio_output} what it
 * sends ({@code outbound-rtp}, {@code media-source}, {@code remote-inbound-rtp}). Packet counts and losses are
 * deltas since the previous sample; audio levels are scaled to 0..32767; the jitter-buffer delay is the mean delay
 * of the samples emitted in the interval (rtc-js reports the cumulative total); the round-trip time measured on the
 * sent stream is copied into both directions, and the jitter-buffer delay into both, as rtc-js coalesces them.
 * <p>
 * Not thread-safe: one sampler per session, used on the session thread.
 */
public final class RtpStatsSampler {

    private Counters previous;

    /**
     * @param report a statistics report
     * @param at when it was taken
     * @return input then output statistics; empty for the first report (no interval yet) or without audio streams
     */
    public List<RtpStreamStats> sample(RTCStatsReport report, Instant at) {
        Counters now = Counters.of(report);
        Counters before = previous;
        previous = now;
        if (before == null || !now.hasAudio) {
            return List.of();
        }
        long emitted = now.emitted - before.emitted;
        long jitterBuffer = emitted > 0 ? Math.round((now.jitterBufferDelay - before.jitterBufferDelay) * 1000 / emitted)
                : 0;
        long rtt = now.roundTripTime < 0 ? -1 : Math.round(now.roundTripTime * 1000);
        RtpStreamStats input = new RtpStreamStats(RtpStreamStats.AUDIO_INPUT, at,
                Math.max(0, now.inboundLost - before.inboundLost),
                Math.max(0, now.packetsReceived - before.packetsReceived), level(now.inboundLevel), jitterBuffer, rtt,
                Math.round(now.inboundJitter * 1000));
        RtpStreamStats output = new RtpStreamStats(RtpStreamStats.AUDIO_OUTPUT, at,
                Math.max(0, now.remoteLost - before.remoteLost), Math.max(0, now.packetsSent - before.packetsSent),
                level(now.sourceLevel), jitterBuffer, rtt, Math.round(now.remoteJitter * 1000));
        return List.of(input, output);
    }

    /**
     * @param report a statistics report
     * @return the type of the local candidate of the selected candidate pair ({@code host}, {@code srflx},
     *         {@code relay}), when there is one
     */
    public static Optional<String> selectedLocalCandidateType(RTCStatsReport report) {
        Map<String, RTCStats> stats = report.getStats();
        for (RTCStats transport : stats.values()) {
            if (transport.getType() == RTCStatsType.TRANSPORT) {
                Object pairId = transport.getAttributes().get("selectedCandidatePairId");
                RTCStats pair = pairId == null ? null : stats.get(pairId.toString());
                Object localId = pair == null ? null : pair.getAttributes().get("localCandidateId");
                RTCStats local = localId == null ? null : stats.get(localId.toString());
                if (local != null && local.getAttributes().get("candidateType") != null) {
                    return Optional.of(local.getAttributes().get("candidateType").toString());
                }
            }
        }
        return Optional.empty();
    }

    private static int level(double fraction) {
        return (int) Math.max(0, Math.min(32767, Math.floor(fraction * 32768)));
    }

    /** The cumulative figures of one report. */
    private static final class Counters {
        boolean hasAudio;
        long packetsReceived;
        long inboundLost;
        double inboundJitter;
        double inboundLevel;
        double jitterBufferDelay;
        long emitted;
        long packetsSent;
        double sourceLevel;
        long remoteLost;
        double remoteJitter;
        double roundTripTime = -1;

        static Counters of(RTCStatsReport report) {
            Counters counters = new Counters();
            for (RTCStats stats : report.getStats().values()) {
                Map<String, Object> values = stats.getAttributes();
                if (!"audio".equals(String.valueOf(values.getOrDefault("kind", "audio")))) {
                    continue;
                }
                switch (stats.getType()) {
                    case INBOUND_RTP -> {
                        counters.hasAudio = true;
                        counters.packetsReceived += whole(values, "packetsReceived");
                        counters.inboundLost += whole(values, "packetsLost");
                        counters.inboundJitter = real(values, "jitter");
                        counters.inboundLevel = real(values, "audioLevel");
                        counters.jitterBufferDelay += real(values, "jitterBufferDelay");
                        counters.emitted += whole(values, "jitterBufferEmittedCount");
                    }
                    case OUTBOUND_RTP -> {
                        counters.hasAudio = true;
                        counters.packetsSent += whole(values, "packetsSent");
                    }
                    case MEDIA_SOURCE -> counters.sourceLevel = real(values, "audioLevel");
                    case REMOTE_INBOUND_RTP -> {
                        counters.remoteLost += whole(values, "packetsLost");
                        counters.remoteJitter = real(values, "jitter");
                        if (values.get("roundTripTime") instanceof Number rtt) {
                            counters.roundTripTime = rtt.doubleValue();
                        }
                    }
                    default -> {
                        // other reports carry nothing rtc-js reports
                    }
                }
            }
            return counters;
        }

        private static long whole(Map<String, Object> values, String name) {
            return values.get(name) instanceof Number number ? number.longValue() : 0;
        }

        private static double real(Map<String, Object> values, String name) {
            return values.get(name) instanceof Number number ? number.doubleValue() : 0;
        }
    }
}
