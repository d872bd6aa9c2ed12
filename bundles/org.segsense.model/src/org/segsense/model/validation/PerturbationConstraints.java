// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import static org.segsense.model.validation.RuleDiagnostic.error;
import static org.segsense.model.validation.RuleDiagnostic.warning;
import static org.segsense.model.validation.StudyText.isBlank;
import static org.segsense.model.validation.StudyText.named;
import static org.segsense.model.validation.StudyText.number;
import static org.segsense.model.validation.StudyText.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segsense.model.AugmentationStep;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.FactorialDesign;
import org.segsense.model.ParameterRange;
import org.segsense.model.ParameterValue;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;
import org.segsense.model.SweepSpacing;
import org.segsense.model.sweep.SweepValues;
import org.segsense.model.validation.ParameterCatalog.ParameterBounds;

/**
 * Constraints on perturbation axes, sweeps, designs and augmentation steps. Checks against the installed
 * perturbations use the {@link ParameterCatalog} of the validation context and are skipped without one.
 * See {@link StudyConstraints} for the calling convention.
 */
public final class PerturbationConstraints {

    private PerturbationConstraints() {
    }

    public static boolean hasName(ParameterValue parameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (isBlank(parameter.getName())) {
            return error(diagnostics, "ParameterValue.hasName", parameter, Literals.PARAMETER_VALUE__NAME,
                    "A parameter" + owner(parameter) + " has no name; name it as the perturbation or metric declares it.");
        }
        return true;
    }

    public static boolean orderedBounds(ParameterRange range, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (isBlank(range.getName())) {
            return error(diagnostics, "ParameterRange.orderedBounds", range, Literals.PARAMETER_RANGE__NAME,
                    "A parameter range" + owner(range) + " has no parameter name; name the parameter it draws.");
        }
        if (!(range.getMinimum() <= range.getMaximum())) {
            return error(diagnostics, "ParameterRange.orderedBounds", range, Literals.PARAMETER_RANGE__MAXIMUM,
                    "The range of parameter " + quote(range.getName()) + owner(range) + " goes from " + number(range.getMinimum())
                            + " down to " + number(range.getMaximum()) + "; the minimum must not exceed the maximum.");
        }
        return true;
    }

    public static boolean probabilityInRange(AugmentationStep step, DiagnosticChain diagnostics, Map<Object, Object> context) {
        double probability = step.getProbability();
        if (!(probability >= 0 && probability <= 1)) {
            return error(diagnostics, "AugmentationStep.probabilityInRange", step, Literals.AUGMENTATION_STEP__PROBABILITY,
                    "The probability " + number(probability) + " of augmentation step " + quote(String.valueOf(step.getPerturbationType()))
                            + " is outside [0, 1]; use e.g. 0.5 to apply it to half of the samples.");
        }
        return true;
    }

    public static boolean knownPerturbation(AugmentationStep step, DiagnosticChain diagnostics, Map<Object, Object> context) {
        List<String> names = new ArrayList<>();
        step.getRanges().forEach(range -> names.add(range.getName()));
        return knownPerturbation("AugmentationStep.knownPerturbation", step, step.getPerturbationType(),
                Literals.AUGMENTATION_STEP__PERTURBATION_TYPE, names, diagnostics, context);
    }

    public static boolean knownPerturbation(PerturbationAxis axis, DiagnosticChain diagnostics, Map<Object, Object> context) {
        List<String> names = new ArrayList<>();
        axis.getFixedParameters().forEach(parameter -> names.add(parameter.getName()));
        if (!isBlank(axis.getSweptParameter())) {
            names.add(axis.getSweptParameter());
        }
        return knownPerturbation("PerturbationAxis.knownPerturbation", axis, axis.getPerturbationType(),
                Literals.PERTURBATION_AXIS__PERTURBATION_TYPE, names, diagnostics, context);
    }

