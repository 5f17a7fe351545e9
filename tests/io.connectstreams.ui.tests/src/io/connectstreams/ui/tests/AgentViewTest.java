package io.connectstreams.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.connectstreams.ui.AgentViews;
import io.connectstreams.ui.WidgetIds;

/**
 * The agent view opens in a real workbench (the IDE application, as an embedding CRM's would be) under Xvfb.
 */
class AgentViewTest {

    private final UiRobot robot = new UiRobot(Display.getCurrent());

    @AfterEach
    void closeView() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart view = page.findView(AgentViews.AGENT_VIEW_ID);
        if (view != null) {
            page.hideView(view);
        }
    }

    @Test
    void theViewOpensAndShowsTheSignedOutState() throws Exception {
        assertNotNull(Display.getCurrent(), "tests run on the UI thread");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart view = page.showView(AgentViews.AGENT_VIEW_ID);
        assertNotNull(view);
        Shell shell = page.getWorkbenchWindow().getShell();

        Label status = robot.find(shell, Label.class, WidgetIds.CONNECTION_STATUS);
        robot.waitUntil(Duration.ofSeconds(10), () -> status.isVisible() && status.getBounds().width > 0,
                "the status label to be laid out and shown");
        assertEquals("Signed out", status.getText());
        assertTrue(status.getShell().isVisible());
    }
}
