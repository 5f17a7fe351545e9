/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.connectstreams.demo.internal.ui.DemoSession;

/**
 * Opens one window on the contact-center perspective and runs the {@link DemoSession} (screen pop, sign-in,
 * optional exit timer) from the moment that window is open until the workbench has shut down.
 */
class DemoWorkbenchAdvisor extends WorkbenchAdvisor {

    private DemoSession session;

    @Override
    public String getInitialWindowPerspectiveId() {
        return DemoPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                getWindowConfigurer().setInitialSize(new Point(1280, 800));
                getWindowConfigurer().setShowCoolBar(true);
                getWindowConfigurer().setShowStatusLine(true);
                getWindowConfigurer().setShowProgressIndicator(true);
                getWindowConfigurer().setTitle(Messages.DemoApplication_title);
            }

            @Override
            public void postWindowOpen() {
                if (session == null) {
                    session = DemoSession.start(getWorkbenchConfigurer().getWorkbench(),
                            getWindowConfigurer().getActionBarConfigurer().getStatusLineManager());
                }
            }
        };
    }

    @Override
    public void postShutdown() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