    private static boolean knownPerturbation(String rule, EObject target, String type, EStructuralFeature typeFeature,
            List<String> parameterNames, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (isBlank(type)) {
            return error(diagnostics, rule, target, typeFeature,
                    "The " + named(target) + " has no perturbation type; set the id of a perturbation (see 'segsense perturb --list').");
        }
        ParameterCatalog catalog = ValidationInputs.catalog(context);
        if (catalog == null) {
            return true;
        }
        if (!catalog.perturbationTypes().contains(type)) {
            return error(diagnostics, rule, target, typeFeature,
                    "The perturbation type " + quote(type) + " of the " + named(target) + " is not installed; use one of "
                            + StudyText.list(catalog.perturbationTypes()) + ", or install the plugin that provides it.");
        }
        boolean valid = true;
        for (String name : parameterNames) {
            if (!isBlank(name) && !catalog.parameterNames(type).contains(name)) {
                valid = error(diagnostics, rule, target, typeFeature,
                        "The perturbation " + quote(type) + " has no parameter " + quote(name) + " (used by the " + named(target)
                                + "); its parameters are " + StudyText.list(catalog.parameterNames(type)) + ".");
            }
        }
        return valid;
    }

    public static boolean rangesWithinBounds(AugmentationStep step, DiagnosticChain diagnostics, Map<Object, Object> context) {
        ParameterCatalog catalog = ValidationInputs.catalog(context);
        if (catalog == null || isBlank(step.getPerturbationType())) {
            return true;
        }
        boolean valid = true;
        for (ParameterRange range : step.getRanges()) {
            Optional<ParameterBounds> bounds = catalog.bounds(step.getPerturbationType(), range.getName());
            if (bounds.isPresent() && !(bounds.get().contains(range.getMinimum()) && bounds.get().contains(range.getMaximum()))) {
                valid = error(diagnostics, "AugmentationStep.rangesWithinBounds", range, Literals.PARAMETER_RANGE__MINIMUM,
                        "The range [" + number(range.getMinimum()) + ", " + number(range.getMaximum()) + "] of parameter " + quote(range.getName())
                                + " leaves the bounds " + bounds.get().describe() + " of perturbation " + quote(step.getPerturbationType())
                                + "; narrow the range.");
            }
        }
        return valid;
    }

    public static boolean hasSweep(PerturbationAxis axis, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (isBlank(axis.getSweptParameter())) {
            return error(diagnostics, "PerturbationAxis.hasSweep", axis, Literals.PERTURBATION_AXIS__SWEPT_PARAMETER,
                    "The " + named(axis) + " does not say which parameter it sweeps; set the swept parameter.");
        }
        if (axis.getSweep() == null) {
            return error(diagnostics, "PerturbationAxis.hasSweep", axis, Literals.PERTURBATION_AXIS__SWEEP,
                    "The " + named(axis) + " has no values for " + quote(axis.getSweptParameter())
                            + "; add a list of values or a range (start, stop, steps).");
        }
        return true;
    }

    public static boolean valuesInRange(PerturbationAxis axis, DiagnosticChain diagnostics, Map<Object, Object> context) {
        ParameterCatalog catalog = ValidationInputs.catalog(context);
        String type = axis.getPerturbationType();
        if (catalog == null || isBlank(type)) {
            return true;
        }
        boolean valid = true;
        if (!isBlank(axis.getSweptParameter())) {
            Optional<ParameterBounds> bounds = catalog.bounds(type, axis.getSweptParameter());
            if (bounds.isPresent() && StudyLimits.sweepSize(axis.getSweep()) <= StudyLimits.MAX_SWEEP_VALUES) {
                for (double value : SweepValues.of(axis.getSweep())) {
                    if (!Double.isNaN(value) && !bounds.get().contains(value)) {
                        valid = error(diagnostics, "PerturbationAxis.valuesInRange", axis, Literals.PERTURBATION_AXIS__SWEEP,
                                "The " + named(axis) + " sweeps " + quote(axis.getSweptParameter()) + " to " + number(value)
                                        + ", outside the bounds " + bounds.get().describe() + " of perturbation " + quote(type) + "; change the sweep.");
                        break; // one message per axis is enough
                    }
                }
            }
        }
        for (ParameterValue parameter : axis.getFixedParameters()) {
            Optional<ParameterBounds> bounds = isBlank(parameter.getName()) ? Optional.empty() : catalog.bounds(type, parameter.getName());
            if (bounds.isEmpty()) {
                continue;
            }
            Double value = parseNumber(parameter.getValue());
            if (value == null) {
                valid = error(diagnostics, "PerturbationAxis.valuesInRange", parameter, Literals.PARAMETER_VALUE__VALUE,
                        "The parameter " + quote(parameter.getName()) + " of the " + named(axis) + " needs a number, not "
                                + quote(String.valueOf(parameter.getValue())) + ".");
            } else if (!bounds.get().contains(value)) {
                valid = error(diagnostics, "PerturbationAxis.valuesInRange", parameter, Literals.PARAMETER_VALUE__VALUE,
                        "The parameter " + quote(parameter.getName()) + " = " + number(value) + " of the " + named(axis)
                                + " is outside the bounds " + bounds.get().describe() + " of perturbation " + quote(type) + ".");
            }
        }
        return valid;
    }

