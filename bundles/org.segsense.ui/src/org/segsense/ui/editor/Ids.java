// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

/**
 * Widget data keys of the study editor: every control a user edits carries {@code segsense.id} = one of
 * these names (tests and accessibility tools find controls by them), and a decorated control carries its
 * {@link org.eclipse.jface.fieldassist.ControlDecoration} under {@link #DECORATION}.
 */
public final class Ids {

	/** The widget data key holding a control's id. */
	public static final String KEY = "segsense.id";
	/** The widget data key holding a control's decoration. */
	public static final String DECORATION = "segsense.decoration";

	/** Page ids ({@code FormEditor.setActivePage(String)}). */
	public static final String OVERVIEW_PAGE = "overview";
	public static final String PERTURBATIONS_PAGE = "perturbations";
	public static final String SOURCE_PAGE = "source";

	public static final String NAME = "study.name";
	public static final String DESCRIPTION = "study.description";
	public static final String SEED = "study.seed";
	public static final String DESIGN = "study.design";
	public static final String JOBS = "study.jobs";
	public static final String ESTIMATE = "study.estimate";
	public static final String STATUS = "study.status";
	public static final String PROBLEMS = "study.problems";
	public static final String AXES = "axes.list";
	public static final String ADD_TYPE = "axes.addType";
	public static final String ADD = "axes.add";
	public static final String REMOVE = "axes.remove";
	public static final String AXIS_NAME = "axis.name";
	public static final String AXIS_TYPE = "axis.type";
	public static final String SWEPT = "axis.sweptParameter";
	public static final String SWEEP_KIND = "sweep.kind";
	public static final String SWEEP_LIST = "sweep.values";
	public static final String SWEEP_START = "sweep.start";
	public static final String SWEEP_STOP = "sweep.stop";
	public static final String SWEEP_STEPS = "sweep.steps";
	public static final String SWEEP_SHOWN = "sweep.shown";
	/** Prefix of the generated field of a fixed parameter: {@code parameter.<name>}. */
	public static final String PARAMETER = "parameter.";
	public static final String SOURCE = "source.text";
	// Reference and metrics, Execution pages (ReferencePage, MetricsSection, ExecutionPage)
	public static final String REFERENCE_PAGE = "reference";
	public static final String EXECUTION_PAGE = "execution";
	public static final String REFERENCE_KIND = "reference.kind";
	/** The rater check boxes' composite (decorated with the raters' problems). */
	public static final String RATERS = "reference.raters";
	/** Prefix of a rater check box: {@code reference.rater.<model variant id>}. */
	public static final String RATER = "reference.rater.";
	/** Prefix of a field of the reference strategy's own attribute: {@code reference.<attribute>}, e.g. {@code reference.maxIterations}. */
	public static final String REFERENCE_PARAMETER = "reference.";
	public static final String EVALUATION_SPACE = "study.evaluationSpace";
	public static final String AGGREGATION = "study.aggregation";
	public static final String WORST_VALUE = "study.worstValue";
	public static final String METRICS = "metrics.list";
	public static final String METRIC_ADD_TYPE = "metrics.addType";
	public static final String METRIC_ADD = "metrics.add";
	public static final String METRIC_REMOVE = "metrics.remove";
	public static final String METRIC_ID = "metric.id";
	public static final String METRIC_TYPE = "metric.type";
	public static final String METRIC_LABELS = "metric.labels";
	public static final String THREADS = "execution.threads";
	public static final String DEVICE = "execution.device";
	/** Execution page: the inference engine's threads per call. */
	public static final String INFERENCE_THREADS = "execution.inferenceThreads";
	/** Execution page: the CPU-stage threads. */
	public static final String CPU_THREADS = "execution.cpuThreads";
	/** Execution page: the shards of a cluster submission. */
	public static final String SHARDS = "execution.shards";

	// Data and Models pages (wb-data-models)
	public static final String DATA_PAGE = "data";
	public static final String MODELS_PAGE = "models";
	public static final String CASES = "cases.list";
	public static final String CASE_ADD = "cases.add";
	public static final String CASE_IMPORT = "cases.import";
	public static final String CASE_REMOVE = "cases.remove";
	public static final String CASE_THUMBNAIL = "cases.thumbnail";
	public static final String CASE_THUMBNAIL_CAPTION = "cases.thumbnailCaption";
	/** The Add Case and Import Cases dialogs' shells, fields, error line and OK button. */
	public static final String CASE_DIALOG = "caseDialog";
	public static final String IMPORT_DIALOG = "importDialog";
	public static final String CASE_ID = "case.id";
	public static final String CASE_CHANNELS = "case.channels";
	public static final String CASE_CHANNEL_NAMES = "case.channelNames";
	public static final String CASE_LABEL = "case.label";
	public static final String CASE_ROI = "case.roi";
	public static final String IMPORT_FOLDER = "import.folder";
	public static final String IMPORT_IMAGE_SUFFIX = "import.imageSuffix";
	public static final String IMPORT_LABEL_SUFFIX = "import.labelSuffix";
	public static final String IMPORT_ROI_SUFFIX = "import.roiSuffix";
	public static final String IMPORT_CHANNEL = "import.channel";
	public static final String IMPORT_FOUND = "import.found";
	public static final String DIALOG_ERROR = "dialog.error";
	public static final String DIALOG_OK = "dialog.ok";
	public static final String VARIANTS = "variants.list";
	public static final String VARIANT_ID = "variant.id";
	public static final String VARIANT_NAME = "variant.name";
	public static final String VARIANT_MODEL = "variant.model";
	public static final String VARIANT_SIGNATURE = "variant.signatureKey";
	public static final String VARIANT_INPUT = "variant.inputTensor";
	public static final String VARIANT_OUTPUT = "variant.outputTensor";
	public static final String VARIANT_NORMALIZATION = "variant.normalization";
	public static final String VARIANT_TILE_SIZE = "variant.tileSize";
	public static final String VARIANT_TILE_OVERLAP = "variant.tileOverlap";
	public static final String VARIANT_LABELS = "variant.labels";
	public static final String VARIANT_LABEL_NAME = "variant.labelName";
	public static final String VARIANT_LABEL_COLOUR = "variant.labelColour";
	public static final String INSPECT = "variant.inspect";
	public static final String INSPECTION = "variant.inspection";

	/** The live preview of the Perturbations page (a {@link org.segsense.ui.preview.PerturbationPreview}). */
	public static final String PREVIEW = "axis.preview";

	private Ids() {
	}
}
