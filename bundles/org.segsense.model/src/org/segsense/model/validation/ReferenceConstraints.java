// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import static org.segsense.model.validation.RuleDiagnostic.error;
import static org.segsense.model.validation.StudyText.named;
import static org.segsense.model.validation.StudyText.number;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.segsense.model.BinaryStapleReference;
import org.segsense.model.Case;
import org.segsense.model.ConsensusReference;
import org.segsense.model.GroundTruthReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;

/**
 * Constraints on reference strategies. See {@link StudyConstraints} for the calling convention.
 */
public final class ReferenceConstraints {

    private ReferenceConstraints() {
    }

    public static boolean casesHaveLabels(GroundTruthReference reference, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(reference.eContainer() instanceof Study study)) {
            return true;
        }
        boolean valid = true;
        for (Case aCase : study.getCases()) {
            if (aCase.getLabelImage() == null) {
                valid = error(diagnostics, "GroundTruthReference.casesHaveLabels", aCase, Literals.CASE__LABEL_IMAGE,
                        "The " + named(aCase) + " has no label image, but the study's reference is ground truth; add its label image"
                                + " or use a consensus reference (STAPLE or majority vote).");
            }
        }
        return valid;
    }

    public static boolean enoughRaters(ConsensusReference reference, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Set<ModelVariant> distinct = new LinkedHashSet<>(reference.getRaters());
        if (distinct.size() < 2) {
            return error(diagnostics, "ConsensusReference.enoughRaters", reference, Literals.CONSENSUS_REFERENCE__RATERS,
                    "The " + StudyText.kind(reference.eClass()) + " has " + distinct.size()
                            + " distinct rater(s); a consensus needs at least two model variants as raters.");
        }
        return true;
    }

    public static boolean truthForEveryCase(ConsensusReference reference, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!reference.isScoreAgainstTruth() || !(reference.eContainer() instanceof Study study)) {
            return true;
        }
        boolean valid = true;
        for (Case aCase : study.getCases()) {
            if (aCase.getLabelImage() == null) {
                valid = error(diagnostics, "ConsensusReference.truthForEveryCase", aCase, Literals.CASE__LABEL_IMAGE,
                        "The " + named(aCase) + " has no label image, but the " + StudyText.kind(reference.eClass())
                                + " is also scored against the truth (scoreAgainstTruth); add its label image or turn scoreAgainstTruth off.");
            }
        }
        return valid;
    }

    public static boolean validParameters(BinaryStapleReference reference, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String rule = "BinaryStapleReference.validParameters";
        if (!(reference.getConfidenceWeight() > 0) || Double.isInfinite(reference.getConfidenceWeight())) {
            return error(diagnostics, rule, reference, Literals.BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT,
                    "The STAPLE confidence weight is " + number(reference.getConfidenceWeight()) + "; it must be a positive number (ITK's default is 1).");
        }
        if (reference.getMaxIterations() < 0) {
            return error(diagnostics, rule, reference, Literals.BINARY_STAPLE_REFERENCE__MAX_ITERATIONS,
                    "The STAPLE iteration limit is " + reference.getMaxIterations() + "; use 0 to iterate until convergence, or a positive limit.");
        }
        return true;
    }

    public static boolean validParameters(MultiLabelStapleReference reference, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String rule = "MultiLabelStapleReference.validParameters";
        if (!(reference.getTerminationThreshold() > 0) || Double.isInfinite(reference.getTerminationThreshold())) {
            return error(diagnostics, rule, reference, Literals.MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD,
                    "The multi-label STAPLE termination threshold is " + number(reference.getTerminationThreshold())
                            + "; it must be a small positive number such as 1E-5.");
        }
        if (reference.getMaxIterations() < 0) {
            return error(diagnostics, rule, reference, Literals.MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS,
                    "The multi-label STAPLE iteration limit is " + reference.getMaxIterations()
                            + "; use 0 to iterate until convergence, or a positive limit.");
        }
        if (reference.isSetUndecidedLabel() && reference.getUndecidedLabel() < 0) {
            return error(diagnostics, rule, reference, Literals.MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL,
                    "The undecided label is " + reference.getUndecidedLabel() + "; use a non-negative label value, or unset it for ITK's default.");
        }
        return true;
    }
}