    public static boolean notEmpty(ExplicitSweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (sweep.getValues().isEmpty()) {
            return error(diagnostics, "ExplicitSweep.notEmpty", sweep, Literals.EXPLICIT_SWEEP__VALUES,
                    "The value list" + owner(sweep) + " is empty; list at least one value.");
        }
        if (sweep.getValues().stream().anyMatch(value -> !Double.isFinite(value))) {
            return error(diagnostics, "ExplicitSweep.notEmpty", sweep, Literals.EXPLICIT_SWEEP__VALUES,
                    "The value list" + owner(sweep) + " contains a value that is not a finite number; correct it.");
        }
        return notTooLong(sweep, diagnostics, "ExplicitSweep.notEmpty", Literals.EXPLICIT_SWEEP__VALUES);
    }

    public static boolean enoughSteps(RangeSweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!Double.isFinite(sweep.getStart()) || !Double.isFinite(sweep.getStop())) {
            return error(diagnostics, "RangeSweep.enoughSteps", sweep, Literals.RANGE_SWEEP__START,
                    "The range" + owner(sweep) + " needs finite start and stop values.");
        }
        int minimum = sweep.getStart() == sweep.getStop() ? 1 : 2;
        if (sweep.getSteps() < minimum) {
            return error(diagnostics, "RangeSweep.enoughSteps", sweep, Literals.RANGE_SWEEP__STEPS,
                    "The range" + owner(sweep) + " has " + (sweep.getSteps() == 1 ? "only 1 step" : sweep.getSteps() + " steps") + "; from " + number(sweep.getStart()) + " to "
                            + number(sweep.getStop()) + " it needs at least " + minimum + ".");
        }
        return notTooLong(sweep, diagnostics, "RangeSweep.enoughSteps", Literals.RANGE_SWEEP__STEPS);
    }

    /** At most {@link StudyLimits#MAX_SWEEP_VALUES} values per sweep, so that no study can exhaust memory. */
    private static boolean notTooLong(org.segsense.model.Sweep sweep, DiagnosticChain diagnostics, String rule, EStructuralFeature feature) {
        long size = StudyLimits.sweepSize(sweep);
        if (size > StudyLimits.MAX_SWEEP_VALUES) {
            return error(diagnostics, rule, sweep, feature, "The sweep" + owner(sweep) + " has " + StudyLimits.count(size)
                    + " values, more than the limit of " + StudyLimits.count(StudyLimits.MAX_SWEEP_VALUES)
                    + " per sweep; use fewer steps (a sensitivity curve rarely needs more than 20 points).");
        }
        return true;
    }

    public static boolean logNeedsPositiveBounds(RangeSweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (sweep.getSpacing() == SweepSpacing.LOG && !(sweep.getStart() > 0 && sweep.getStop() > 0)) {
            return error(diagnostics, "RangeSweep.logNeedsPositiveBounds", sweep, Literals.RANGE_SWEEP__SPACING,
                    "The range" + owner(sweep) + " is logarithmic from " + number(sweep.getStart()) + " to " + number(sweep.getStop())
                            + "; logarithmic spacing needs positive start and stop, so use linear spacing or positive bounds.");
        }
        return true;
    }

    public static boolean enoughAxes(FactorialDesign design, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int axes = design.getAxes().size();
        if (axes == 0 && design.eContainer() instanceof Study study) {
            axes = study.getAxes().size();
        }
        if (axes < 2) {
            return warning(diagnostics, "FactorialDesign.enoughAxes", design, Literals.DESIGN__AXES,
                    "The factorial design combines " + axes + " axis; with fewer than two axes it is the same as one-at-a-time.");
        }
        return true;
    }

    /** Where an object sits, for messages: {@code  of axis "noise"}, or nothing at the root. */
    private static String owner(EObject object) {
        for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
            if (container instanceof org.segsense.model.Identified) {
                return " of " + named(container);
            }
        }
        return "";
    }

    private static Double parseNumber(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
