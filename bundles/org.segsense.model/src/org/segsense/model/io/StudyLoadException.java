// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A study file could not be loaded. {@link #getMessage()} is written for the user: one or two sentences
 * naming the file, the problem and what to do, never a stack trace. {@link #getCause()} keeps the technical
 * cause for {@code --debug} output.
 */
public final class StudyLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why loading failed; lets callers react without parsing the message. */
    public enum Reason {
        /** The file does not exist (or is a directory). */
        NOT_FOUND,
        /** The file exists but cannot be read. */
        UNREADABLE,
        /** The file is empty. */
        EMPTY,
        /** The file is not well-formed XML. */
        MALFORMED,
        /** The file has a DOCTYPE or entity declarations, which are refused for security. */
        DOCTYPE_REFUSED,
        /** The file is XML but not a SegSense study. */
        NOT_A_STUDY,
        /** The file is a SegSense study in a format version this build cannot read. */
        UNSUPPORTED_VERSION,
        /** The file has elements or values this version of the model does not know. */
        UNKNOWN_CONTENT,
        /** The file refers to an object that is not in it. */
        DANGLING_REFERENCE
    }

    private final transient Path file;
    private final Reason reason;
    private final int line;

    StudyLoadException(Path file, Reason reason, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file);
        this.reason = Objects.requireNonNull(reason);
        this.line = line;
    }

    /** The file that failed to load. */
    public Path getFile() {
        return file;
    }

    /** Why it failed. */
    public Reason getReason() {
        return reason;
    }

    /** The line of the problem, from 1, or 0 when it has none. */
    public int getLine() {
        return line;
    }
}
