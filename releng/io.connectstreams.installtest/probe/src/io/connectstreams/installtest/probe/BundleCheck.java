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

import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Every bundle of the installed features is there in the state it is meant to have: a fragment RESOLVED (attached),
 * a lazily activated bundle STARTING or ACTIVE (so DS sees its components), any other bundle RESOLVED or ACTIVE.
 */
final class BundleCheck {

    private final BundleContext context;
    private final ProbeSettings settings;

    BundleCheck(BundleContext context, ProbeSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    void run(Verdict verdict) {
        for (String symbolicName : settings.bundles()) {
            List<Bundle> found = Arrays.stream(context.getBundles())
                    .filter(b -> symbolicName.equals(b.getSymbolicName())).toList();
            if (found.isEmpty()) {
                verdict.fail("bundle", symbolicName + " is not installed");
            }
            for (Bundle bundle : found) {
                check(bundle, verdict);
            }
        }
    }

    private static void check(Bundle bundle, Verdict verdict) {
        String name = bundle.getSymbolicName() + " " + bundle.getVersion();
        int state = bundle.getState();
        boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
        boolean lazy = Constants.ACTIVATION_LAZY.equals(bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY));
        boolean intended;
        if (fragment) {
            intended = state == Bundle.RESOLVED;
        } else if (lazy) {
            intended = state == Bundle.STARTING || state == Bundle.ACTIVE;
        } else {
            intended = state == Bundle.RESOLVED || state == Bundle.ACTIVE;
        }
        String detail = name + " " + stateName(state) + (fragment ? " (fragment)" : lazy ? " (lazy)" : "");
        if (intended) {
            verdict.pass("bundle", detail);
        } else {
            verdict.fail("bundle", detail);
        }
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
