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

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * The panel's icons (the bundle's {@code icons/}, with their {@code @2x} variants), its larger fonts and its
 * signal colours, freed with the control that owns them. Signal colours are saturated and carry white text, so a
 * badge reads the same on a light and on a dark theme; everything else takes the theme's own colours.
 */
public final class ViewResources {

    /** What a colour signals. */
    public enum Signal {
        /** Routable, accept, on a call. */
        GOOD(new RGB(0x2E, 0x7D, 0x32)),
        /** Not routable, on hold, ringing. */
        CAUTION(new RGB(0xB2, 0x6A, 0x00)),
        /** Offline, nothing going on. */
        NEUTRAL(new RGB(0x61, 0x66, 0x6B)),
        /** A state the system sets: incoming call, after-call work. */
        SYSTEM(new RGB(0x15, 0x65, 0xC0)),
        /** An error, a miss, muted, hang up. */
        ALERT(new RGB(0xC6, 0x28, 0x28));

        private final RGB rgb;

        Signal(RGB rgb) {
            this.rgb = rgb;
        }
    }

    private final LocalResourceManager resources;
    private final Control owner;
    // each asked for once: the panel asks on every update
    private final Map<String, Image> icons = new HashMap<>();
    private final Map<Signal, Color> colors = new EnumMap<>(Signal.class);
    private final Map<String, Font> fonts = new HashMap<>();

    /**
     * @param owner the control whose disposal frees the resources
     */
    public ViewResources(Control owner) {
        this.owner = owner;
        this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /**
     * @param name an icon of the bundle's {@code icons/} folder, without {@code .png}
     * @return its image
     */
    public Image icon(String name) {
        return icons.computeIfAbsent(name, key -> resources.create(ResourceLocator
                .imageDescriptorFromBundle(ViewResources.class, "icons/" + key + ".png") //$NON-NLS-1$ //$NON-NLS-2$
                .orElse(ImageDescriptor.getMissingImageDescriptor())));
    }

    /**
     * Sets a button's or label's image unless it already shows it (setting it again costs a relayout).
     *
     * @param control a button or label
     * @param name an icon of the bundle
     */
    /**
     * Loads icons the view shows only later (Unmute, Resume, the quality bars), when the view is created: their first
     * showing then costs no file reading on the UI thread in the middle of a call.
     *
     * @param names the icons' names
     */
    public void prepare(String... names) {
        for (String name : names) {
            icon(name);
        }
    }

    public void image(Control control, String name) {
        Image image = icon(name);
        if (control instanceof org.eclipse.swt.widgets.Button button && button.getImage() != image) {
            button.setImage(image);
        } else if (control instanceof org.eclipse.swt.widgets.Label label && label.getImage() != image) {
            label.setImage(image);
        }
    }

    /**
     * @param signal what the colour says
     * @return its colour
     */
    public Color color(Signal signal) {
        return colors.computeIfAbsent(signal, key -> resources.create(ColorDescriptor.createFrom(key.rgb)));
    }

    /**
     * @return the text colour on a signal colour
     */
    public Color onSignal() {
        return owner.getDisplay().getSystemColor(SWT.COLOR_WHITE);
    }

    /**
     * @param scale the size relative to the owner's font
     * @param style {@link SWT#BOLD}, {@link SWT#NORMAL}
     * @return the owner's font at that size and style
     */
    public Font font(double scale, int style) {
        return fonts.computeIfAbsent(scale + "/" + style, key -> { //$NON-NLS-1$
            FontDescriptor base = FontDescriptor.createFrom(owner.getFont());
            int height = base.getFontData()[0].getHeight();
            return resources.create(base.setHeight((int) Math.round(height * scale)).setStyle(style));
        });
    }

    /**
     * Shows a label as a badge: white text on a signal colour.
     *
     * @param badge the label
     * @param signal its colour
     */
    public void badge(org.eclipse.swt.widgets.Label badge, Signal signal) {
        // set again on every update: a CSS theme (the dark theme) styles labels after they are created
        Color background = color(signal);
        if (!background.equals(badge.getBackground())) {
            badge.setBackground(background);
        }
        if (!onSignal().equals(badge.getForeground())) {
            badge.setForeground(onSignal());
        }
    }

    /**
     * Colours a prominent button: white text on a signal colour (Accept green, Hang up red).
     *
     * @param button the button
     * @param signal its colour
     */
    public void button(org.eclipse.swt.widgets.Button button, Signal signal) {
        // set again on every update, as badges are
        Color background = color(signal);
        if (!background.equals(button.getBackground())) {
            button.setBackground(background);
        }
        if (!onSignal().equals(button.getForeground())) {
            button.setForeground(onSignal());
        }
        Font bold = font(1.0, SWT.BOLD);
        if (!bold.equals(button.getFont())) {
            button.setFont(bold);
        }
    }
}
