// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import java.util.Objects;

/**
 * One finding of {@link StudyValidation}: how bad it is, where it is, what is wrong and which rule found it.
 *
 * @param severity how bad the problem is
 * @param path     the object the problem is about, e.g. {@code /study[id=s1]/cases[id=c2]/labelImage}
 *                 (see {@link ObjectPaths})
 * @param message  one or two sentences for the user, saying what is wrong and what to do
 * @param code     the rule, as {@code EClass.constraint} (e.g. {@code Study.uniqueIds}) for SegSense rules,
 *                 or {@code EObject.<check>} for EMF's built-in structural checks; stable across releases
 */
public record Problem(Severity severity, String path, String message, String code) {

    /** How bad a problem is. */
    public enum Severity {
        /** The study cannot run as it is. */
        ERROR,
        /** The study runs, but probably not as intended. */
        WARNING,
        /** Worth knowing; nothing to fix. */
        INFO
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
    }

    /** Formats the problem as one line, e.g. {@code ERROR /study[id=s1]/cases: The study has no cases; … [Study.hasCases]}. */
    @Override
    public String toString() {
        return severity + " " + path + ": " + message + " [" + code + "]";
    }
}
