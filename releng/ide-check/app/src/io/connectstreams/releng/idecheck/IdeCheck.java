/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.releng.idecheck;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jdt.core.IJavaElement;
import org.eclipse.jdt.core.IPackageFragment;
import org.eclipse.jdt.core.IPackageFragmentRoot;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.launching.IVMInstall;
import org.eclipse.jdt.launching.IVMInstallType;
import org.eclipse.jdt.launching.JavaRuntime;
import org.eclipse.jdt.launching.VMStandin;
import org.eclipse.pde.core.target.ITargetDefinition;
import org.eclipse.pde.core.target.ITargetLocation;
import org.eclipse.pde.core.target.ITargetPlatformService;
import org.eclipse.pde.core.target.LoadTargetDefinitionJob;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * What a developer does in a fresh Eclipse IDE workspace, headless: installs the JDK, sets the target platform,
 * imports every project of the repository ("Existing Projects into Workspace", nested projects), builds them all
 * and reads the Problems view. Prints the problems per project and exits with 1 when there is an error.
 * <p>
 * Arguments: {@code -repo DIR} (the projects), {@code -target DIR} (the target platform's bundles, a directory
 * location), {@code -jdk DIR} (the JDK 17 the projects' JavaSE-17 container binds to).
 */
public class IdeCheck implements IApplication {

    private static final String STANDARD_VM_TYPE = "org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType";

    /** Builds and indexes run in jobs; a build that has not settled by then is reported as it is. */
    private static final long SETTLE_MILLIS = 600_000;

    private final IProgressMonitor monitor = new NullProgressMonitor();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Map<String, String> args = arguments(
                (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IWorkspaceDescription description = workspace.getDescription();
        description.setAutoBuilding(false); // one full build, after everything is in place
        workspace.setDescription(description);

        installJdk(new File(args.get("-jdk")));
        setTargetPlatform(args.get("-target"));
        int imported = importProjects(Paths.get(args.get("-repo")));
        System.out.println("Imported projects: " + imported);
        settle();
        workspace.build(IncrementalProjectBuilder.CLEAN_BUILD, monitor);
        workspace.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
        settle();

        int errors = report(workspace);
        workspace.save(true, monitor);
        System.out.println(errors == 0 ? "IDE check: no error" : "IDE check: " + errors + " error(s)");
        return errors == 0 ? IApplication.EXIT_OK : Integer.valueOf(1);
    }

    private static Map<String, String> arguments(String[] args) {
        Map<String, String> result = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            result.put(args[i], args[i + 1]);
        }
        for (String required : List.of("-repo", "-target", "-jdk")) {
            if (!result.containsKey(required)) {
                throw new IllegalArgumentException("missing argument " + required);
            }
        }
        return result;
    }

    private void installJdk(File home) throws CoreException {
        IVMInstallType type = JavaRuntime.getVMInstallType(STANDARD_VM_TYPE);
        VMStandin standin = new VMStandin(type, "ide-check-jdk");
        standin.setName("JDK " + home.getName());
        standin.setInstallLocation(home);
        IVMInstall jdk = standin.convertToRealVM();
        JavaRuntime.setDefaultVMInstall(jdk, monitor);
        System.out.println("JDK: " + home);
    }

    private void setTargetPlatform(String bundles) throws CoreException, InterruptedException {
        BundleContext pde = FrameworkUtil.getBundle(ITargetPlatformService.class).getBundleContext();
        ServiceReference<ITargetPlatformService> reference = pde.getServiceReference(ITargetPlatformService.class);
        ITargetPlatformService service = pde.getService(reference);
        try {
            ITargetDefinition target = service.newTarget();
            target.setName("io.connectstreams target platform (its bundles as a directory)");
            target.setTargetLocations(new ITargetLocation[] { service.newDirectoryLocation(bundles) });
            IStatus status = target.resolve(monitor);
            System.out.println("Target platform: " + target.getBundles().length + " bundles, " + status.getMessage());
            service.saveTargetDefinition(target);
            new LoadTargetDefinitionJob(target).runInWorkspace(monitor);
            settle();
        } finally {
            pde.ungetService(reference);
        }
    }

    private int importProjects(Path repository) throws IOException, CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        List<Path> descriptions;
        try (Stream<Path> files = Files.walk(repository)) {
            descriptions = files.filter(file -> file.getFileName().toString().equals(".project"))
                    .filter(file -> !isBuildOutput(repository.relativize(file))).sorted().toList();
        }
        for (Path file : descriptions) {
            IProjectDescription project = workspace.loadProjectDescription(IPath.fromOSString(file.toString()));
            IProject handle = workspace.getRoot().getProject(project.getName());
            handle.create(project, monitor);
            handle.open(monitor);
        }
        return descriptions.size();
    }

    /** Maven's target folders hold copies of project files, never projects. */
    private static boolean isBuildOutput(Path path) {
        for (Path segment : path) {
            if (segment.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    private static int report(IWorkspace workspace) throws CoreException {
        int errors = 0;
        List<IProject> projects = Arrays.stream(workspace.getRoot().getProjects())
                .sorted(Comparator.comparing(IProject::getName)).toList();
        for (IProject project : projects) {
            IMarker[] problems = project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
            int[] bySeverity = new int[3];
            for (IMarker problem : problems) {
                bySeverity[problem.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)]++;
            }
            errors += bySeverity[IMarker.SEVERITY_ERROR];
            System.out.printf("%-36s %4d Java files  %3d errors  %3d warnings  %3d infos%n", project.getName(),
                    javaFiles(project), bySeverity[IMarker.SEVERITY_ERROR], bySeverity[IMarker.SEVERITY_WARNING],
                    bySeverity[IMarker.SEVERITY_INFO]);
            for (IMarker problem : problems) {
                int severity = problem.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                System.out.printf("    %s %s:%d %s%n", severity == IMarker.SEVERITY_ERROR ? "error"
                        : severity == IMarker.SEVERITY_WARNING ? "warning" : "info",
                        problem.getResource().getProjectRelativePath(), problem.getAttribute(IMarker.LINE_NUMBER, 0),
                        problem.getAttribute(IMarker.MESSAGE, ""));
            }
        }
        return errors;
    }

    private static int javaFiles(IProject project) throws CoreException {
        if (!project.hasNature(JavaCore.NATURE_ID)) {
            return 0;
        }
        int count = 0;
        for (IPackageFragmentRoot root : JavaCore.create(project).getPackageFragmentRoots()) {
            if (root.getKind() == IPackageFragmentRoot.K_SOURCE) {
                for (IJavaElement fragment : root.getChildren()) {
                    count += ((IPackageFragment) fragment).getCompilationUnits().length;
                }
            }
        }
        return count;
    }

    /** Waits until no job runs: PDE computes the plug-in classpaths, JDT builds and indexes in jobs. */
    private static void settle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        do {
            Thread.sleep(500);
        } while (!Job.getJobManager().isIdle() && System.currentTimeMillis() < deadline);
    }

    @Override
    public void stop() {
        // runs to its end
    }
}
