/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.sandbox.internal.boot;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The {@code Main-Class} of the sandbox bundle's jar, so that {@code java -jar io.connectstreams.sandbox_*.jar}
 * works in a folder of plug-ins (an update site's or a product's {@code plugins/}). It uses only JDK classes: it
 * finds the jars the sandbox needs next to its own jar by their {@code Bundle-SymbolicName} (the newest version of
 * each), puts them on a new class loader, and runs the real main there.
 */
public final class Launcher {

    /** The class the launcher runs. */
    static final String MAIN = "io.connectstreams.sandbox.internal.cli.SandboxMain";

    /** Bundles the sandbox cannot run without. */
    static final List<String> REQUIRED = List.of("io.connectstreams.sandbox", "io.connectstreams.api",
            "com.google.gson", "bcprov", "bcpkix", "bcutil", "slf4j.api", "slf4j.jdk14", "org.eclipse.jetty.util",
            "org.eclipse.jetty.io", "org.eclipse.jetty.http", "org.eclipse.jetty.server",
            "org.eclipse.jetty.websocket.api", "org.eclipse.jetty.websocket.common",
            "org.eclipse.jetty.websocket.server", "org.eclipse.jetty.websocket.core.common",
            "org.eclipse.jetty.websocket.core.server");

    /** Bundles used when present (the caller side's WebRTC media): webrtc-java and this platform's natives. */
    static final List<String> OPTIONAL = List.of("dev.onvoid.webrtc", "dev.onvoid.webrtc." + nativePlatform());

    private Launcher() {
    }

    /**
     * @param args passed to the sandbox's command line
     */
    public static void main(String[] args) {
        try {
            Path folder = ownJar().getParent();
            List<URL> urls = classPath(folder);
            URLClassLoader loader = new URLClassLoader("cs-sandbox", urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Method main = loader.loadClass(MAIN).getMethod("main", String[].class);
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            System.err.println("sandbox: " + cause);
            System.exit(1);
        } catch (LaunchException | ReflectiveOperationException e) {
            System.err.println("sandbox: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * @param folder a folder of jars
     * @return the class path: the newest jar of every required and optional bundle found there
     * @throws LaunchException when a required bundle is missing
     */
    static List<URL> classPath(Path folder) throws LaunchException {
        Map<String, Candidate> newest = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : (Iterable<Path>) files.filter(file -> file.toString().endsWith(".jar"))::iterator) {
                symbolicName(jar).ifPresent(candidate -> newest.merge(candidate.name, candidate,
                        (a, b) -> Version.parse(a.version).compareTo(Version.parse(b.version)) >= 0 ? a : b));
            }
        } catch (IOException e) {
            throw new LaunchException("cannot list " + folder + ": " + e.getMessage());
        }
        List<String> missing = REQUIRED.stream().filter(name -> !newest.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new LaunchException("these bundles are missing next to the sandbox jar in " + folder + ": "
                    + String.join(", ", missing));
        }
        List<URL> urls = new ArrayList<>();
        for (String name : REQUIRED) {
            urls.add(url(newest.get(name).jar));
        }
        for (String name : OPTIONAL) {
            if (newest.containsKey(name)) {
                urls.add(url(newest.get(name).jar));
            }
        }
        return urls;
    }

    /**
     * @return the platform part of the name of webrtc-java's native fragment for this JVM, as the update site names
     *         them: {@code linux.x86_64}, {@code linux.aarch64}, {@code windows.x86_64}, {@code macos.x86_64},
     *         {@code macos.aarch64}
     */
    static String nativePlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : "linux";
        return system + (arch.equals("aarch64") || arch.equals("arm64") ? ".aarch64" : ".x86_64");
    }

    private static Optional<Candidate> symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return Optional.empty();
            }
            Attributes attributes = manifest.getMainAttributes();
            String name = attributes.getValue("Bundle-SymbolicName");
            if (name == null) {
                return Optional.empty();
            }
            int semicolon = name.indexOf(';');
            String version = attributes.getValue("Bundle-Version");
            return Optional.of(new Candidate((semicolon < 0 ? name : name.substring(0, semicolon)).trim(),
                    version == null ? "0" : version.trim(), jar));
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // not a readable jar: not a candidate
        }
    }

    private static Path ownJar() throws LaunchException {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new LaunchException("the launcher runs from " + location + ", not from the sandbox jar");
            }
            return location;
        } catch (URISyntaxException | SecurityException e) {
            throw new LaunchException("cannot find the sandbox jar: " + e.getMessage());
        }
    }

    private static URL url(Path jar) throws LaunchException {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new LaunchException("bad jar path " + jar + ": " + e.getMessage());
        }
    }

    private record Candidate(String name, String version, Path jar) {
    }

    /** A launch that cannot proceed, with a message for the user. */
    static final class LaunchException extends Exception {

        private static final long serialVersionUID = 1L;

        LaunchException(String message) {
            super(message);
        }
    }
}
