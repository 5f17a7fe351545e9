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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.calllog.CallOutcome;
import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.MuteRequest;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.softphone.RtpStreamStats;
import io.connectstreams.api.softphone.SoftphoneStats;
import io.connectstreams.testing.Benchmark;
import io.connectstreams.testkit.BusRecorder;
import io.connectstreams.ui.WidgetIds;

/**
 * How long the UI thread is busy with any one task while the agent handles calls in the view, with the real
 * softphone's media (WebRTC, the virtual microphone playing a tone) running in the same JVM: every task the event
 * loop runs (each {@code readAndDispatch}: a native event, a paint, an {@code asyncExec}/{@code timerExec}
 * runnable such as an {@code @UIEventTopic} delivery) and every simulated user action is timed, from the offer of a
 * call to its clearing: notification, accept in the notification, the softphone's session set up, mute by button
 * and unmute by key (answered by the softphone's {@code agent::mute_toggle}), a softphone statistics batch (published
 * by the test: the softphone's own come every 30 s), hold and resume, a DTMF digit, the clock ticking for a few
 * seconds, hang up, clear and the call-log refresh. The first call of the JVM (classes loading) is reported apart
 * from the following ones. A watchdog takes the UI thread's stack during any task over 25 ms, printed to name slow
 * tasks; each task's CPU time on the UI thread and the JVM's CPU use over the calls (the sandbox's caller side runs
 * WebRTC in this JVM too) tell a task that worked long from one that waited for a core.
 */
@Tag(Benchmark.TAG)
class AgentViewResponsivenessBenchmark extends ViewTestBase {

    private static final int CALLS = 6;
    private static final int[] CTRL_ALT = { SWT.CTRL, SWT.ALT };
    private static final long GOAL_NANOS = 50_000_000;

    @Test
    void noUiTaskIsLongDuringACall() {
        signInAvailable();
        fixture.microphone().playTone(CallerEar.AGENT_HZ, CallerEar.AGENT_AMPLITUDE);
        List<Tasks> later = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        Tasks first = measuredCall(0, slow);
        for (int call = 1; call < CALLS; call++) {
            later.add(measuredCall(call, slow));
        }
        double cores = (processCpuNanos() - cpuBefore) / (double) (System.nanoTime() - wallBefore);
        long[] warm = later.stream().flatMapToLong(tasks -> Arrays.stream(tasks.durations())).toArray();
        long[] all = LongStream.concat(Arrays.stream(first.durations()), Arrays.stream(warm)).toArray();
        long[] cpu = LongStream.concat(Arrays.stream(first.cpuTimes()),
                later.stream().flatMapToLong(tasks -> Arrays.stream(tasks.cpuTimes()))).toArray();
        int longest = 0;
        for (int i = 1; i < all.length; i++) {
            longest = all[i] > all[longest] ? i : longest;
        }
        long overGoal = Arrays.stream(all).filter(nanos -> nanos > GOAL_NANOS).count();
        Benchmark benchmark = new Benchmark();
        benchmark.latency("ui.ui_task_first_call", first.durations());
        double[] percentiles = benchmark.latency("ui.ui_task", warm);
        double max = all[longest] / 1e6;
        benchmark.record("ui.max_ui_task_ms", max, Benchmark.Merge.MEDIAN);
        benchmark.record("ui.max_ui_task_cpu_ms", Arrays.stream(cpu).max().orElse(0) / 1e6, Benchmark.Merge.MEDIAN);
        benchmark.record("ui.ui_tasks_over_50ms", overGoal, Benchmark.Merge.MEDIAN);
        benchmark.record("ui.ui_tasks_per_call", (double) all.length / CALLS, Benchmark.Merge.MEDIAN);
        if (cpuBefore >= 0) {
            benchmark.record("ui.process_cpu_cores", cores, Benchmark.Merge.MEDIAN);
        }
        System.out.printf("UI tasks: %d in %d calls, longest %.2f ms (%.2f ms of it on a core), %d over 50 ms, most CPU"
                + " in one task %.2f ms (after the first call: p99 %.2f, max %.2f ms); the JVM used %.2f cores%n",
                all.length, CALLS, max, cpu[longest] / 1e6, overGoal, Arrays.stream(cpu).max().orElse(0) / 1e6,
                percentiles[2], percentiles[3], cores);
        slow.forEach(stack -> System.out.println("slow UI task:" + stack));
        benchmark.publish();
    }

    /** The UI tasks of one call: wall-clock durations and the UI thread's CPU time, in nanoseconds, task by task. */
    private record Tasks(long[] durations, long[] cpuTimes) {
    }

