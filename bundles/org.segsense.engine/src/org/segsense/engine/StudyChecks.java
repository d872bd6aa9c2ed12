// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.OutputKind;
import org.segsense.inference.PredictorOptions;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;
import org.segsense.model.validation.ObjectPaths;
import org.segsense.model.validation.Problem;
import org.segsense.model.validation.StudyValidation;
import org.segsense.perturb.PerturbationCatalog;

/**
 * Everything {@code segsense run} checks before its first job, as a list of problems, so that
 * {@code segsense study validate} reports exactly what a run would refuse: the model's validation (with
 * the installed perturbations; sizes, files, paths outside the project), the installed metric types, and
 * tiles that the model's receptive-field margin leaves empty, and a multi-label STAPLE reference of multi-label
 * (overlapping bundle) raters. The margin and the output kind are read from the model's
 * {@value ModelDescriptor#METADATA_FILE} without loading the model (no TensorFlow).
 */
public final class StudyChecks {

	/** The rule of an unknown metric type. */
	public static final String UNKNOWN_METRIC = "MetricSpec.knownMetricType";
	/** The rule of a tile that the model's margin leaves empty. */
	public static final String TILE_MARGIN = "ModelVariant.tileFitsMargin";

	/** The rule of a multi-label STAPLE reference whose raters are multi-label (overlapping bundles) models. */
	public static final String BUNDLES_NEED_BINARY_STAPLE = "MultiLabelStapleReference.notOfBundles";

	/** The rule of a metric id that ends in {@link TruthScores#SUFFIX} while the study also scores against the truth. */
	public static final String TRUTH_SUFFIX_RESERVED = "MetricSpec.truthSuffixReserved";

	/** The rule of a plug-in that a run of the study recorded and this runtime lacks. */
	public static final String PLUGIN_MISSING = "Study.pluginInstalled";

	private static final long MAX_METADATA_BYTES = 1 << 20;

	private StudyChecks() {
	}

	/**
	 * @param study the study
	 * @param project the folder its relative paths refer to
	 * @return errors and warnings, in the order of the objects in the study
	 */
	public static List<Problem> problems(Study study, Path project) {
		List<Problem> problems = new ArrayList<>(StudyValidation.validate(study, project, PerturbationCatalog.installed().asParameterCatalog()));
		MetricCatalog catalog = MetricCatalog.installed();
		for (MetricSpec m : study.getMetrics()) {
			if (m.getMetricType() != null && !m.getMetricType().isBlank() && catalog.find(m.getMetricType()).isEmpty()) {
				problems.add(new Problem(Problem.Severity.ERROR, ObjectPaths.pathOf(m, SegsensePackage.Literals.METRIC_SPEC__METRIC_TYPE),
						"unknown metric '" + m.getMetricType() + "'; installed: "
								+ String.join(", ", catalog.descriptors().stream().map(d -> d.id()).toList()) + " (segsense metrics --list).",
						UNKNOWN_METRIC));
			}
			if (study.getReference() instanceof org.segsense.model.ConsensusReference c && c.isScoreAgainstTruth() && TruthScores.isTruthId(m.getId())) {
				problems.add(new Problem(Problem.Severity.ERROR, ObjectPaths.pathOf(m, SegsensePackage.Literals.IDENTIFIED__ID),
						"The metric id '" + m.getId() + "' ends in " + TruthScores.SUFFIX + ", which names the rows scored against the truth"
								+ " (scoreAgainstTruth); rename the metric.",
						TRUTH_SUFFIX_RESERVED));
			}
		}
		for (ModelVariant v : study.getModelVariants()) {
			tileProblem(v, project, problems);
		}
		bundleStapleProblem(study, project, problems);
		return problems;
	}

	/**
	 * Multi-label STAPLE assumes one label per voxel; the bundles of multi-label models ({@code outputKind=sigmoid-multilabel}
	 * in their metadata) overlap, so a consensus of them is binary STAPLE per bundle.
	 */
	private static void bundleStapleProblem(Study study, Path project, List<Problem> problems) {
		if (!(study.getReference() instanceof MultiLabelStapleReference ml)) {
			return;
		}
		for (ModelVariant v : ml.getRaters()) {
			if (v.getSavedModel() == null || v.getSavedModel().getPath() == null) {
				continue;
			}
			String kind;
			try {
				kind = metadata(project.resolve(v.getSavedModel().getPath())).getProperty("outputKind", "");
			} catch (RuntimeException e) {
				continue; // validation reports the path
			}
			if (OutputKind.SIGMOID_MULTILABEL.cliName().equalsIgnoreCase(kind.trim())) {
				problems.add(new Problem(Problem.Severity.ERROR, ObjectPaths.pathOf(ml, SegsensePackage.Literals.CONSENSUS_REFERENCE__RATERS),
						"The rater '" + v.getId() + "' is a multi-label model (sigmoid-multilabel) whose bundles overlap; multi-label STAPLE"
								+ " assumes one label per voxel. Use a BinaryStapleReference (STAPLE per bundle) or a MajorityVoteReference.",
						BUNDLES_NEED_BINARY_STAPLE));
				return;
			}
		}
	}

