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

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.calllog.CallLogEntry;
import io.connectstreams.api.calllog.CallLogQuery;
import io.connectstreams.api.event.Subscription;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;
import io.connectstreams.ui.internal.session.Jobs;

/**
 * The call log: the latest entries of the {@link CallLog} service, filtered by a text (number, name or queue),
 * sortable by any column, with the details of an entry on double-click and an export to CSV. Queries and the export
 * run as jobs; changes of the log ({@code CallLog.onChange}, on the recording thread) refresh the table on the UI
 * thread, coalesced. Columns are sized to their content and header; a narrow part scrolls the table sideways. The
 * talk time of a call under way ticks every second.
 */
public final class CallLogSection {

    /** How many entries the table shows at most (the newest). */
    public static final int LIMIT = 500;
    /** Typing in the filter queries once the user pauses this long. */
    private static final int FILTER_DELAY_MILLIS = 150;
    /** The talk time of a call under way is redrawn this often. */
    private static final int TICK_MILLIS = 1000;
    /** The table's own preferred width: small, so that a narrow part scrolls the table instead of clipping it. */
    private static final int TABLE_WIDTH_HINT = 100;

    private final ActionRunner actions;
    private final Display display;
    private final Text filter;
    private final Button export;
    private final Label unavailable;
    private final TableViewer viewer;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final Runnable delayedQuery = this::query;
    private final Runnable tick = this::tick;
    private boolean ticking;
    private CallLog callLog;
    private Subscription changes;
    private boolean queryRunning;
    private boolean queryAgain;
    private Function<Shell, String> fileChooser = CallLogSection::chooseFile;

    /**
     * @param parent the view
     * @param actions reports failures and runs on the UI thread
     */
    public CallLogSection(Composite parent, ActionRunner actions) {
        this.actions = actions;
        this.display = parent.getDisplay();
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.CallLog_title);
        group.setLayout(new GridLayout(3, false));

