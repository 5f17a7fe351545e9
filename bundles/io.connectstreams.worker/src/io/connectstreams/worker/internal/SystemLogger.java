/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.worker.internal;

import java.lang.System.Logger.Level;

import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerConsumer;

/**
 * An OSGi {@link Logger} that writes to a {@link java.lang.System.Logger}, for the worker outside a framework
 * (where no {@code LoggerFactory} service exists): {@code java.util.logging} by default, or whatever backs
 * {@code System.Logger} in the application. Messages use the OSGi format: each {@code {}} takes the next argument,
 * {@code \{}} is a literal {@code {}} and {@code \\{}} a backslash before a placeholder; a last argument that is
 * a {@link Throwable} is the record's exception, never a message argument. (A {@code ServiceReference} is formatted
 * like any argument: the class path may lack the framework's classes, and the worker logs none.) Audit messages are
 * logged at {@code INFO}: {@code System.Logger} has no level that is always on.
 */
public final class SystemLogger implements Logger {

    private final System.Logger target;

    /**
     * @param name the logger's name
     */
    public SystemLogger(String name) {
        this.target = System.getLogger(name);
    }

    @Override
    public String getName() {
        return target.getName();
    }

    @Override
    public boolean isTraceEnabled() {
        return target.isLoggable(Level.TRACE);
    }

    @Override
    public void trace(String message) {
        log(Level.TRACE, message);
    }

    @Override
    public void trace(String format, Object arg) {
        log(Level.TRACE, format, arg);
    }

    @Override
    public void trace(String format, Object arg1, Object arg2) {
        log(Level.TRACE, format, arg1, arg2);
    }

    @Override
    public void trace(String format, Object... arguments) {
        log(Level.TRACE, format, arguments);
    }

    @Override
    public <E extends Exception> void trace(LoggerConsumer<E> consumer) throws E {
        if (isTraceEnabled()) {
            consumer.accept(this);
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return target.isLoggable(Level.DEBUG);
    }

    @Override
    public void debug(String message) {
        log(Level.DEBUG, message);
    }

    @Override
    public void debug(String format, Object arg) {
        log(Level.DEBUG, format, arg);
    }

    @Override
    public void debug(String format, Object arg1, Object arg2) {
        log(Level.DEBUG, format, arg1, arg2);
    }

    @Override
    public void debug(String format, Object... arguments) {
        log(Level.DEBUG, format, arguments);
    }

    @Override
    public <E extends Exception> void debug(LoggerConsumer<E> consumer) throws E {
        if (isDebugEnabled()) {
            consumer.accept(this);
        }
    }

    @Override
    public boolean isInfoEnabled() {
        return target.isLoggable(Level.INFO);
    }

    @Override
    public void info(String message) {
        log(Level.INFO, message);
    }

    @Override
    public void info(String format, Object arg) {
        log(Level.INFO, format, arg);
    }

    @Override
    public void info(String format, Object arg1, Object arg2) {
        log(Level.INFO, format, arg1, arg2);
    }

    @Override
    public void info(String format, Object... arguments) {
        log(Level.INFO, format, arguments);
    }

    @Override
    public <E extends Exception> void info(LoggerConsumer<E> consumer) throws E {
        if (isInfoEnabled()) {
            consumer.accept(this);
        }
    }

    @Override
    public boolean isWarnEnabled() {
        return target.isLoggable(Level.WARNING);
    }

    @Override
    public void warn(String message) {
        log(Level.WARNING, message);
    }

    @Override
    public void warn(String format, Object arg) {
        log(Level.WARNING, format, arg);
    }

    @Override
    public void warn(String format, Object arg1, Object arg2) {
        log(Level.WARNING, format, arg1, arg2);
    }

    @Override
    public void warn(String format, Object... arguments) {
        log(Level.WARNING, format, arguments);
    }

    @Override
    public <E extends Exception> void warn(LoggerConsumer<E> consumer) throws E {
        if (isWarnEnabled()) {
            consumer.accept(this);
        }
    }

    @Override
    public boolean isErrorEnabled() {
        return target.isLoggable(Level.ERROR);
    }

    @Override
    public void error(String message) {
        log(Level.ERROR, message);
    }

    @Override
    public void error(String format, Object arg) {
        log(Level.ERROR, format, arg);
    }

    @Override
    public void error(String format, Object arg1, Object arg2) {
        log(Level.ERROR, format, arg1, arg2);
    }

    @Override
    public void error(String format, Object... arguments) {
        log(Level.ERROR, format, arguments);
    }

    @Override
    public <E extends Exception> void error(LoggerConsumer<E> consumer) throws E {
        if (isErrorEnabled()) {
            consumer.accept(this);
        }
    }

    @Override
    public void audit(String message) {
        target.log(Level.INFO, message);
    }

    @Override
    public void audit(String format, Object arg) {
        audit(format, new Object[] { arg });
    }

    @Override
    public void audit(String format, Object arg1, Object arg2) {
        audit(format, new Object[] { arg1, arg2 });
    }

    @Override
    public void audit(String format, Object... arguments) {
        write(Level.INFO, format, arguments);
    }

    private void log(Level level, String format, Object... arguments) {
        if (target.isLoggable(level)) {
            write(level, format, arguments);
        }
    }

    private void write(Level level, String format, Object... arguments) {
        Object[] given = arguments == null ? new Object[0] : arguments;
        int count = given.length;
        Throwable thrown = count > 0 && given[count - 1] instanceof Throwable last ? last : null;
        if (thrown != null) {
            count--; // the entry's exception, not a placeholder's value
        }
        String text = String.valueOf(format);
        StringBuilder message = new StringBuilder(text.length() + 32);
        int used = 0;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\' && text.startsWith("\\{}", at + 1)) {
                message.append('\\'); // an escaped backslash; the placeholder after it stays one
                at += 2;
            } else if (c == '\\' && text.startsWith("{}", at + 1)) {
                message.append("{}");
                at += 3;
            } else if (text.startsWith("{}", at)) {
                message.append(used < count ? String.valueOf(given[used++]) : "{}");
                at += 2;
            } else {
                message.append(c);
                at++;
            }
        }
        if (thrown != null) {
            target.log(level, message.toString(), thrown);
        } else {
            target.log(level, message.toString());
        }
    }
}
