// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import static org.segsense.model.validation.RuleDiagnostic.error;
import static org.segsense.model.validation.StudyText.isBlank;
import static org.segsense.model.validation.StudyText.named;
import static org.segsense.model.validation.StudyText.number;
import static org.segsense.model.validation.StudyText.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.segsense.model.LabelDefinition;
import org.segsense.model.ModelVariant;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.TrainingSettings;

/**
 * Constraints on model variants, their label maps and training settings. See {@link StudyConstraints} for the
 * calling convention.
 */
public final class ModelVariantConstraints {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private ModelVariantConstraints() {
    }

    public static boolean hasSavedModel(ModelVariant variant, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (variant.getSavedModel() == null) {
            return error(diagnostics, "ModelVariant.hasSavedModel", variant, Literals.MODEL_VARIANT__SAVED_MODEL,
                    "The " + named(variant) + " does not say where its SavedModel is; set the SavedModel folder relative to the project directory.");
        }
        return true;
    }

    public static boolean validTiling(ModelVariant variant, DiagnosticChain diagnostics, Map<Object, Object> context) {
        List<Integer> sizes = variant.getTileSize();
        List<Integer> overlaps = variant.getTileOverlap();
        String rule = "ModelVariant.validTiling";
        for (int size : sizes) {
            if (size <= 0) {
                return error(diagnostics, rule, variant, Literals.MODEL_VARIANT__TILE_SIZE,
                        "The tile size of the " + named(variant) + " contains " + size + "; tile sizes must be positive numbers of voxels.");
            }
        }
        if (sizes.isEmpty() && !overlaps.isEmpty()) {
            return error(diagnostics, rule, variant, Literals.MODEL_VARIANT__TILE_OVERLAP,
                    "The " + named(variant) + " has a tile overlap but no tile size; set the tile size or remove the overlap.");
        }
        if (overlaps.size() > 1 && overlaps.size() != sizes.size()) {
            return error(diagnostics, rule, variant, Literals.MODEL_VARIANT__TILE_OVERLAP,
                    "The " + named(variant) + " has " + overlaps.size() + " tile overlaps for " + sizes.size()
                            + " tile axes; give one overlap for all axes or one per axis.");
        }
        for (int axis = 0; axis < sizes.size() && !overlaps.isEmpty(); axis++) {
            int overlap = overlaps.size() == 1 ? overlaps.get(0) : overlaps.get(axis);
            if (overlap < 0 || overlap >= sizes.get(axis)) {
                return error(diagnostics, rule, variant, Literals.MODEL_VARIANT__TILE_OVERLAP,
                        "The tile overlap " + overlap + " of the " + named(variant) + " must be at least 0 and smaller than the tile size "
                                + sizes.get(axis) + " on axis " + axis + ".");
            }
        }
        return true;
    }

    public static boolean uniqueLabelValues(ModelVariant variant, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Set<Integer> seen = new HashSet<>();
        boolean valid = true;
        for (LabelDefinition label : variant.getLabels()) {
            if (label.getValue() < 0) {
                valid = error(diagnostics, "ModelVariant.uniqueLabelValues", label, Literals.LABEL_DEFINITION__VALUE,
                        "The label value " + label.getValue() + " of the " + named(variant) + " is negative; label values start at 0 (background).");
            } else if (!seen.add(label.getValue())) {
                valid = error(diagnostics, "ModelVariant.uniqueLabelValues", label, Literals.LABEL_DEFINITION__VALUE,
                        "The " + named(variant) + " defines label value " + label.getValue() + " twice; each value needs exactly one definition.");
            }
        }
        return valid;
    }

    public static boolean validColour(LabelDefinition label, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String colour = label.getColour();
        if (!isBlank(colour) && !COLOUR.matcher(colour).matches()) {
            return error(diagnostics, "LabelDefinition.validColour", label, Literals.LABEL_DEFINITION__COLOUR,
                    "The colour " + quote(colour) + " of label " + label.getValue() + " is not of the form #RRGGBB (e.g. #FF8800).");
        }
        return true;
    }

    public static boolean validSettings(TrainingSettings training, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String rule = "TrainingSettings.validSettings";
        if (training.getEpochs() < 1) {
            return error(diagnostics, rule, training, Literals.TRAINING_SETTINGS__EPOCHS,
                    "The number of training epochs is " + training.getEpochs() + "; it must be at least 1.");
        }
        if (training.getIterations() < 1) {
            return error(diagnostics, rule, training, Literals.TRAINING_SETTINGS__ITERATIONS,
                    "The number of training iterations is " + training.getIterations() + "; it must be at least 1.");
        }
        if (training.getBatchSize() < 1) {
            return error(diagnostics, rule, training, Literals.TRAINING_SETTINGS__BATCH_SIZE,
                    "The batch size is " + training.getBatchSize() + "; it must be at least 1.");
        }
        if (!(training.getLearningRate() > 0) || Double.isInfinite(training.getLearningRate())) {
            return error(diagnostics, rule, training, Literals.TRAINING_SETTINGS__LEARNING_RATE,
                    "The learning rate is " + number(training.getLearningRate()) + "; it must be a positive number such as 0.001.");
        }
        double fraction = training.getValidationFraction();
        if (!(fraction >= 0 && fraction < 1)) {
            return error(diagnostics, rule, training, Literals.TRAINING_SETTINGS__VALIDATION_FRACTION,
                    "The validation fraction is " + number(fraction) + "; it must be at least 0 and below 1.");
        }
        for (int size : training.getPatchSize()) {
            if (size <= 0) {
                return error(diagnostics, rule, training, Literals.TRAINING_SETTINGS__PATCH_SIZE,
                        "The training patch size contains " + size + "; patch sizes must be positive numbers of voxels.");
            }
        }
        return true;
    }
}
