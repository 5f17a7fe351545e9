/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.sandbox;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.demo.internal.crm.CustomerDirectory;
import io.connectstreams.sandbox.Sandbox;

/**
 * The demo's contact center: starts an embedded {@link Sandbox} (HTTPS on 127.0.0.1, the demo agents,
 * {@link DemoSandboxSettings}) when the demo bundle starts, writes its {@link SandboxFiles} into the demo's state
 * directory ({@code <workspace>/.metadata/.plugins/io.connectstreams.demo/}, the bundle's data area without a
 * workspace), and offers the Sandbox menu's {@link DemoCalls} and {@link CallTimer}. Deactivation (bundle stop,
 * workbench shutdown) stops the timer and the sandbox with every thread they started, and deletes the connection
 * file.
 */
@Component(service = DemoContactCenter.class, immediate = true)
public final class DemoContactCenter {

    /** The demo bundle's symbolic name, the state directory's name. */
    static final String BUNDLE_ID = "io.connectstreams.demo";

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    @Reference(target = "(type=osgi.instance.area)", cardinality = ReferenceCardinality.OPTIONAL)
    private volatile Location instanceArea;

    private Sandbox sandbox;
    private SandboxFiles files;
    private DemoCalls calls;
    private CallTimer callTimer;

    @Activate
    void activate(BundleContext context) throws IOException {
        DemoSandboxSettings settings = DemoSandboxSettings.from(context::getProperty, logger);
        sandbox = settings.builder().start();
        try {
            files = SandboxFiles.write(stateDirectory(context), sandbox);
        } catch (IOException | RuntimeException e) {
            sandbox.close();
            throw e;
        }
        calls = new DemoCalls(sandbox.control(), CustomerDirectory.builtIn(), new SecureRandom(), DemoAgent.USERNAME);
        callTimer = new CallTimer(calls::callFromRandomCustomer, CallTimer.DEFAULT_MAX_CALLS, logger);
        logger.info("demo sandbox running at {} (connection file {})", sandbox.baseUri(), files.connection());
    }

    @Deactivate
    void deactivate() {
        callTimer.close();
        sandbox.close();
        try {
            files.deleteConnectionFile();
        } catch (IOException e) {
            logger.warn("cannot delete {}", files.connection(), e);
        }
        logger.info("demo sandbox stopped");
    }

    /**
     * @return the running sandbox
     */
    public Sandbox sandbox() {
        return sandbox;
    }

    /**
     * @return the certificate and connection files
     */
    public SandboxFiles files() {
        return files;
    }

    /**
     * @return the calls the Sandbox menu places
     */
    public DemoCalls calls() {
        return calls;
    }

    /**
     * @return "calls on a timer" (from random known customers, at most {@value CallTimer#DEFAULT_MAX_CALLS} a run)
     */
    public CallTimer callTimer() {
        return callTimer;
    }

    private Path stateDirectory(BundleContext context) throws IOException {
        Location location = instanceArea;
        URL url = location == null ? null : location.getURL();
        if (url != null) {
            try {
                return Path.of(URIUtil.toURI(url)).resolve(".metadata").resolve(".plugins").resolve(BUNDLE_ID);
            } catch (URISyntaxException | IllegalArgumentException e) {
                logger.warn("the workspace location {} is not a local directory: using the bundle's data area", url);
            }
        }
        File dataArea = context.getDataFile("");
        if (dataArea == null) {
            throw new IOException("neither a workspace nor a bundle data area to write the sandbox's files to");
        }
        return dataArea.toPath();
    }
}
