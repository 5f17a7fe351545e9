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

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.connectstreams.ui.AgentViews;

/**
 * How the bundle plugs into the workbench: one part descriptor for the view in the application model (the
 * fragment's and the 3.x {@code <e4view>} agree on it), pointing at the e4 POJO part. (The topics the view listens
 * to are the API's {@code EventTopics} constants, checked against the bridge's naming in the API's tests.)
 */
class ViewContributionTest {

    @Test
    void theApplicationModelHoldsOneDescriptorOfThePojoPart() {
        MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
        List<MPartDescriptor> descriptors = application.getDescriptors().stream()
                .filter(d -> AgentViews.AGENT_VIEW_ID.equals(d.getElementId())).toList();
        assertEquals(1, descriptors.size());
        assertEquals("bundleclass://io.connectstreams.ui/io.connectstreams.ui.internal.AgentView",
                descriptors.get(0).getContributionURI());
        assertEquals("Agent", descriptors.get(0).getLabel());
    }
}
