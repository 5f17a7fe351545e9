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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.model.ContactStateType;
import io.connectstreams.api.wrapup.DispositionCode;
import io.connectstreams.api.wrapup.WrapUp;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.ui.internal.Messages;

/**
 * The wrap-up form on the card while its contact is in after-call work: a disposition chosen from the host's codes
 * ({@code DispositionCodes}; the choice is hidden when there are none) and free-text notes (at most
 * {@value WrapUp#MAX_NOTES_LENGTH} characters). Clear saves them ({@link #current}). What the agent typed is kept
 * per contact while it is on the card or in the list, so choosing another contact loses nothing.
 */
public final class WrapUpForm {

    private final Composite form;
    private final Label dispositionLabel;
    private final Combo disposition;
    private final Text notes;
    private final Function<ContactSnapshot, List<DispositionCode>> codesFor;
    private final BiConsumer<String, WrapUp> saver;
    private final Map<String, WrapUp> drafts = new HashMap<>();
    private List<DispositionCode> codes = List.of();
    private String contactId;

    /**
     * @param card the card's composite (a one-column grid)
     * @param codesFor the host's disposition codes for a contact, empty when it has none; never throws
     * @param saver keeps a contact's wrap-up (the call log); called on the view's action thread
     */
    public WrapUpForm(Composite card, Function<ContactSnapshot, List<DispositionCode>> codesFor,
            BiConsumer<String, WrapUp> saver) {
        this.codesFor = Objects.requireNonNull(codesFor, "codesFor");
        this.saver = Objects.requireNonNull(saver, "saver");
        form = new Composite(card, SWT.NONE);
        form.setData(WidgetIds.KEY, WidgetIds.WRAP_UP);
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        form.setLayout(layout);
        Accessibility.name(form, Messages.WrapUp_title);

        Label title = new Label(form, SWT.NONE);
        title.setText(Messages.WrapUp_title);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        dispositionLabel = new Label(form, SWT.NONE);
        dispositionLabel.setText(Messages.WrapUp_disposition);
        dispositionLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        disposition = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        disposition.setData(WidgetIds.KEY, WidgetIds.WRAP_UP_DISPOSITION);
        disposition.setToolTipText(Messages.WrapUp_dispositionTooltip);
        disposition.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Accessibility.name(disposition, Messages.WrapUp_disposition);

        Label notesLabel = new Label(form, SWT.NONE);
        notesLabel.setText(Messages.WrapUp_notes);
        notesLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        notes = new Text(form, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
        notes.setData(WidgetIds.KEY, WidgetIds.WRAP_UP_NOTES);
        notes.setTextLimit(WrapUp.MAX_NOTES_LENGTH);
        notes.setToolTipText(Messages.WrapUp_notesTooltip);
        Accessibility.name(notes, Messages.WrapUp_notes);
        GridData notesData = new GridData(SWT.FILL, SWT.TOP, true, false);
        notesData.heightHint = notes.getLineHeight() * 3;
        notesData.widthHint = 160; // wraps at the panel's width instead of widening it
        notes.setLayoutData(notesData);
        show(null, Set.of());
    }

    /**
     * @param contact the card's contact, {@code null} for none; the form shows while it is in after-call work
     *            ({@code ended}), not for a missed, rejected or failed offer the agent only dismisses
     * @param listed the contacts the agent still has: drafts of others are dropped
     */
    public void show(ContactSnapshot contact, Set<String> listed) {
        boolean wrapping = contact != null && contact.state().type() == ContactStateType.ENDED;
        String next = wrapping ? contact.contactId() : null;
        if (!Objects.equals(next, contactId)) {
            if (contactId != null) {
                drafts.put(contactId, current());
            }
            contactId = next;
            if (next != null) {
                codes = List.copyOf(codesFor.apply(contact));
                fill(drafts.getOrDefault(next, WrapUp.NONE));
            }
        }
        drafts.keySet().retainAll(listed);
        Layouts.show(form, wrapping);
        Layouts.show(dispositionLabel, wrapping && !codes.isEmpty());
        Layouts.show(disposition, wrapping && !codes.isEmpty());
    }

    /**
     * @return what the agent recorded for the contact on the card
     */
    public WrapUp current() {
        int chosen = disposition.getSelectionIndex();
        String code = chosen > 0 && chosen <= codes.size() ? codes.get(chosen - 1).code() : null;
        return new WrapUp(code, notes.getText());
    }

    /**
     * Saves a wrap-up (before the contact is cleared); on any thread.
     *
     * @param wrappedUp the contact
     * @param recorded what the agent recorded ({@link #current}, read on the UI thread); nothing is saved when empty
     */
    public void save(String wrappedUp, WrapUp recorded) {
        if (!recorded.isEmpty()) {
            saver.accept(wrappedUp, recorded);
        }
    }

    private void fill(WrapUp draft) {
        disposition.removeAll();
        disposition.add(Messages.WrapUp_noDisposition);
        int selected = 0;
        for (int i = 0; i < codes.size(); i++) {
            disposition.add(codes.get(i).label());
            if (codes.get(i).code().equals(draft.disposition())) {
                selected = i + 1;
            }
        }
        disposition.select(selected);
        notes.setText(draft.notes() == null ? "" : draft.notes()); //$NON-NLS-1$
    }
}