    private Tasks measuredCall(int call, List<String> slow) {
        String caller = "+1425555" + String.format("%04d", 3000 + call);
        Table contacts = view.find(Table.class, WidgetIds.CONTACTS);
        Button mute = view.find(Button.class, WidgetIds.MUTE);
        Button hold = view.find(Button.class, WidgetIds.HOLD);
        // this call's mute requests and the softphone's answers, for a failure's message
        BusRecorder events = fixture.center().events();
        events.clear();
        try (UiTaskMonitor monitor = new UiTaskMonitor()) {
            robot.monitor(monitor);
            String contactId = fixture.center().customerCalls(caller).contactId();
            Shell notification = robot.waitForShell(WidgetIds.NOTIFICATION, "the notification");
            awaitContact(caller, Phase.RINGING);
            robot.click(robot.find(notification, Button.class, WidgetIds.NOTIFICATION_ACCEPT));
            awaitContact(caller, Phase.CONNECTED);
            robot.waitUntil(() -> fixture.talking(contactId), () -> "the softphone's session TALKING: "
                    + fixture.softphone.sessions());

            // the softphone answers each request with agent::mute_toggle, which the button shows
            robot.waitUntil(mute::isEnabled, "mute available");
            robot.toggle(mute);
            robot.waitUntil(() -> "Unmute".equals(mute.getText()), () -> "muted by the softphone: " + mutes(events));
            robot.pressKeys(stateSelector(), CTRL_ALT, 'm');
            robot.waitUntil(() -> !mute.getSelection() && "Mute".equals(mute.getText()),
                    () -> "unmuted by the softphone: " + mutes(events) + ", softphone muted "
                            + fixture.softphone.isMuted() + ", sessions " + fixture.softphone.sessions());

            fixture.bus.trigger(EventType.SOFTPHONE_STATS, stats(contactId));
            Label quality = view.find(Label.class, WidgetIds.CALL_QUALITY);
            robot.waitUntil(() -> AgentViewCallTest.receivedLevel(quality.getToolTipText()) >= 0, "the call quality");

            robot.click(hold);
            awaitContact(caller, Phase.ON_HOLD);
            robot.click(hold);
            awaitContact(caller, Phase.CONNECTED);
            robot.toggle(view.find(Button.class, WidgetIds.KEYPAD));
            robot.click(view.find(Button.class, WidgetIds.dtmf('1')));
            Table table = contacts;
            robot.waitUntil(() -> UiRobot.rows(table).stream().anyMatch(r -> r.get(3).compareTo("00:03") >= 0),
                    "three seconds of the clock ticking");

            robot.click(view.find(Button.class, WidgetIds.HANG_UP));
            awaitContact(caller, Phase.AFTER_CALL_WORK);
            robot.click(view.find(Button.class, WidgetIds.CLEAR));
            awaitNoContact();
            Table callLog = view.find(Table.class, WidgetIds.CALL_LOG);
            robot.waitUntil(() -> callLogRow(callLog, caller, CallOutcome.ANSWERED), "the call in the call log");
            robot.monitor(null);
            slow.addAll(monitor.slowSamples());
            robot.waitUntil(() -> "Available".equals(fixture.agent().getState().name()), "Available again");
            return new Tasks(monitor.durations(), monitor.cpuTimes());
        } finally {
            robot.monitor(null);
        }
    }


    private static String mutes(BusRecorder events) {
        return "requests " + events.payloads(EventType.MUTE, MuteRequest.class).stream().map(MuteRequest::mute)
                .toList() + ", answers " + events.payloads(AgentEvents.MUTE_TOGGLE, MuteToggle.class).stream()
                        .map(MuteToggle::muted).toList();
    }

    /**
     * @return the CPU time this JVM has used (user and system, from {@code /proc/self/stat}), in nanoseconds; -1
     *         without {@code /proc}
     */
    private static long processCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // after the command's ")": state is field 3; utime and stime, in ticks of 1/100 s, fields 14 and 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A batch as the softphone publishes it every 30 s: one second of each direction per entry. */
    private static SoftphoneStats stats(String contactId) {
        List<RtpStreamStats> seconds = new ArrayList<>();
        Instant now = Instant.now();
        for (int second = 0; second < 30; second++) {
            Instant at = now.minusSeconds(30L - second);
            seconds.add(new RtpStreamStats(RtpStreamStats.AUDIO_INPUT, at, second % 10 == 0 ? 1 : 0, 50, 6900, 40, 20,
                    3));
            seconds.add(new RtpStreamStats(RtpStreamStats.AUDIO_OUTPUT, at, 0, 50, 4600, 0, 20, 2));
        }
        return new SoftphoneStats(contactId, "agent-connection", seconds);
    }
}
