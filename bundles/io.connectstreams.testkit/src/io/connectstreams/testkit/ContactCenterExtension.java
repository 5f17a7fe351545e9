/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.connectstreams.api.Streams;
import io.connectstreams.sandbox.Sandbox;
import io.connectstreams.testkit.internal.StreamsLocator;

/**
 * A JUnit 5 extension that gives each test a {@link ContactCenter}: before the test it starts a sandbox on an
 * ephemeral loopback port over HTTPS (its generated certificate trusted explicitly, verification never off), signs
 * an agent in through the real {@link Streams} service and makes it {@code Available}; after the test it signs out
 * and stops the sandbox. A test method or constructor declares a {@code ContactCenter} parameter to receive it.
 *
 * <pre>
 * &#64;ExtendWith(ContactCenterExtension.class) // agent jane, Available
 * class ScreenPopTest {
 *     &#64;Test
 *     void popsTheCaller(ContactCenter center) {
 *         CustomerContact call = center.customerCalls("+14255550100");
 *         assertEquals("+14255550100", call.awaitRinging().getCustomerEndpoint().phoneNumber());
 *     }
 * }
 * </pre>
 *
 * Or configured, in a field: {@code @RegisterExtension static ContactCenterExtension center =
 * ContactCenterExtension.builder().agent("john").ringTimeout(Duration.ofSeconds(2)).build();}
 * <p>
 * The Streams service comes from the OSGi service registry (the worker's component) inside a framework, from
 * {@link java.util.ServiceLoader} on a plain class path, or from {@link Builder#streams(Supplier)}.
 */
public final class ContactCenterExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ContactCenterExtension.class);

    private final Builder settings;

    /**
     * The defaults: agent {@code jane}, {@code Available}, the sandbox's defaults, waits of at most 20 s.
     */
    public ContactCenterExtension() {
        this(new Builder());
    }

    private ContactCenterExtension(Builder settings) {
        this.settings = settings;
    }

    /**
     * @return a builder with the defaults of {@link #ContactCenterExtension()}
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Sandbox.Builder sandbox = Sandbox.builder().port(0);
        settings.sandbox.accept(sandbox);
        Streams streams = settings.streams != null ? settings.streams.get() : StreamsLocator.find(settings.timeout);
        String password = settings.password != null ? settings.password : settings.agent + "-sandbox";
        ContactCenter center = ContactCenter.start(sandbox, streams, settings.agent, password, settings.timeout);
        context.getStore(NAMESPACE).put(ContactCenter.class, center);
        if (settings.available) {
            try {
                center.agentGoes("Available");
            } catch (RuntimeException | Error e) {
                center.close();
                throw e;
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ContactCenter center = context.getStore(NAMESPACE).remove(ContactCenter.class, ContactCenter.class);
        if (center != null) {
            center.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ContactCenter.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ContactCenter center = context.getStore(NAMESPACE).get(ContactCenter.class, ContactCenter.class);
        if (center == null) {
            throw new ParameterResolutionException("a ContactCenter exists only around a test method (before"
                    + " each test), not for " + context.getDisplayName());
        }
        return center;
    }

    /**
     * The extension's settings.
     */
    public static final class Builder {

        private String agent = "jane";
        private String password;
        private boolean available = true;
        private Duration timeout = Duration.ofSeconds(20);
        private Consumer<Sandbox.Builder> sandbox = builder -> {
            // the sandbox's defaults
        };
        private Supplier<Streams> streams;

        private Builder() {
        }

        /**
         * @param username the agent to sign in, one of the sandbox's (password {@code <username>-sandbox});
         *            default {@code jane}
         * @return this
         */
        public Builder agent(String username) {
            this.agent = Objects.requireNonNull(username, "username");
            return this;
        }

        /**
         * @param username an agent added to the sandbox ({@code sandbox(b -> b.agent(AgentSpec.of(...)))}, which
         *            replaces the demo agents)
         * @param password its password
         * @return this
         */
        public Builder agent(String username, String password) {
            this.agent = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * @param value whether the agent goes {@code Available} before the test (default), or stays as signed in
         * @return this
         */
        public Builder available(boolean value) {
            this.available = value;
            return this;
        }

        /**
         * @param value how long any wait may take (default 20 s)
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value, "timeout");
            return this;
        }

        /**
         * @param value how long an offered contact rings before it is missed (the sandbox's default is 30 s)
         * @return this
         */
        public Builder ringTimeout(Duration value) {
            return sandbox(builder -> builder.ringTimeout(value));
        }

        /**
         * Dialed customers (callbacks, outbound calls) answer only when the test says so
         * ({@link CustomerContact#answer()}).
         *
         * @return this
         */
        public Builder calleesAnswerManually() {
            return sandbox(Sandbox.Builder::calleesAnswerManually);
        }

        /**
         * @param customizer changes the sandbox's settings (agents, queues, lifetimes); runs after the kit's own
         * @return this
         */
        public Builder sandbox(Consumer<Sandbox.Builder> customizer) {
            this.sandbox = this.sandbox.andThen(customizer);
            return this;
        }

        /**
         * @param value supplies the Streams service instead of the registry or {@link java.util.ServiceLoader}
         * @return this
         */
        public Builder streams(Supplier<Streams> value) {
            this.streams = Objects.requireNonNull(value, "streams");
            return this;
        }

        /**
         * @return the extension
         */
        public ContactCenterExtension build() {
            Builder copy = new Builder();
            copy.agent = agent;
            copy.password = password;
            copy.available = available;
            copy.timeout = timeout;
            copy.sandbox = sandbox;
            copy.streams = streams;
            return new ContactCenterExtension(copy);
        }
    }
}
