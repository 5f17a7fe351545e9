/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui;

/**
 * The commands of the agent view ({@code org.eclipse.ui.commands}), with their default key bindings in the
 * {@code org.eclipse.ui.defaultAcceleratorConfiguration} scheme and the window context (they work wherever the
 * focus is in the workbench window). Each handler is enabled only when its action applies. Execute them with
 * {@code IHandlerService.executeCommand(id, null)} or rebind them under <i>Preferences &gt; General &gt; Keys</i>.
 */
public final class AgentCommands {

    /** The category of the commands. */
    public static final String CATEGORY = "io.connectstreams.ui.commands"; //$NON-NLS-1$

    /**
     * Mutes or unmutes the agent's microphone (Streams' {@code agent.mute()}/{@code unmute()}), relative to the last
     * {@code agent::mute_toggle}; enabled while a voice contact is connected. Key: M1+M3+M (Ctrl+Alt+M).
     */
    public static final String TOGGLE_MUTE = "io.connectstreams.ui.commands.toggleMute"; //$NON-NLS-1$

    /**
     * Accepts the offered contact (inbound voice in {@code connecting}, callback in {@code incoming}); enabled while
     * one is offered. Key: M1+M3+A (Ctrl+Alt+A).
     */
    public static final String ACCEPT = "io.connectstreams.ui.commands.accept"; //$NON-NLS-1$

    /**
     * Hangs up: destroys the agent's connection of the active voice contact; enabled while there is one. Key:
     * M1+M3+H (Ctrl+Alt+H).
     */
    public static final String HANG_UP = "io.connectstreams.ui.commands.hangUp"; //$NON-NLS-1$

    // click-to-dial

    /**
     * Calls a phone number (Streams' {@code agent.connect}): parameter {@link #DIAL_NUMBER} the number as written
     * anywhere ({@code +44 20 7946 0123}, or national, read in the agent's default region), optional parameter
     * {@link #DIAL_QUEUE_ARN} the outbound queue (caller ID); enabled while an agent is signed in. The number is
     * checked with the agent's dialable countries first: a refused number is never dialled, the command fails with
     * an {@code ExecutionException} whose cause is an {@code io.connectstreams.api.phone.NumberRefusedException}, and
     * the agent view says why. No key binding. Execute it with a {@code ParameterizedCommand} (see
     * docs/embedding-guide.md).
     */
    public static final String DIAL = "io.connectstreams.ui.commands.dial"; //$NON-NLS-1$

    /** The {@link #DIAL} command's parameter: the number to call (required). */
    public static final String DIAL_NUMBER = "number"; //$NON-NLS-1$

    /** The {@link #DIAL} command's parameter: the ARN of the outbound queue (optional). */
    public static final String DIAL_QUEUE_ARN = "queueArn"; //$NON-NLS-1$

    private AgentCommands() {
    }
}
