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
 * Identifiers of the views this bundle contributes, for perspectives, {@code showView} and e4 part services.
 */
public final class AgentViews {

    /**
     * The agent view: state, mute, contacts, call log. It is the id of the 3.x view ({@code org.eclipse.ui.views}
     * {@code <e4view>}) and of the e4 part descriptor of the bundle's {@code fragment.e4xmi}, so
     * {@code IWorkbenchPage.showView(AGENT_VIEW_ID)} and {@code EPartService.showPart(AGENT_VIEW_ID, ...)} open the
     * same part.
     */
    public static final String AGENT_VIEW_ID = "io.connectstreams.ui.agentView"; //$NON-NLS-1$

    /** The preference page ({@code org.eclipse.ui.preferencePages}), for {@code PreferencesUtil}. */
    public static final String PREFERENCE_PAGE_ID = "io.connectstreams.ui.preferencePage"; //$NON-NLS-1$

    private AgentViews() {
    }
}
