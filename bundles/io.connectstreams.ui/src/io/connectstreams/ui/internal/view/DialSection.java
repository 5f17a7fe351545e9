/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.connectstreams.api.model.AgentConfiguration;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.Queue;
import io.connectstreams.api.phone.NumberRefusedException;
import io.connectstreams.api.phone.PhoneNumberProblem;
import io.connectstreams.api.phone.PhoneNumberResult;
import io.connectstreams.api.phone.PhoneNumbers;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Dialing;
import io.connectstreams.ui.internal.Messages;

/**
 * The dial field: a number, a Call button (Enter calls too) and, below, the number as it will be called or why the
 * agent may not call it, checked as the agent types with the agent's own rules ({@link Dialing}). The outbound queue
 * (caller ID) picker shows only when the routing profile offers more than one outbound queue; it starts on the
 * default outbound queue. Hidden while signed out.
 */
public final class DialSection {

    private final Composite section;
    private final Text number;
    private final Button call;
    private final Label feedback;
    private final Label queueLabel;
    private final Combo queue;
    private final MessageLine messages;
    private final BiConsumer<String, String> dialer;
    private final List<Queue> queues = new ArrayList<>();
    private AgentConfiguration configuration;

    /**
     * @param parent the view (a grid layout)
     * @param messages where a refusal of the dial command is said
     * @param dialer places the call: the number as typed and the chosen queue's ARN ({@code null}: the default)
     */
    public DialSection(Composite parent, MessageLine messages, BiConsumer<String, String> dialer) {
        this.messages = messages;
        this.dialer = dialer;
        section = new Composite(parent, SWT.NONE);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        section.setLayout(layout);

        Label label = new Label(section, SWT.NONE);
        label.setText(Messages.Dial_label);
        number = new Text(section, SWT.SINGLE | SWT.BORDER);
        number.setData(WidgetIds.KEY, WidgetIds.DIAL_NUMBER);
        number.setMessage(Messages.Dial_hint);
        Accessibility.name(number, Messages.Dial_hint);
        GridData numberLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        numberLayout.widthHint = 100; // grows with the panel instead of widening it
        number.setLayoutData(numberLayout);
        number.addListener(SWT.Modify, event -> check());
        number.addListener(SWT.DefaultSelection, event -> dial());
        call = new Button(section, SWT.PUSH);
        call.setText(Messages.Dial_call);
        call.setToolTipText(Messages.Dial_callTooltip);
        call.setData(WidgetIds.KEY, WidgetIds.DIAL_CALL);
        call.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        call.addListener(SWT.Selection, event -> dial());

        new Label(section, SWT.NONE).setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        feedback = new Label(section, SWT.WRAP);
        feedback.setData(WidgetIds.KEY, WidgetIds.DIAL_FEEDBACK);
        GridData feedbackLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        feedbackLayout.widthHint = 100;
        feedback.setLayoutData(feedbackLayout);
        Accessibility.value(feedback, Messages.Dial_hint);

        queueLabel = new Label(section, SWT.NONE);
        queueLabel.setText(Messages.Dial_queue);
        queueLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        queue = new Combo(section, SWT.READ_ONLY | SWT.DROP_DOWN);
        queue.setData(WidgetIds.KEY, WidgetIds.DIAL_QUEUE);
        queue.setToolTipText(Messages.Dial_queueTooltip);
        Accessibility.name(queue, Messages.Dial_queue);
        queue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        update(null);
    }

    /**
     * @param agent the signed-in agent's snapshot, {@code null} when signed out
     */
    public void update(AgentSnapshot agent) {
        configuration = agent == null ? null : agent.configuration();
        Layouts.show(section, configuration != null);
        List<Queue> offered = configuration == null ? List.of() : Dialing.outboundQueues(configuration);
        if (!offered.equals(queues)) {
            String chosen = chosenQueue();
            queues.clear();
            queues.addAll(offered);
            queue.setItems(offered.stream().map(q -> q.name() == null ? q.queueArn() : q.name())
                    .toArray(String[]::new));
            int index = 0;
            for (int i = 0; i < offered.size(); i++) {
                if (offered.get(i).queueArn().equals(chosen)) {
                    index = i;
                }
            }
            if (!offered.isEmpty()) {
                queue.select(index);
            }
        }
        boolean pick = queues.size() > 1;
        Layouts.show(queueLabel, pick);
        Layouts.show(queue, pick);
        check();
    }

    /**
     * The dial command refused a number: says why in the message line.
     *
     * @param refusal the refusal
     */
    public void refused(NumberRefusedException refusal) {
        messages.error(Messages.Dial_call,
                NLS.bind(Messages.Dial_refused, refusal.number(), Dialing.reason(refusal.problem())));
    }

    private void check() {
        String text = number.getText();
        if (configuration == null) {
            call.setEnabled(false);
            Layouts.text(feedback, ""); //$NON-NLS-1$
            return;
        }
        PhoneNumberResult checked = Dialing.check(text, configuration);
        call.setEnabled(checked.isAccepted());
        String said;
        if (checked.isAccepted()) {
            String home = PhoneNumbers.defaultRegion(configuration).orElse(null);
            said = NLS.bind(Messages.Dial_readable, PhoneNumbers.forDisplay(checked.e164(), home));
        } else {
            // nothing typed yet is no error worth a word
            said = checked.problem() == PhoneNumberProblem.EMPTY ? "" : Dialing.reason(checked.problem()); //$NON-NLS-1$
        }
        Layouts.text(feedback, said);
    }

    private void dial() {
        if (configuration != null && Dialing.check(number.getText(), configuration).isAccepted()) {
            dialer.accept(number.getText(), chosenQueue());
        }
    }

    private String chosenQueue() {
        int index = queue.getSelectionIndex();
        return index < 0 || index >= queues.size() ? null : queues.get(index).queueArn();
    }
}
