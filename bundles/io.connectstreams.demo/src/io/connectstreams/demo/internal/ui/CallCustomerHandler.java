/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.demo.internal.ui;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.statushandlers.StatusManager;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Streams;
import io.connectstreams.api.phone.PhoneNumberResult;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.demo.internal.Messages;
import io.connectstreams.demo.internal.crm.Customer;
import io.connectstreams.ui.AgentCommands;

/**
 * Call (the customer list's context menu): the agent calls the selected customer. The CRM checks the number with
 * the agent's rules first ({@link PhoneNumbers#toDialable}) and says why it will not call a refused one; an accepted
 * number goes to the agent view's dial command ({@link AgentCommands#DIAL}), as any CRM would dial.
 */
public final class CallCustomerHandler extends AbstractHandler {

    private static final String BUNDLE_ID = "io.connectstreams.demo"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof Customer customer)) {
            return null;
        }
        try (ServiceHandle<Streams> streams = ServiceHandle.of(Streams.class)) {
            Agent agent = streams.get().currentAgent().orElse(null);
            if (agent == null) {
                SandboxCommandHandler.report(event, Messages.Dial_signInFirst);
                return null;
            }
            PhoneNumberResult number = PhoneNumbers.toDialable(customer.phone(), agent.getConfiguration());
            if (!number.isAccepted()) {
                String why = NLS.bind(Messages.Dial_refused, Labels.customer(customer), PhoneNumbers.explain(number));
                SandboxCommandHandler.report(event, why);
                StatusManager.getManager().handle(new Status(Status.WARNING, BUNDLE_ID, why), StatusManager.LOG);
                return null;
            }
            dial(event, number.e164());
            SandboxCommandHandler.report(event, NLS.bind(Messages.Dial_calling, Labels.customer(customer)));
        } catch (CommandException | RuntimeException e) {
            Errors.show(Messages.Dial_failed, e);
        }
        return null;
    }

    private static void dial(ExecutionEvent event, String e164) throws CommandException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);
        ParameterizedCommand dial = ParameterizedCommand.generateCommand(commands.getCommand(AgentCommands.DIAL),
                Map.of(AgentCommands.DIAL_NUMBER, e164));
        handlers.executeCommand(dial, null);
    }
}
