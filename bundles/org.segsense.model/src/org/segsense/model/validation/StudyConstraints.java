// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import static org.segsense.model.validation.RuleDiagnostic.error;
import static org.segsense.model.validation.RuleDiagnostic.warning;
import static org.segsense.model.validation.StudyText.isBlank;
import static org.segsense.model.validation.StudyText.kind;
import static org.segsense.model.validation.StudyText.named;
import static org.segsense.model.validation.StudyText.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.Case;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.Identified;
import org.segsense.model.ImageChannel;
import org.segsense.model.MetricSpec;
import org.segsense.model.RunRecord;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;

/**
 * Constraints on the study itself, ids, cases, metrics, execution settings, augmentation studies and run
 * records. Called by the generated model code (see the {@code body} annotations in {@code segsense.ecore});
 * each method reports to {@code diagnostics} when it is not {@code null} and returns whether the object passed.
 */
public final class StudyConstraints {

    /** Ids name folders and appear in object paths: keep them short and file-name safe. */
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private StudyConstraints() {
    }

    public static boolean validId(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String id = identified.getId();
        if (isBlank(id)) {
            return error(diagnostics, "Identified.validId", identified, Literals.IDENTIFIED__ID,
                    "This " + kind(identified.eClass()) + " has no id; give it a short unique id such as \"" + exampleId(identified) + "\".");
        }
        if (!VALID_ID.matcher(id).matches()) {
            return error(diagnostics, "Identified.validId", identified, Literals.IDENTIFIED__ID,
                    "The " + kind(identified.eClass()) + " id " + quote(id) + " is not valid: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        return true;
    }

    private static String exampleId(Identified identified) {
        String name = identified.eClass().getName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "1";
    }

    public static boolean hasCases(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (study.getCases().isEmpty()) {
            return error(diagnostics, "Study.hasCases", study, Literals.STUDY__CASES,
                    "The study has no cases; add at least one case with its image channels.");
        }
        return true;
    }

    public static boolean hasModelVariants(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (study.getModelVariants().isEmpty()) {
            return error(diagnostics, "Study.hasModelVariants", study, Literals.STUDY__MODEL_VARIANTS,
                    "The study has no model variants; add at least one trained model (SavedModel folder) to analyse.");
        }
        return true;
    }

    public static boolean hasMetrics(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (study.getMetrics().isEmpty()) {
            return warning(diagnostics, "Study.hasMetrics", study, Literals.STUDY__METRICS,
                    "The study computes no metrics, so its runs produce no sensitivity curves; add metrics such as dice, hd95 or nsd.");
        }
        return true;
    }

    public static boolean hasReference(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (study.getReference() == null) {
            return error(diagnostics, "Study.hasReference", study, Literals.STUDY__REFERENCE,
                    "The study has no reference strategy; choose ground truth, STAPLE or majority vote.");
        }
        return true;
    }

    public static boolean uniqueIds(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        valid &= unique(study.getCases(), "Study.uniqueIds", "the study's cases", diagnostics);
        valid &= unique(study.getModelVariants(), "Study.uniqueIds", "the study's model variants", diagnostics);
        valid &= unique(study.getAxes(), "Study.uniqueIds", "the study's perturbation axes", diagnostics);
        valid &= unique(study.getMetrics(), "Study.uniqueIds", "the study's metrics", diagnostics);
        valid &= unique(study.getAugmentationStudies(), "Study.uniqueIds", "the study's augmentation studies", diagnostics);
        valid &= unique(study.getRuns(), "Study.uniqueIds", "the study's runs", diagnostics);
        return valid;
    }

    /** Reports every element whose id an earlier element of the list already uses. */
    static boolean unique(List<? extends Identified> elements, String rule, String scope, DiagnosticChain diagnostics) {
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (Identified element : elements) {
            String id = element.getId();
            if (!isBlank(id) && !seen.add(id)) {
                long uses = elements.stream().filter(other -> id.equals(other.getId())).count();
                valid = error(diagnostics, rule, element, Literals.IDENTIFIED__ID,
                        "The id " + quote(id) + " is used by " + uses + " of " + scope + "; ids must be unique there, so rename one of them.");
            }
        }
        return valid;
    }

    public static boolean hasChannels(Case aCase, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (aCase.getChannels().isEmpty()) {
            return error(diagnostics, "Case.hasChannels", aCase, Literals.CASE__CHANNELS,
                    "The " + named(aCase) + " has no image channels; add the image file(s) the models segment.");
        }
        return true;
    }

    public static boolean uniqueChannelNames(Case aCase, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (ImageChannel channel : aCase.getChannels()) {
            if (isBlank(channel.getName())) {
                valid = error(diagnostics, "Case.uniqueChannelNames", channel, Literals.IMAGE_CHANNEL__NAME,
                        "A channel of " + named(aCase) + " has no name; name it after its contrast, e.g. \"T1\".");
            } else if (!seen.add(channel.getName())) {
                valid = error(diagnostics, "Case.uniqueChannelNames", channel, Literals.IMAGE_CHANNEL__NAME,
                        "The " + named(aCase) + " has two channels named " + quote(channel.getName()) + "; channel names must be distinct within a case.");
            }
        }
        return valid;
    }

    public static boolean hasMetricType(MetricSpec metric, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (isBlank(metric.getMetricType())) {
            return error(diagnostics, "MetricSpec.hasMetricType", metric, Literals.METRIC_SPEC__METRIC_TYPE,
                    "The " + named(metric) + " does not say which metric to compute; set its metric type, e.g. \"dice\".");
        }
        return validTolerance(metric, diagnostics);
    }

    /** The surface tolerance ({@value org.segsense.model.io.StudyResources#NSD_TOLERANCE_PARAMETER}, mm) must be a finite number ≥ 0, as the metric requires. */
    private static boolean validTolerance(MetricSpec metric, DiagnosticChain diagnostics) {
        boolean valid = true;
        for (org.segsense.model.ParameterValue parameter : metric.getParameters()) {
            if (!org.segsense.model.io.StudyResources.NSD_TOLERANCE_PARAMETER.equals(parameter.getName())) {
                continue;
            }
            double tolerance;
            try {
                tolerance = Double.parseDouble(String.valueOf(parameter.getValue()).trim());
            } catch (NumberFormatException e) {
                tolerance = Double.NaN;
            }
            if (!(Double.isFinite(tolerance) && tolerance >= 0)) {
                valid = error(diagnostics, "MetricSpec.hasMetricType", parameter, Literals.PARAMETER_VALUE__VALUE,
                        "The tolerance " + quote(String.valueOf(parameter.getValue())) + " of the " + named(metric)
                                + " is not a finite number of millimetres >= 0; give e.g. \"2\" for 2 mm.");
            }
        }
        return valid;
    }

    public static boolean validThreads(ExecutionSettings execution, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = true;
        if (execution.getThreads() < 0) {
            ok = error(diagnostics, "ExecutionSettings.validThreads", execution, Literals.EXECUTION_SETTINGS__THREADS,
                    "The thread count " + execution.getThreads() + " is negative; use 0 for all cores or a positive number.");
        }
        if (execution.getInferenceThreads() < 0) {
            ok = error(diagnostics, "ExecutionSettings.validThreads", execution, Literals.EXECUTION_SETTINGS__INFERENCE_THREADS,
                    "The inference thread count " + execution.getInferenceThreads() + " is negative; use 0 for automatic or a positive number.") && ok;
        }
        if (execution.getCpuThreads() < 0) {
            ok = error(diagnostics, "ExecutionSettings.validThreads", execution, Literals.EXECUTION_SETTINGS__CPU_THREADS,
                    "The CPU-stage thread count " + execution.getCpuThreads() + " is negative; use 0 for automatic or a positive number.") && ok;
        }
        if (execution.getShards() < 1) {
            ok = error(diagnostics, "ExecutionSettings.validThreads", execution, Literals.EXECUTION_SETTINGS__SHARDS,
                    "The shard count " + execution.getShards() + " is below 1; use 1 to run the study as one part, or more to split it.") && ok;
        }
        return ok;
    }

    /** The image backends a study may name (bundle org.segsense.backend; simpleitk needs releng/simpleitk/build.sh). */
    public static final java.util.List<String> IMAGE_BACKENDS = java.util.List.of("java", "simpleitk");

    public static boolean validImageBackend(ExecutionSettings execution, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String backend = execution.getImageBackend();
        if (backend == null || IMAGE_BACKENDS.contains(backend)) {
            return true;
        }
        return error(diagnostics, "ExecutionSettings.validImageBackend", execution, Literals.EXECUTION_SETTINGS__IMAGE_BACKEND,
                "The image backend '" + backend + "' is unknown; use java (the default) or simpleitk (SimpleITK's Java binding, "
                        + "built by releng/simpleitk/build.sh; needed for DICOM series folders).");
    }

    public static boolean hasVariants(AugmentationStudy augmentationStudy, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (augmentationStudy.getVariants().isEmpty()) {
            return error(diagnostics, "AugmentationStudy.hasVariants", augmentationStudy, Literals.AUGMENTATION_STUDY__VARIANTS,
                    "The " + named(augmentationStudy) + " has no variants to train; add at least one.");
        }
        return true;
    }

    public static boolean uniqueVariantIds(AugmentationStudy augmentationStudy, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return unique(augmentationStudy.getVariants(), "AugmentationStudy.uniqueVariantIds",
                "the variants of " + named(augmentationStudy), diagnostics);
    }

    public static boolean endNotBeforeStart(RunRecord run, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (run.getStart() != null && run.getEnd() != null && run.getEnd().before(run.getStart())) {
            return error(diagnostics, "RunRecord.endNotBeforeStart", run, Literals.RUN_RECORD__END,
                    "The " + named(run) + " ends before it starts; correct its start or end time.");
        }
        return true;
    }
}
