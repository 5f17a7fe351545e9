package io.connectstreams.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.connectstreams.ui.WidgetIds;
import jakarta.annotation.PostConstruct;

/**
 * The agent view, an e4 part. It shows the link to the back end; the agent's controls arrive with the worker.
 */
public class AgentView {

    private Label status;

    /**
     * @param parent the part's composite
     */
    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.NONE);
        status.setText(Messages.AgentView_signedOut);
        status.setData(WidgetIds.KEY, WidgetIds.CONNECTION_STATUS);
    }
}
