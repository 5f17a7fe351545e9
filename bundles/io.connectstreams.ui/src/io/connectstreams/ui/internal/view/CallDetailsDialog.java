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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallQualitySummary;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * Every field of one call-log entry, read-only (texts a screen reader reaches and the user can copy). Opens without
 * blocking the caller.
 */
public final class CallDetailsDialog extends Dialog {

    private final CallLogEntry entry;

    /**
     * @param parent the view's shell
     * @param entry the entry to show
     */
    public CallDetailsDialog(Shell parent, CallLogEntry entry) {
        super(parent);
        this.entry = entry;
        setBlockOnOpen(false);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.CallDetails_title);
        shell.setData(WidgetIds.KEY, WidgetIds.CALL_DETAILS);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayout(new GridLayout(2, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (Map.Entry<String, String> field : fields().entrySet()) {
            Label label = new Label(fields, SWT.NONE);
            label.setText(NLS.bind(Messages.CallDetails_field, field.getKey()));
            // the wrap-up's notes may have several lines
            boolean lines = field.getValue().indexOf('\n') >= 0;
            Text value = new Text(fields, lines ? SWT.READ_ONLY | SWT.MULTI | SWT.WRAP : SWT.READ_ONLY);
            value.setText(field.getValue());
            value.setData(WidgetIds.KEY, WidgetIds.CALL_DETAILS_FIELD);
            Accessibility.name(value, field.getKey());
            GridData valueData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            valueData.widthHint = lines ? 300 : SWT.DEFAULT;
            value.setLayoutData(valueData);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(Messages.CallDetails_contactId, entry.contactId());
        fields.put(Messages.CallLog_direction, CallLogColumns.direction(entry));
        fields.put(Messages.CallDetails_type, entry.contactType() == null ? "" : entry.contactType().wireValue()); //$NON-NLS-1$
        fields.put(Messages.CallLog_number, nullToEmpty(entry.number()));
        fields.put(Messages.CallLog_name, nullToEmpty(entry.endpointName()));
        fields.put(Messages.CallLog_queue, nullToEmpty(entry.queueName()));
        fields.put(Messages.CallLog_start, CallLogColumns.time(entry.start()));
        fields.put(Messages.CallDetails_answer, CallLogColumns.time(entry.answer()));
        fields.put(Messages.CallDetails_end, CallLogColumns.time(entry.end()));
        fields.put(Messages.CallDetails_ring, Durations.clock(entry.ringDuration()));
        fields.put(Messages.CallLog_talk, Durations.clock(CallLogColumns.talk(entry, Instant.now())));
        fields.put(Messages.CallDetails_hold, NLS.bind(Messages.CallDetails_holdValue,
                Durations.clock(entry.holdDuration()), entry.holdCount()));
        fields.put(Messages.CallDetails_afterCallWork, Durations.clock(entry.afterCallWorkDuration()));
        fields.put(Messages.CallLog_outcome, CallLogColumns.outcome(entry.outcome()));
        fields.put(Messages.CallDetails_muteCount, Integer.toString(entry.muteCount()));
        fields.put(Messages.CallDetails_quality, quality(entry.quality()));
        fields.put(Messages.WrapUp_disposition, nullToEmpty(entry.disposition()));
        fields.put(Messages.WrapUp_notes, nullToEmpty(entry.notes()));
        return fields;
    }

    private static String quality(CallQualitySummary quality) {
        if (quality == null || quality.samples() == 0) {
            return Messages.CallDetails_noQuality;
        }
        return NLS.bind(Messages.CallDetails_qualityValue, new Object[] {
                String.format("%.1f", quality.packetLossPercent()), //$NON-NLS-1$
                String.format("%.0f", quality.averageJitterMillis()), //$NON-NLS-1$
                quality.averageRoundTripMillis() < 0 ? "-" //$NON-NLS-1$
                        : String.format("%.0f", quality.averageRoundTripMillis()), //$NON-NLS-1$
                quality.samples() });
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
