// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

/**
 * Widget ids of the Augmentation page (data key {@link org.segsense.ui.editor.Ids#KEY}): tests and accessibility
 * tools find the controls by them.
 */
public final class TrainingIds {

	/** The page id ({@code FormEditor.setActivePage(String)}). */
	public static final String PAGE = "augmentation";

	public static final String STUDIES = "augmentation.studies";
	public static final String ADD_STUDY = "augmentation.addStudy";
	public static final String STUDY_NAME = "augmentation.name";
	public static final String SEEDS = "augmentation.seeds";
	public static final String VARIANTS = "augmentation.variants";
	public static final String ADD_VARIANT = "augmentation.addVariant";
	public static final String REMOVE_VARIANT = "augmentation.removeVariant";
	public static final String VARIANT_NAME = "variant.name";
	public static final String ARCHITECTURE = "variant.architecture";
	public static final String VARIANT_SEED = "variant.seed";
	public static final String ITERATIONS = "variant.iterations";
	public static final String PATCH = "variant.patchSize";
	public static final String BATCH = "variant.batchSize";
	public static final String LEARNING_RATE = "variant.learningRate";
	public static final String BASE_FILTERS = "variant.baseFilters";
	public static final String DEPTH = "variant.depth";
	public static final String BUILT_IN = "pipeline.builtIn";
	public static final String STEPS = "pipeline.steps";
	public static final String STEP_TYPE = "pipeline.addType";
	public static final String ADD_STEP = "pipeline.addStep";
	public static final String REMOVE_STEP = "pipeline.removeStep";
	public static final String PROBABILITY = "step.probability";
	/** Prefixes of a range's bounds: {@code range.min.<name>}, {@code range.max.<name>}. */
	public static final String RANGE_MIN = "range.min.";
	public static final String RANGE_MAX = "range.max.";
	public static final String TRAIN = "training.train";
	public static final String CANCEL = "training.cancel";
	public static final String STATUS = "training.status";
	public static final String CHART = "training.chart";
	public static final String TARGET = "training.target";
	public static final String ADD_TO_STUDY = "training.addToStudy";

	public static final String SAMPLE_CASE = "samples.case";
	public static final String SHOW_SAMPLES = "samples.show";
	public static final String SAMPLES_STATUS = "samples.status";
	public static final String SAMPLES = "samples.grid";
	/** Prefix of a sample's image label: {@code samples.image.<k>}. */
	public static final String SAMPLE = "samples.image.";

	private TrainingIds() {
	}
}
