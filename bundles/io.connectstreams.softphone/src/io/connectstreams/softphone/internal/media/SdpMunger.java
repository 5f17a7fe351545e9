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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * connect-rtc's changes to the local offer before it is applied: Opus without discontinuous transmission
 * ({@code usedtx=0}), 20 ms packets ({@code a=ptime:20}, {@code a=maxptime:20} in each audio section and
 * {@code minptime=10} raised to 20).
 */
public final class SdpMunger {

    private static final Pattern OPUS_RTPMAP = Pattern.compile("a=rtpmap:(\\d+) opus/48000.*", Pattern.CASE_INSENSITIVE);

    private SdpMunger() {
    }

    /**
     * @param sdp an offer, lines separated by CRLF or LF
     * @return the munged offer, lines separated by CRLF
     */
    public static String munge(String sdp) {
        String[] lines = sdp.split("\r?\n");
        List<String> opusPayloads = new ArrayList<>();
        for (String line : lines) {
            Matcher rtpmap = OPUS_RTPMAP.matcher(line);
            if (rtpmap.matches()) {
                opusPayloads.add(rtpmap.group(1));
            }
        }
        List<String> out = new ArrayList<>(lines.length + 4);
        boolean audio = false;
        boolean hasPtime = false;
        boolean hasMaxPtime = false;
        for (String line : lines) {
            if (line.startsWith("m=")) {
                closeAudioSection(out, audio, hasPtime, hasMaxPtime);
                audio = line.startsWith("m=audio");
                hasPtime = false;
                hasMaxPtime = false;
            }
            if (line.startsWith("a=ptime:")) {
                hasPtime = true;
                line = "a=ptime:20";
            } else if (line.startsWith("a=maxptime:")) {
                hasMaxPtime = true;
                line = "a=maxptime:20";
            } else if (line.startsWith("a=fmtp:")) {
                line = mungeFmtp(line, opusPayloads);
            }
            out.add(line);
        }
        closeAudioSection(out, audio, hasPtime, hasMaxPtime);
        return String.join("\r\n", out) + "\r\n";
    }

    private static void closeAudioSection(List<String> out, boolean audio, boolean hasPtime, boolean hasMaxPtime) {
        if (!audio) {
            return;
        }
        if (!hasPtime) {
            out.add("a=ptime:20");
        }
        if (!hasMaxPtime) {
            out.add("a=maxptime:20");
        }
    }

    private static String mungeFmtp(String line, List<String> opusPayloads) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return line;
        }
        String payload = line.substring("a=fmtp:".length(), space);
        String munged = line.replace("minptime=10", "minptime=20");
        if (opusPayloads.contains(payload)) {
            if (munged.contains("usedtx=")) {
                munged = munged.replaceAll("usedtx=\\d", "usedtx=0");
            } else {
                munged = munged + ";usedtx=0";
            }
        }
        return munged;
    }
}