	/**
	 * {@link #problems(Study, Path)}, and for a study whose run recorded its plug-ins (a run folder's copy, a
	 * run to resume) one error per recorded plug-in that is missing now, naming it, its version and the axes
	 * and metrics that need it; it replaces the generic unknown-perturbation and unknown-metric errors of
	 * those axes and metrics.
	 *
	 * @param recorded the run's provenance ({@link PluginProvenance#recordedFor}), or an empty map
	 */
	public static List<Problem> problems(Study study, Path project, Map<String, String> recorded) {
		List<Problem> problems = problems(study, project);
		List<PluginProvenance.Missing> missing = PluginProvenance.missing(recorded, study, PerturbationCatalog.installed(), MetricCatalog.installed());
		if (missing.isEmpty()) {
			return problems;
		}
		List<Problem> out = new ArrayList<>();
		for (PluginProvenance.Missing m : missing) {
			out.add(new Problem(Problem.Severity.ERROR, "plugins", m.message(), PLUGIN_MISSING));
		}
		for (Problem p : problems) {
			boolean covered = (UNKNOWN_METRIC.equals(p.code()) || "PerturbationAxis.knownPerturbation".equals(p.code()))
					&& missing.stream().anyMatch(m -> m.ids().stream().anyMatch(id -> p.message().contains("'" + id + "'")));
			if (!covered) {
				out.add(p);
			}
		}
		return out;
	}

	/** The tile must keep at least one voxel per axis once the margin is cut from both sides and the overlap taken. */
	private static void tileProblem(ModelVariant v, Path project, List<Problem> problems) {
		List<Integer> sizes = v.getTileSize();
		if (sizes.isEmpty() || v.getSavedModel() == null || v.getSavedModel().getPath() == null) {
			return;
		}
		Path model;
		try {
			model = project.resolve(v.getSavedModel().getPath());
		} catch (RuntimeException e) {
			return; // validation reports the path
		}
		int margin = margin(model);
		List<Integer> overlaps = v.getTileOverlap();
		for (int axis = 0; axis < sizes.size(); axis++) {
			int overlap = overlaps.isEmpty() ? 0 : overlaps.size() == 1 ? overlaps.get(0) : axis < overlaps.size() ? overlaps.get(axis) : 0;
			int size = sizes.get(axis);
			if (size > 0 && size - 2 * margin - overlap < 1) {
				problems.add(new Problem(Problem.Severity.ERROR, ObjectPaths.pathOf(v, SegsensePackage.Literals.MODEL_VARIANT__TILE_SIZE),
						"The tile size " + size + " of model variant '" + v.getId() + "' is too small for the model's margin of " + margin
								+ " voxels (its receptive-field radius, cut from both sides of a tile)" + (overlap > 0 ? " plus the overlap " + overlap : "")
								+ "; use tiles of at least " + (2 * margin + overlap + 1) + " voxels, or no tile size (whole volumes).",
						TILE_MARGIN));
				return;
			}
		}
	}

	/**
	 * The margin the predictor will use for the model: its {@code receptiveFieldRadius} (at least 1), else
	 * {@link PredictorOptions#DEFAULT_MARGIN} (as {@code Predictor.effectiveMargin()} decides).
	 */
	static int margin(Path modelDir) {
		try {
			String v = metadata(modelDir).getProperty("receptiveFieldRadius");
			return v == null ? PredictorOptions.DEFAULT_MARGIN : Math.max(1, Integer.parseInt(v.trim()));
		} catch (RuntimeException e) {
			return PredictorOptions.DEFAULT_MARGIN;
		}
	}

	/** @return the model's {@value ModelDescriptor#METADATA_FILE} without loading the model; empty when it is missing, too large or unreadable */
	private static Properties metadata(Path modelDir) {
		Path file = modelDir.resolve(ModelDescriptor.METADATA_FILE);
		Properties p = new Properties();
		try {
			if (Files.isRegularFile(file) && Files.size(file) <= MAX_METADATA_BYTES) {
				try (InputStream in = Files.newInputStream(file)) {
					p.load(in);
				}
			}
		} catch (IOException | RuntimeException e) {
			return new Properties();
		}
		return p;
	}
}
