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

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactType;
import io.connectstreams.api.model.Reference;
import io.connectstreams.api.model.ReferenceType;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * What a task on the card carries besides its name: its description and its references. A reference of type URL
 * whose address is http or https is a link that opens in the workbench's browser (the system's without a
 * workbench); every other reference, and any other address ({@code file:}, {@code javascript:}), is plain text. The
 * references are rebuilt only when they change.
 */
final class TaskDetails {

    private final ActionRunner actions;
    private final Label description;
    private final Composite references;
    private Map<String, Reference> shown = Map.of();

    /**
     * @param card the card's composite (a one-column grid)
     * @param actions reports a link that cannot be opened
     */
    TaskDetails(Composite card, ActionRunner actions) {
        this.actions = actions;
        description = new Label(card, SWT.WRAP);
        description.setData(WidgetIds.KEY, WidgetIds.CARD_DESCRIPTION);
        Accessibility.value(description, Messages.Task_descriptionAccessibleName);
        GridData descriptionData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        descriptionData.widthHint = 100;
        description.setLayoutData(descriptionData);
        references = new Composite(card, SWT.NONE);
        references.setData(WidgetIds.KEY, WidgetIds.CARD_REFERENCES);
        Accessibility.name(references, Messages.Task_referencesAccessibleName);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        references.setLayout(layout);
        references.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        show(null);
    }

    /**
     * @param contact the card's contact, {@code null} for none; only a task shows anything here
     */
    void show(ContactSnapshot contact) {
        boolean task = contact != null && contact.type() == ContactType.TASK;
        String text = task && contact.description() != null ? contact.description() : ""; //$NON-NLS-1$
        Layouts.text(description, text);
        Layouts.show(description, !text.isEmpty());
        Map<String, Reference> next = task ? contact.references() : Map.of();
        if (!next.equals(shown)) {
            shown = next;
            for (Control old : references.getChildren()) {
                old.dispose();
            }
            next.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> add(entry.getKey(), entry.getValue()));
            references.requestLayout();
        }
        Layouts.show(references, !next.isEmpty());
    }

    private void add(String name, Reference reference) {
        Optional<URI> address = reference.type() == ReferenceType.URL ? webAddress(reference.value())
                : Optional.empty();
        Control row;
        if (address.isPresent()) {
            Link link = new Link(references, SWT.NONE);
            // the address is no markup: the anchor has no href, the link opens the address it was checked as
            link.setText("<a>" + markupFree(name) + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
            link.setToolTipText(address.get().toString());
            Accessibility.name(link, NLS.bind(Messages.Task_linkTooltip, name));
            link.addListener(SWT.Selection, event -> open(address.get()));
            row = link;
        } else {
            Label label = new Label(references, SWT.WRAP);
            label.setText(NLS.bind(Messages.Task_referenceText, name,
                    reference.value() == null ? "" : reference.value()).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            row = label;
        }
        row.setData(WidgetIds.KEY, WidgetIds.reference(name));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 100;
        row.setLayoutData(data);
    }

    /**
     * @param value a URL reference's value
     * @return the address when it is an absolute http or https URL with a host, else empty
     */
    static Optional<URI> webAddress(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
            boolean web = scheme.equals("http") || scheme.equals("https"); //$NON-NLS-1$ //$NON-NLS-2$
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    // a Link's text is markup: a name must not open or close an anchor, and & is a mnemonic
    private static String markupFree(String name) {
        return name.replace("&", "&&").replace('<', '\u2039').replace('>', '\u203A'); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void open(URI address) {
        try {
            if (PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(address.toURL());
            } else {
                Program.launch(address.toString());
            }
        } catch (PartInitException | MalformedURLException e) {
            actions.run(Messages.Task_openFailed, () -> CompletableFuture.failedFuture(e));
        }
    }
}
