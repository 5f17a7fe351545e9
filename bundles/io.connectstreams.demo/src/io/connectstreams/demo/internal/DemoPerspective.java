package io.connectstreams.demo.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.connectstreams.ui.AgentViews;

/**
 * The contact-center perspective: the agent view on the right of the CRM's own views.
 */
public class DemoPerspective implements IPerspectiveFactory {

    /** The perspective id. */
    public static final String ID = "io.connectstreams.demo.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(AgentViews.AGENT_VIEW_ID, IPageLayout.RIGHT, 0.6f, layout.getEditorArea());
    }
}
