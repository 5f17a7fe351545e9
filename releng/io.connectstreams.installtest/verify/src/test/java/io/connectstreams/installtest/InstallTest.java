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
        site = new UpdateSite(Path.of(System.getProperty("cs.installtest.site")));
        host = Host.copyOf(Path.of(System.getProperty("cs.installtest.host")), Path.of(System.getProperty("cs.installtest.work")),
                System.getProperty("cs.installtest.netns"), System.getProperty("cs.installtest.java"),
                System.getProperty("cs.installtest.profile"));
        pristine = host.bundlesInfo();
        System.out.println("[install test] host: " + System.getProperty("cs.installtest.platform") + ", "
                + pristine.size() + " bundles, " + host.home());
        System.out.println("[install test] site: " + site.directory());
    }

    @Test
    @Order(1)
    void hostStartsCleanBeforeTheInstall() throws Exception {
        check(host.start("0-host", List.of(), List.of(), "", Map.of()), true);
    }

    @Test
    @Order(2)
    void mainFeatureInstallsAndStarts() throws Exception {
        check(host.director("1-install-main", site.uri(), "-installIU", MAIN + ".feature.group"), false);
        checkHostBundlesKept();
        check(host.start("1-main", site.bundlesOf(MAIN), MAIN_SERVICES, AGENT_VIEW, Map.of()), true);
    }

    @Test
    @Order(3)
    void sandboxFeatureInstallsOnTopAndStarts() throws Exception {
        check(host.director("2-install-sandbox", site.uri(), "-installIU", SANDBOX + ".feature.group"), false);
        checkHostBundlesKept();
        List<String> bundles = new ArrayList<>(site.bundlesOf(MAIN));
        bundles.addAll(site.bundlesOf(SANDBOX));
        List<String> services = new ArrayList<>(MAIN_SERVICES);
        services.add(SANDBOX_SERVICE);
        check(host.start("2-main-and-sandbox", bundles, services, AGENT_VIEW, SANDBOX_ON), true);
    }

    @Test
    @Order(4)
    void uninstallGivesTheHostBack() throws Exception {
        check(host.director("3-uninstall", site.uri(), "-uninstallIU",
                SANDBOX + ".feature.group," + MAIN + ".feature.group"), false);
        List<String> differences = pristine.differencesTo(host.bundlesInfo());
        report("3-uninstall bundles.info", differences, "same " + pristine.size() + " bundles as before the install");
        check(host.start("3-host-again", List.of(), List.of(), "", Map.of()), true);
    }

    private static void checkHostBundlesKept() throws IOException {
        BundlesInfo now = host.bundlesInfo();
        List<String> damage = pristine.damageBy(now);
        int foreign = now.entriesNamed(name -> !pristine.bySymbolicName().containsKey(name)).size();
        report("bundles.info", damage, "all " + pristine.size() + " host bundles kept; " + (now.size() - pristine.size())
                + " added, " + foreign + " of them not in the host");
    }

    private static void check(Run run, boolean verdictExpected) throws IOException {
        if (run.verdict() != null) {
            run.verdict().forEach(line -> System.out.println("[install test] " + run.step() + " " + line));
        }
        report(run.step(), run.problems(verdictExpected), "clean (exit " + run.exitCode() + ")");
    }

    private static void report(String step, List<String> problems, String success) {
        if (!problems.isEmpty()) {
            fail(step + " failed:\n  " + String.join("\n  ", problems));
        }
        System.out.println("[install test] " + step + ": " + success);
    }
}
