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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;

/**
 * A ringing call counts down the seconds the agent has to accept it (the sandbox rings for five seconds and the
 * view is told so); once missed, a banner names the call and takes the agent back to Available in one click.
 */
class RingingViewTest extends ViewTestBase {

    private static final String CALLER = "+14255550188";
    private static final Pattern COUNTDOWN = Pattern.compile("Rings for (\\d+) s");
    private static final RGB ERROR = new RGB(0xC6, 0x28, 0x28);

    @Override
    Sandbox.Builder sandbox() {
        return super.sandbox().ringTimeout(Duration.ofSeconds(5));
    }

    @BeforeEach
    void ringForFiveSeconds() {
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).put(AgentPreferences.RING_TIMEOUT_SECONDS, "5");
        InstanceScope.INSTANCE.getNode(AgentPreferences.NODE).putBoolean(AgentPreferences.NOTIFICATIONS, false);
    }

    @Test
    void theRingCountsDownAndAMissOffersToGoAvailable() throws Exception {
        Screenshots.frame(view.page, view.view);
        signInAvailable();
        Label countdown = view.find(Label.class, WidgetIds.CARD_COUNTDOWN);
        Label banner = view.find(Label.class, WidgetIds.MISSED_BANNER);
        ring(CALLER);
        int first = robot.waitFor(() -> seconds(countdown), "the countdown");
        assertTrue(first <= 5, () -> "at most the ring time: " + countdown.getText());
        Screenshots.save(robot, view.composite, "ringing-countdown");
        robot.waitUntil(() -> seconds(countdown).filter(left -> left < first).isPresent(),
                () -> "the countdown to go down from " + first + ": " + countdown.getText());

        robot.waitUntil(() -> banner.isVisible() && banner.getText().equals("Missed call from (425) 555-0188"),
                () -> "the missed-call banner: " + banner.getText());
        assertTrue(!countdown.isVisible(), "no countdown once missed");
        Label state = view.find(Label.class, WidgetIds.STATE_LABEL);
        robot.waitUntil(() -> "Missed call".equals(state.getText()), () -> "MissedCallAgent in plain words: "
                + state.getText());
        assertEquals(ERROR, view.find(Label.class, WidgetIds.STATE_BADGE).getForeground().getRGB(), "an error: red");
        Screenshots.save(robot, view.composite, "missed-call");

        robot.click(view.find(Button.class, WidgetIds.GO_AVAILABLE));
        robot.waitUntil(() -> "Available".equals(fixture.agent().getState().name()) && !banner.isVisible()
                && "Available".equals(state.getText()), () -> "Available again: " + state.getText());
        awaitNoContact();
    }

    private static java.util.Optional<Integer> seconds(Label countdown) {
        Matcher left = COUNTDOWN.matcher(countdown.getText().strip());
        return countdown.isVisible() && left.matches() ? java.util.Optional.of(Integer.valueOf(left.group(1)))
                : java.util.Optional.empty();
    }
}
