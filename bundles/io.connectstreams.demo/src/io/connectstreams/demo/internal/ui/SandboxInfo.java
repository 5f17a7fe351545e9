/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.ui;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.sandbox.DemoAgent;
import io.connectstreams.demo.internal.sandbox.DemoContactCenter;
import io.connectstreams.sandbox.AgentSpec;
import io.connectstreams.sandbox.AgentStatus;
import io.connectstreams.sandbox.Sandbox;

/**
 * The text of Sandbox &gt; Show Sandbox Info: what a developer needs to reach the demo's sandbox from elsewhere
 * (URLs, control key, certificate and connection file) and its agents with their current states.
 */
final class SandboxInfo {

    private SandboxInfo() {
    }

    /**
     * @param contactCenter the demo's contact center
     * @return the text, one item per line
     */
    static String describe(DemoContactCenter contactCenter) {
        Sandbox sandbox = contactCenter.sandbox();
        URI base = sandbox.baseUri();
        StringBuilder text = new StringBuilder();
        line(text, Messages.Info_instanceUrl, base);
        line(text, Messages.Info_loginPage, base.resolve("login")); //$NON-NLS-1$
        line(text, Messages.Info_ccpPage, base.resolve("ccp-v2")); //$NON-NLS-1$
        line(text, Messages.Info_ctiApi, base.resolve("api")); //$NON-NLS-1$
        line(text, Messages.Info_controlApi, base.resolve("control") + " (" + Sandbox.CONTROL_KEY_HEADER + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        line(text, Messages.Info_controlKey, sandbox.controlKey());
        line(text, Messages.Info_certificate, contactCenter.files().certificate());
        line(text, Messages.Info_connectionFile, contactCenter.files().connection());
        line(text, Messages.Info_signedInAgent, DemoAgent.USERNAME);
        text.append('\n').append(Messages.Info_agents).append('\n');
        Map<String, AgentSpec> specs = Sandbox.defaultAgents().stream()
                .collect(Collectors.toMap(AgentSpec::username, Function.identity()));
        for (AgentStatus agent : sandbox.control().agents()) {
            AgentSpec spec = specs.get(agent.username());
            text.append(NLS.bind(Messages.Info_agent, new Object[] { agent.username(),
                    spec == null ? "-" : spec.password(), agent.name(), agent.state() })).append('\n'); //$NON-NLS-1$
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, Object value) {
        text.append(NLS.bind(label, value)).append('\n');
    }
}
