package io.connectstreams.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.connectstreams.api.event.AgentEvents;
import io.connectstreams.api.event.ContactEvents;
import io.connectstreams.api.event.EventTopics;
import io.connectstreams.api.event.EventType;
import io.connectstreams.api.event.StreamsEvents;
import io.connectstreams.ui.AgentViews;
import io.connectstreams.ui.internal.Topics;

/**
 * How the bundle plugs into the workbench: one part descriptor for the view in the application model (the
 * fragment's and the 3.x {@code <e4view>} agree on it), pointing at the e4 POJO part; and the EventAdmin topics the
 * view listens to are those the event bus's bridge posts.
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

    @Test
    void theViewsTopicsAreTheBridgesTopics() {
        assertEquals(EventTopics.of(AgentEvents.REFRESH), Topics.AGENT_REFRESH);
        assertEquals(EventTopics.of(AgentEvents.MUTE_TOGGLE), Topics.AGENT_MUTE_TOGGLE);
        assertEquals(EventTopics.of(StreamsEvents.CONNECTION_STATUS), Topics.CONNECTION_STATUS);
        assertEquals(EventTopics.of(ContactEvents.CONNECTING), Topics.CONTACT_CONNECTING);
        assertEquals(EventTopics.of(ContactEvents.INCOMING), Topics.CONTACT_INCOMING);
        assertEquals(EventTopics.of(EventType.SOFTPHONE_STATS), Topics.SOFTPHONE_STATS);
        assertEquals(EventTopics.of(StreamsEvents.SOFTPHONE_LIVE_STATS), Topics.SOFTPHONE_LIVE_STATS);
    }
}
