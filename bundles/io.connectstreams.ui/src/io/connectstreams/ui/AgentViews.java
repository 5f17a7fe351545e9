package io.connectstreams.ui;

/**
 * Identifiers of the views this bundle contributes, for perspectives and {@code showView}.
 */
public final class AgentViews {

    /** The agent view: state, mute, contacts, call log. */
    public static final String AGENT_VIEW_ID = "io.connectstreams.ui.agentView";

    private AgentViews() {
    }
}
