/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.installtest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Installs the update site into a host that is not ours, with the host's own p2 director, as a customer would:
 * first the main feature, then the sandbox feature on top, then uninstalls both. After each step the host is
 * started and its probe checks that our bundles are in their intended states, every DS component is satisfied or
 * active, the promised services are registered and the agent view opens; the host's log must have no error, and
 * the host's own bundles must be neither removed nor downgraded. Uninstalling must give the host back as it was.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallTest {

    private static final String MAIN = "io.connectstreams.feature";
    private static final String SANDBOX = "io.connectstreams.sandbox.feature";
    private static final String AGENT_VIEW = "io.connectstreams.ui.agentView";
    private static final List<String> MAIN_SERVICES = List.of("io.connectstreams.api.Streams",
            "io.connectstreams.api.event.EventBus");
    private static final String SANDBOX_SERVICE = "io.connectstreams.sandbox.Sandbox";
    /** Starts the sandbox in the host on any free loopback port, so that it registers its service. */
    private static final Map<String, String> SANDBOX_ON = Map.of("io.connectstreams.sandbox.port", "0");

    private static UpdateSite site;
    private static Host host;
    private static BundlesInfo pristine;

    @BeforeAll
    static void copyHost() throws IOException {
        site = new UpdateSite(Path.of(System.getProperty("cs.installtest.site")).normalize());
        host = Host.copyOf(Path.of(System.getProperty("cs.installtest.host")).normalize(),
                Path.of(System.getProperty("cs.installtest.work")), System.getProperty("cs.installtest.netns"),
                System.getProperty("cs.installtest.java"), System.getProperty("cs.installtest.profile"));
        pristine = host.bundlesInfo();
        System.out.println("[install test] host: " + System.getProperty("cs.installtest.platform") + ", "
                + pristine.size() + " bundles, " + host.home());
        System.out.println("[install test] site: " + site.directory());
    }

    @Test
    @Order(1)
    void hostStartsCleanBeforeTheInstall() throws Exception {
        Step step = new Step("0-host");
        step.check(host.start("0-host", List.of(), List.of(), "", Map.of()), true);
        step.end();
    }

    @Test
    @Order(2)
    void mainFeatureInstallsAndStarts() throws Exception {
        Step step = new Step("1-main");
        step.check(host.director("1-install-main", site.uri(), "-installIU", MAIN + ".feature.group"), false);
        step.checkHostBundlesKept();
        step.check(host.start("1-main", site.bundlesOf(MAIN), MAIN_SERVICES, AGENT_VIEW, Map.of()), true);
        step.end();
    }

    @Test
    @Order(3)
    void sandboxFeatureInstallsOnTopAndStarts() throws Exception {
        Step step = new Step("2-main-and-sandbox");
        step.check(host.director("2-install-sandbox", site.uri(), "-installIU", SANDBOX + ".feature.group"), false);
        step.checkHostBundlesKept();
        List<String> bundles = new ArrayList<>(site.bundlesOf(MAIN));
        bundles.addAll(site.bundlesOf(SANDBOX));
        List<String> services = new ArrayList<>(MAIN_SERVICES);
        services.add(SANDBOX_SERVICE);
        step.check(host.start("2-main-and-sandbox", bundles, services, AGENT_VIEW, SANDBOX_ON), true);
        step.end();
    }

    @Test
    @Order(4)
    void uninstallGivesTheHostBack() throws Exception {
        Step step = new Step("3-uninstall");
        step.check(host.director("3-uninstall", site.uri(), "-uninstallIU",
                SANDBOX + ".feature.group," + MAIN + ".feature.group"), false);
        step.record("3-uninstall bundles.info", pristine.differencesTo(host.bundlesInfo()),
                "same " + pristine.size() + " bundles as before the install");
        step.check(host.start("3-host-again", List.of(), List.of(), "", Map.of()), true);
        step.end();
    }

    /** One step of the test: every check runs, and the step fails at its end with all that went wrong. */
    private static final class Step {

        private final String name;
        private final List<String> problems = new ArrayList<>();

        Step(String name) {
            this.name = name;
        }

        void check(Run run, boolean verdictExpected) throws IOException {
            if (run.verdict() != null) {
                run.verdict().forEach(line -> System.out.println("[install test] " + run.step() + " " + line));
            }
            record(run.step(), run.problems(verdictExpected), "clean (exit " + run.exitCode() + ")");
        }

        void checkHostBundlesKept() throws IOException {
            BundlesInfo now = host.bundlesInfo();
            int foreign = now.entriesNamed(name -> !pristine.bySymbolicName().containsKey(name)).size();
            record(name + " bundles.info", pristine.damageBy(now), "all " + pristine.size()
                    + " host bundles kept; " + (now.size() - pristine.size()) + " added, " + foreign
                    + " of them not in the host");
        }

        void record(String check, List<String> found, String success) {
            if (found.isEmpty()) {
                System.out.println("[install test] " + check + ": " + success);
                return;
            }
            found.forEach(problem -> System.out.println("[install test] " + check + " FAIL " + problem));
            found.forEach(problem -> problems.add(check + ": " + problem));
        }

        void end() {
            if (!problems.isEmpty()) {
                fail(name + " failed:\n  " + String.join("\n  ", problems));
            }
        }
    }
}
