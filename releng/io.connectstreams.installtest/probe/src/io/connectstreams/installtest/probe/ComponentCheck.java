/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.installtest.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;

/** Every DS component of the installed features' bundles is enabled and satisfied or active. */
final class ComponentCheck {

    private final BundleContext context;
    private final ProbeSettings settings;

    ComponentCheck(BundleContext context, ProbeSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    void run(Verdict verdict) throws InterruptedException {
        ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> tracker = new ServiceTracker<>(context,
                ServiceComponentRuntime.class, null);
        tracker.open();
        try {
            ServiceComponentRuntime scr = tracker.waitForService(settings.timeout().toMillis());
            if (scr == null) {
                verdict.fail("component", "no DS runtime (ServiceComponentRuntime) is registered");
                return;
            }
            Bundle[] ours = Arrays.stream(context.getBundles())
                    .filter(b -> settings.bundles().contains(b.getSymbolicName())).toArray(Bundle[]::new);
            if (ours.length == 0) {
                return; // no bundles given: getComponentDescriptionDTOs() would answer all of the host's
            }
            // immediate components activate as their references come: wait until none is left behind
            Conditions.await(settings.timeout(), () -> problems(scr, ours).isEmpty());
            for (String problem : problems(scr, ours)) {
                verdict.fail("component", problem);
            }
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(ours)) {
                String states = scr.getComponentConfigurationDTOs(description).stream()
                        .map(c -> stateName(c.state)).collect(Collectors.joining(","));
                verdict.pass("component", description.name + " " + states);
            }
        } finally {
            tracker.close();
        }
    }

    private static List<String> problems(ServiceComponentRuntime scr, Bundle[] bundles) {
        List<String> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundles)) {
            if (!scr.isComponentEnabled(description)) {
                problems.add(description.name + " is disabled");
                continue;
            }
            Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty()) {
                problems.add(description.name + " has no configuration");
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                if (configuration.state != ComponentConfigurationDTO.SATISFIED
                        && configuration.state != ComponentConfigurationDTO.ACTIVE) {
                    String missing = Arrays.stream(configuration.unsatisfiedReferences)
                            .map(r -> r.name + " (" + r.target + ")").collect(Collectors.joining(", "));
                    problems.add(description.name + " " + stateName(configuration.state)
                            + (missing.isEmpty() ? "" : ", missing " + missing)
                            + (configuration.failure == null ? "" : ", " + firstLine(configuration.failure)));
                }
            }
        }
        return problems;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String stateName(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "state " + state;
        };
    }
}
