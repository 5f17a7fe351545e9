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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.connectstreams.ui.AgentViews;
import io.connectstreams.ui.internal.AgentView;

/**
 * The agent view opened in the IDE workbench as an embedder opens it ({@code showView}), with its e4 part and the
 * composite its controls live in.
 */
final class AgentViewHandle {

    final IWorkbenchPage page;
    final IViewPart view;
    final AgentView part;
    final Composite composite;
    private final UiRobot robot;

    private AgentViewHandle(UiRobot robot, IWorkbenchPage page, IViewPart view) {
        this.robot = robot;
        this.page = page;
        this.view = view;
        MPart model = view.getSite().getService(MPart.class);
        assertNotNull(model, "the view's e4 part");
        this.part = (AgentView) model.getObject();
        this.composite = (Composite) model.getWidget();
    }

    /**
     * @param robot runs the loop
     * @return the opened view, laid out
     * @throws PartInitException when it cannot open
     */
    static AgentViewHandle open(UiRobot robot) throws PartInitException {
        IWorkbenchPage page = Screenshots.page();
        IViewPart view = page.showView(AgentViews.AGENT_VIEW_ID);
        AgentViewHandle handle = new AgentViewHandle(robot, page, view);
        robot.waitUntil(() -> handle.composite.isVisible() && handle.composite.getSize().x > 0,
                "the view to be shown");
        return handle;
    }

    /**
     * @param type a control class
     * @param id its {@link io.connectstreams.ui.WidgetIds} id
     * @return that control of the view
     */
    <T extends Control> T find(Class<T> type, String id) {
        return robot.find(composite, type, id);
    }

    /** Closes the view. */
    void close() {
        if (page.findView(AgentViews.AGENT_VIEW_ID) != null) {
            page.hideView(view);
        }
    }
}
