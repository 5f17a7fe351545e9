/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.crm;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.event.EventBus;

/**
 * The {@link ScreenPopService} of the demo: a {@link ScreenPop} on the event bus service with the built-in
 * customer directory. Immediate, so calls that arrive before the first screen opens are seen too.
 */
@Component(service = ScreenPopService.class, immediate = true)
public final class ScreenPopComponent implements ScreenPopService {

    @Reference
    private EventBus bus;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    private ScreenPop screenPop;

    @Activate
    void activate() {
        screenPop = new ScreenPop(bus, CustomerDirectory.builtIn(), logger, Clock.systemUTC());
    }

    @Deactivate
    void deactivate() {
        screenPop.close();
    }

    @Override
    public Registration onPop(Consumer<ScreenPopEvent> listener) {
        return screenPop.onPop(listener);
    }

    @Override
    public Optional<ScreenPopEvent> latest() {
        return screenPop.latest();
    }

    @Override
    public Registration onPhase(BiConsumer<String, CallPhase> listener) {
        return screenPop.onPhase(listener);
    }

    @Override
    public Optional<CallPhase> phase(String contactId) {
        return screenPop.phase(contactId);
    }

    @Override
    public CustomerDirectory directory() {
        return screenPop.directory();
    }
}
