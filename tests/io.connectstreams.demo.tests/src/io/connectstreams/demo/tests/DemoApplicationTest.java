/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.connectstreams.testing.Bundles;

/**
 * The demo contributes the application and product the launch script starts, its perspective and views, and the
 * Sandbox menu's commands, each with a handler the bundle can load.
 */
class DemoApplicationTest {

    private static final String DEMO = "io.connectstreams.demo";
    private static final String CALL_CUSTOMER = "io.connectstreams.demo.callCustomer";
    private final IExtensionRegistry registry = RegistryFactory.getRegistry();

    @Test
    void applicationAndProductAreContributed() {
        Bundles.resolved(DEMO);
        IExtension application = registry.getExtension("org.eclipse.core.runtime.applications",
                "io.connectstreams.demo.application");
        assertNotNull(application, "application extension");
        assertEquals("io.connectstreams.demo.internal.DemoApplication",
                application.getConfigurationElements()[0].getChildren("run")[0].getAttribute("class"));
        assertNotNull(registry.getExtension("org.eclipse.core.runtime.products", "io.connectstreams.demo.product"),
                "product extension");
    }

    @Test
    void thePerspectiveAndTheCrmViewsAreContributed() throws ClassNotFoundException {
        Map<String, String> perspectives = classesById("org.eclipse.ui.perspectives", "perspective");
        assertEquals(Map.of("io.connectstreams.demo.perspective", "io.connectstreams.demo.internal.DemoPerspective"),
                perspectives);
        Map<String, String> views = classesById("org.eclipse.ui.views", "view");
        assertEquals(Map.of("io.connectstreams.demo.customerList", "io.connectstreams.demo.internal.ui.CustomerListView",
                "io.connectstreams.demo.customerDetail", "io.connectstreams.demo.internal.ui.CustomerDetailView"),
                views);
        loadAll(perspectives.values());
        loadAll(views.values());
    }

    @Test
    void everySandboxCommandHasAHandlerAndAMenuItem() throws ClassNotFoundException {
        // besides the Sandbox menu's commands, the customer list's Call (click-to-dial; CustomerDialTest)
        Set<String> commands = new TreeSet<>(elements("org.eclipse.ui.commands", "command").stream()
                .map(e -> e.getAttribute("id")).filter(id -> !CALL_CUSTOMER.equals(id)).toList());
        assertEquals(new TreeSet<>(List.of("io.connectstreams.demo.placeCall",
                "io.connectstreams.demo.placeCallFromCustomer", "io.connectstreams.demo.placeCallback",
                "io.connectstreams.demo.placeUnknownCall", "io.connectstreams.demo.callerHangsUp",
                "io.connectstreams.demo.callTimer", "io.connectstreams.demo.sandboxInfo")), commands);
        Map<String, String> handlers = elements("org.eclipse.ui.handlers", "handler").stream()
                .collect(Collectors.toMap(e -> e.getAttribute("commandId"), e -> e.getAttribute("class")));
        assertEquals(commands, handlers.keySet().stream().filter(id -> !CALL_CUSTOMER.equals(id))
                .collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(handlers.containsKey(CALL_CUSTOMER), "Call (click-to-dial) has a handler");
        loadAll(handlers.values());

        IConfigurationElement sandboxMenu = elements("org.eclipse.ui.menus", "menuContribution").stream()
                .flatMap(c -> Arrays.stream(c.getChildren("menu")))
                .filter(m -> "io.connectstreams.demo.sandboxMenu".equals(m.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Sandbox menu"));
        Set<String> inMenu = new TreeSet<>(Arrays.stream(sandboxMenu.getChildren("command"))
                .map(c -> c.getAttribute("commandId")).toList());
        assertEquals(commands, inMenu);
        assertTrue(Arrays.stream(sandboxMenu.getChildren("command"))
                .anyMatch(c -> "io.connectstreams.demo.callTimer".equals(c.getAttribute("commandId"))
                        && "toggle".equals(c.getAttribute("style"))), "Calls on a Timer is a check item");
    }

    private Map<String, String> classesById(String point, String element) {
        return elements(point, element).stream()
                .collect(Collectors.toMap(e -> e.getAttribute("id"), e -> e.getAttribute("class")));
    }

    private List<IConfigurationElement> elements(String point, String element) {
        return Arrays.stream(registry.getConfigurationElementsFor(point))
                .filter(e -> DEMO.equals(e.getContributor().getName()) && element.equals(e.getName())).toList();
    }

    private static void loadAll(Iterable<String> classNames) throws ClassNotFoundException {
        Bundle demo = Bundles.resolved(DEMO);
        for (String className : classNames) {
            assertNotNull(demo.loadClass(className), className);
        }
    }
}
