// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segsense.model.util.SegsenseValidator;

/**
 * A diagnostic raised by a SegSense constraint. Besides EMF's data (target object, then the feature when
 * the problem is about one), it keeps the rule id that {@link StudyValidation} reports as the problem code.
 */
final class RuleDiagnostic extends BasicDiagnostic {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final transient EObject target;
    private final transient EStructuralFeature feature;

    private RuleDiagnostic(int severity, String rule, EObject target, EStructuralFeature feature, String message) {
        super(severity, SegsenseValidator.DIAGNOSTIC_SOURCE, 0, message,
                feature == null ? new Object[] { target } : new Object[] { target, feature });
        this.rule = rule;
        this.target = target;
        this.feature = feature;
    }

    String rule() {
        return rule;
    }

    EObject target() {
        return target;
    }

    /** The feature of {@link #target()} the problem is about, or {@code null} for the object as a whole. */
    EStructuralFeature feature() {
        return feature;
    }

    /** Reports an error when a chain is given; returns {@code false} (the object is invalid) either way. */
    static boolean error(DiagnosticChain diagnostics, String rule, EObject target, EStructuralFeature feature, String message) {
        if (diagnostics != null) {
            diagnostics.add(new RuleDiagnostic(Diagnostic.ERROR, rule, target, feature, message));
        }
        return false;
    }

    /** Reports a warning when a chain is given; returns {@code true}, since warnings do not make an object invalid. */
    static boolean warning(DiagnosticChain diagnostics, String rule, EObject target, EStructuralFeature feature, String message) {
        if (diagnostics != null) {
            diagnostics.add(new RuleDiagnostic(Diagnostic.WARNING, rule, target, feature, message));
        }
        return true;
    }
}
