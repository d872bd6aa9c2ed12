// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import static org.segsense.model.validation.RuleDiagnostic.error;
import static org.segsense.model.validation.RuleDiagnostic.warning;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.segsense.model.AggregationPolicy;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;

/**
 * Constraints on how a study's reports aggregate undefined surface distances ({@code aggregation},
 * {@code worstValue}). Called by the generated model code (see the {@code body} annotations in
 * {@code segsense.ecore}).
 */
public final class AggregationConstraints {

    private AggregationConstraints() {
    }

    public static boolean validWorstValue(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Double w = study.getWorstValue();
        if (w == null) {
            return true;
        }
        if (!(w > 0) || w.isInfinite()) {
            return error(diagnostics, "Study.validWorstValue", study, Literals.STUDY__WORST_VALUE,
                    "The worst value " + w + " is not a finite distance > 0 mm; give the distance (mm) a missed structure should count as, "
                            + "or remove worstValue to use the diagonal of the image grid.");
        }
        if (study.getAggregation() == AggregationPolicy.EXCLUDE) {
            return warning(diagnostics, "Study.validWorstValue", study, Literals.STUDY__WORST_VALUE,
                    "The worst value " + w + " mm has no effect with aggregation=\"exclude\"; set aggregation=\"worstCase\" to use it, or remove it.");
        }
        return true;
    }
}
