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
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * The framework reached its start level, no bundle of the whole installation, the host's or ours, is left
 * unresolved, and every bundle the configuration starts eagerly (bundles.info autostart, not lazily) is ACTIVE:
 * an install that breaks a host bundle (say, by an older library it wires to) shows here.
 */
final class FrameworkCheck {

    private final BundleContext context;
    private final ProbeSettings settings;

    FrameworkCheck(BundleContext context, ProbeSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    void run(Verdict verdict) {
        FrameworkStartLevel startLevel = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION)
                .adapt(FrameworkStartLevel.class);
        int wanted = Integer.parseInt(context.getProperty("osgi.startLevel") == null ? "6"
                : context.getProperty("osgi.startLevel"));
        if (!Conditions.await(settings.timeout(), () -> startLevel.getStartLevel() >= wanted)) {
            verdict.fail("framework", "start level " + startLevel.getStartLevel() + ", not " + wanted);
            return;
        }
        Bundle[] bundles = context.getBundles();
        List<Bundle> unresolved = Arrays.stream(bundles).filter(b -> b.getState() == Bundle.INSTALLED).toList();
        for (Bundle bundle : unresolved) {
            verdict.fail("framework", "unresolved " + bundle.getSymbolicName() + " " + bundle.getVersion());
        }
        List<Bundle> notStarted = Arrays.stream(bundles).filter(FrameworkCheck::startedEagerly)
                .filter(b -> b.getState() != Bundle.ACTIVE).toList();
        for (Bundle bundle : notStarted) {
            verdict.fail("framework", "not started " + bundle.getSymbolicName() + " " + bundle.getVersion());
        }
        if (unresolved.isEmpty() && notStarted.isEmpty()) {
            long started = Arrays.stream(bundles).filter(FrameworkCheck::startedEagerly).count();
            verdict.pass("framework", bundles.length + " bundles, all resolved, the " + started
                    + " started eagerly ACTIVE, start level " + wanted);
        }
    }

    private static boolean startedEagerly(Bundle bundle) {
        BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
        return bundle.getBundleId() != 0 && startLevel.isPersistentlyStarted() && !startLevel.isActivationPolicyUsed();
    }
}