        filter = new Text(group, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        filter.setMessage(Messages.CallLog_filter);
        filter.setToolTipText(Messages.CallLog_filterTooltip);
        filter.setData(WidgetIds.KEY, WidgetIds.CALL_LOG_FILTER);
        Accessibility.name(filter, Messages.CallLog_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, event -> {
            filter.getDisplay().timerExec(-1, delayedQuery);
            filter.getDisplay().timerExec(FILTER_DELAY_MILLIS, delayedQuery);
        });

        unavailable = new Label(group, SWT.NONE);
        unavailable.setText(Messages.CallLog_unavailable);
        unavailable.setData(WidgetIds.KEY, WidgetIds.CALL_LOG_UNAVAILABLE);
        unavailable.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));

        export = new Button(group, SWT.PUSH);
        export.setText(Messages.CallLog_export);
        export.setToolTipText(Messages.CallLog_exportTooltip);
        export.setData(WidgetIds.KEY, WidgetIds.CALL_LOG_EXPORT);
        Accessibility.text(export);
        export.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        export.addListener(SWT.Selection, event -> exportCsv());

        viewer = new TableViewer(group, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        tableLayout.widthHint = TABLE_WIDTH_HINT;
        viewer.getTable().setLayoutData(tableLayout);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.CALL_LOG);
        Accessibility.name(viewer.getTable(), Messages.CallLog_title);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnSorter sorter = new ColumnSorter();
        viewer.setComparator(sorter);
        for (CallLogColumns.Column column : CallLogColumns.ALL) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
            TableColumn tableColumn = viewerColumn.getColumn();
            tableColumn.setText(column.title());
            tableColumn.setData(column);
            tableColumn.setData(WidgetIds.KEY, column.id());
            tableColumn.setMoveable(false);
            tableColumn.addListener(SWT.Selection, event -> sorter.sortBy(tableColumn));
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply((CallLogEntry) element);
                }
            });
        }
        sorter.sortBy(viewer.getTable().getColumn(0));
        viewer.addDoubleClickListener(event -> {
            Object entry = viewer.getStructuredSelection().getFirstElement();
            if (entry != null) {
                new CallDetailsDialog(viewer.getControl().getShell(), (CallLogEntry) entry).open();
            }
        });
        show(List.of());
        setCallLog(null);
    }

    /**
     * @return the section's outermost control
     */
    public Composite control() {
        return viewer.getTable().getParent();
    }

    /**
     * Follows another call-log service (or none), on the UI thread.
     *
     * @param log the service, {@code null} when there is none
     */
    public void setCallLog(CallLog log) {
        if (changes != null) {
            changes.close();
            changes = null;
        }
        callLog = log;
        Layouts.show(unavailable, log == null);
        filter.setEnabled(log != null);
        export.setEnabled(log != null);
        if (log == null) {
            show(List.of());
            return;
        }
        changes = log.onChange(entry -> {
            if (refreshPending.compareAndSet(false, true)) {
                actions.ui(() -> {
                    refreshPending.set(false);
                    query();
                });
            }
        });
        query();
    }

    /**
     * Replaces the file dialog of the export (an embedder's own chooser, or a test's).
     *
     * @param chooser gives the file to write, {@code null} to cancel
     */
    public void setFileChooser(Function<Shell, String> chooser) {
        this.fileChooser = chooser;
    }

    /** Stops following the call log and the clock. */
    public void dispose() {
        if (changes != null) {
            changes.close();
            changes = null;
        }
        // the controls may be disposed already: only the display may be used
        if (ticking && !display.isDisposed()) {
            display.timerExec(-1, tick);
        }
        ticking = false;
    }

    private void show(List<CallLogEntry> entries) {
        viewer.setInput(entries);
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.pack(); // content and header, so no header is cut
        }
        if (!ticking && entries.stream().anyMatch(CallLogColumns::isTicking)) {
            ticking = true;
            display.timerExec(TICK_MILLIS, tick);
        }
    }

    // redraws the talk time of the calls under way; stops when none is shown
    private void tick() {
        ticking = false;
        if (viewer.getControl().isDisposed() || !(viewer.getInput() instanceof List<?> entries)) {
            return;
        }
        Object[] under = entries.stream().filter(e -> CallLogColumns.isTicking((CallLogEntry) e)).toArray();
        if (under.length > 0) {
            viewer.update(under, null);
            ticking = true;
            display.timerExec(TICK_MILLIS, tick);
        }
    }

    private void query() {
        CallLog log = callLog;
        if (log == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (queryRunning) {
            queryAgain = true;
            return;
        }
        queryRunning = true;
        CallLogQuery query = new CallLogQuery(null, null, filter.getText().trim(), Set.of(), LIMIT);
        Jobs.run(Messages.CallLog_queryJob, monitor -> log.query(query))
                .whenComplete((entries, failure) -> actions.ui(() -> {
                    queryRunning = false;
                    if (failure != null) {
                        actions.report(Messages.CallLog_title, ActionRunner.unwrap(failure));
                    } else if (log == callLog && !viewer.getControl().isDisposed()) {
                        show(entries);
                    }
                    if (queryAgain) {
                        queryAgain = false;
                        query();
                    }
                }));
    }

    private void exportCsv() {
        CallLog log = callLog;
        String file = log == null ? null : fileChooser.apply(viewer.getControl().getShell());
        if (file == null) {
            return;
        }
        Path target = Path.of(file);
        CallLogQuery query = new CallLogQuery(null, null, filter.getText().trim(), Set.of(), 0);
        actions.run(Messages.CallLog_export, () -> Jobs.run(Messages.CallLog_exportJob, monitor -> {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                log.exportCsv(query, out);
            }
            return target;
        }).thenAccept(written -> actions.ui(() -> actions.info(NLS.bind(Messages.CallLog_exported, written)))));
    }

    private static String chooseFile(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.CallLog_exportTitle);
        dialog.setFilterExtensions(new String[] { "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName("call-log.csv"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        return dialog.open();
    }

    /** Sorts by the clicked column; a second click reverses. */
    private final class ColumnSorter extends ViewerComparator {
        private TableColumn column;
        private boolean descending;

        void sortBy(TableColumn clicked) {
            // the start column sorts newest first the first time, as the log reads
            descending = clicked == column ? !descending : clicked == viewer.getTable().getColumn(0);
            column = clicked;
            viewer.getTable().setSortColumn(clicked);
            viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            viewer.refresh();
        }

        @Override
        public int compare(Viewer unused, Object left, Object right) {
            CallLogColumns.Column sorted = (CallLogColumns.Column) column.getData();
            int order = sorted.order().compare((CallLogEntry) left, (CallLogEntry) right);
            return descending ? -order : order;
        }
    }
}
