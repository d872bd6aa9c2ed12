// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.segsense.engine.AggregationProvenance;
import org.segsense.engine.PluginProvenance;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.metrics.SegmentationMetrics;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricDescriptor;
import org.segsense.model.AggregationPolicy;
import org.segsense.model.Case;
import org.segsense.model.ConsensusReference;
import org.segsense.model.LabelDefinition;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.report.ReportException;
import org.segsense.report.render.Html;

/**
 * Everything a report reads from a run folder, loaded once: the study's copy (axes, variants, metrics,
 * labels, cases), the jobs and results of {@code results.sqlite}, and the provenance. Only done jobs
 * count; results are indexed by (case, variant, axis, value, metric, label). {@link #value} applies the
 * study's aggregation policy ({@link Aggregation}); {@link #counts} gives n_valid / n_missed / n_both_empty.
 */
public final class RunData {

	/**
	 * One perturbation axis of the study.
	 *
	 * @param id the axis id (as in job keys)
	 * @param name display name (the id when the study gives none)
	 * @param perturbation the perturbation type
	 * @param parameter the swept parameter
	 * @param unit its unit ("" when none)
	 * @param baselineValue the parameter's value in the unperturbed image (the catalogue default; NaN when the
	 *        perturbation is not installed)
	 * @param values the swept values that have done jobs, ascending
	 */
	public record Axis(String id, String name, String perturbation, String parameter, String unit, double baselineValue, List<Double> values) {
		/** @return e.g. "rz (degrees)" */
		public String parameterLabel() {
			return parameter + (unit.isEmpty() ? "" : " (" + unit + ")");
		}
	}

	/** A model variant: id and display name. */
	public record Variant(String id, String name) {
	}

	/**
	 * A metric of the study.
	 *
	 * @param id the study's metric id
	 * @param type the catalogue id
	 * @param name display name
	 * @param unit unit ("" when none)
	 * @param higherIsBetter orientation (from the metric catalogue; false for distances)
	 * @param signed true for signed metrics (volume difference): their magnitude is what gets worse
	 */
	public record Metric(String id, String type, String name, String unit, boolean higherIsBetter, boolean signed) {
		/** @return e.g. "hd95 (mm)" */
		public String label() {
			return id + (unit == null || unit.isEmpty() ? "" : " (" + unit + ")");
		}
	}

	/** A label value and its name ("label N" when no variant names it). */
	public record Label(int value, String name) {
	}

	/** How one stored result counts in an aggregate. */
	public enum Outcome {
		/** A defined value of a label present in the prediction or the reference. */
		VALID,
		/** Undefined (null): exactly one of prediction and reference is empty (a missed or a spurious structure). */
		MISSED,
		/** The label is empty in both prediction and reference (its note starts with "both empty:"). */
		BOTH_EMPTY
	}

	/**
	 * The outcomes of a cell's cases: n_valid, n_missed, n_both_empty (cases without a done job are in none).
	 */
	public record Counts(int valid, int missed, int bothEmpty) {
		/** @return "n_valid 3, n_missed 1, n_both_empty 0" */
		@Override
		public String toString() {
			return "n_valid " + valid + ", n_missed " + missed + ", n_both_empty " + bothEmpty;
		}

		/** @return the sum of two counts */
		public Counts plus(Counts o) {
			return new Counts(valid + o.valid, missed + o.missed, bothEmpty + o.bothEmpty);
		}
	}

	/**
	 * The study's aggregation policy as the run recorded it.
	 *
	 * @param worstCase true for {@code worstCase}, false for {@code exclude}
	 * @param declaredWorst the study's worstValue in mm, or null (then each case's grid diagonal)
	 * @param diagonals case → diagonal of its grid in mm (provenance {@code aggregation.diagonalMm.CASE})
	 */
	public record Aggregation(boolean worstCase, Double declaredWorst, Map<String, Double> diagonals) {
		/** @return the value substituted for a missed distance of the case, NaN when unknown */
		public double worst(String caseId) {
			if (declaredWorst != null) {
				return declaredWorst;
			}
			Double d = diagonals.get(caseId);
			return d == null ? Double.NaN : d;
		}

		/** @return e.g. "worstCase (a missed distance counts as the image diagonal: c1 69.1 mm, c2 69.1 mm)" */
		public String describe() {
			if (!worstCase) {
				return "exclude (undefined distances of missed structures are left out of means and tests; a variant that misses more"
						+ " structures can look better)";
			}
			if (declaredWorst != null) {
				return "worstCase (a missed structure's undefined distance counts as the study's worst value, " + Html.number(declaredWorst) + " mm)";
			}
			StringBuilder b = new StringBuilder("worstCase (a missed structure's undefined distance counts as the diagonal of the image grid");
			diagonals.forEach((c, d) -> b.append(b.charAt(b.length() - 1) == 'd' ? ": " : ", ").append(c).append(' ').append(Html.number(d)).append(" mm"));
			return b.append(')').toString();
		}
	}

	private final Path runDir;
	private final Study study;
	private final List<JobRecord> jobs;
	private final List<ResultRow> results;
	private final Map<String, String> provenance;
	private final Map<String, String> meta;
	private final List<String> cases = new ArrayList<>();
	private final List<Variant> variants = new ArrayList<>();
	private final List<Axis> axes = new ArrayList<>();
	private final List<Metric> metrics = new ArrayList<>();
	private final List<Label> labels = new ArrayList<>();
	private final Map<String, JobRecord> jobsByKey = new HashMap<>();
	private final Map<String, JobRecord> jobsByCell = new HashMap<>();
	private final Map<String, ResultRow> rows = new HashMap<>();
	private Aggregation aggregation;

	private RunData(Path runDir, Study study, List<JobRecord> jobs, List<ResultRow> results, Map<String, String> provenance,
			Map<String, String> meta) {
		this.runDir = runDir;
		this.study = study;
		this.jobs = List.copyOf(jobs);
		this.results = List.copyOf(results);
		this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
		this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
		index();
	}

	/**
	 * Loads a run folder.
	 *
	 * @param runDir the folder {@code segsense run --out} wrote
	 * @return the data
	 * @throws ReportException (bad input) when the folder is not a run, or its store or study cannot be read
	 */
	public static RunData load(Path runDir) throws ReportException {
		Path dir = runDir.toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			throw ReportException.badInput(dir + " is not a folder; give the run folder that 'segsense run STUDY --out DIR' wrote.", null);
		}
		Path storeFile = dir.resolve(ResultStore.FILE);
		Path studyFile = dir.resolve(StudyRunner.STUDY_COPY);
		if (!Files.isRegularFile(storeFile) || !Files.isRegularFile(studyFile)) {
			throw ReportException.badInput(dir + " is not a run folder (it has no " + (Files.isRegularFile(storeFile) ? StudyRunner.STUDY_COPY
					: ResultStore.FILE) + "); give the folder that 'segsense run STUDY --out DIR' wrote.", null);
		}
		Study study;
		try {
			study = StudyResources.load(studyFile);
		} catch (StudyLoadException e) {
			throw ReportException.badInput(studyFile + " cannot be read (" + e.getMessage() + "); it is the run's copy of its study: "
					+ "restore it from the study file or run the study again.", e);
		}
		try (ResultStore store = ResultStore.open(storeFile)) {
			return new RunData(dir, study, store.jobs(), store.results(), store.provenance(), store.meta());
		} catch (SQLException e) {
			throw ReportException.badInput(storeFile + " cannot be read (" + e.getMessage() + "); run the study again into a new folder.", e);
		}
	}

	private void index() {
		study.getCases().forEach(c -> cases.add(c.getId()));
		for (ModelVariant v : study.getModelVariants()) {
			variants.add(new Variant(v.getId(), v.getName() == null || v.getName().isBlank() ? v.getId() : v.getName()));
		}
		for (JobRecord j : jobs) {
			jobsByKey.put(j.key(), j);
			if (j.status() == JobStatus.DONE) {
				jobsByCell.put(cell(j.caseId(), j.variant(), j.axis(), j.value()), j);
			}
		}
		PerturbationCatalog perturbations = PerturbationCatalog.installed();
		for (PerturbationAxis a : study.getAxes()) {
			double baseline = perturbations.byId(a.getPerturbationType()).flatMap((PerturbationDescriptor d) -> d.parameter(a.getSweptParameter()))
					.map(ParameterSpec::defaultValue).orElse(Double.NaN);
			TreeSet<Double> values = new TreeSet<>();
			for (JobRecord j : jobs) {
				if (a.getId().equals(j.axis()) && j.value() != null && j.status() == JobStatus.DONE) {
					values.add(j.value());
				}
			}
			String unit = a.getUnit() == null ? "" : a.getUnit();
			if (unit.isEmpty()) {
				unit = perturbations.byId(a.getPerturbationType()).flatMap(d -> d.parameter(a.getSweptParameter())).map(ParameterSpec::unit).orElse("");
			}
			axes.add(new Axis(a.getId(), a.getName() == null || a.getName().isBlank() ? a.getId() : a.getName(), a.getPerturbationType(),
					a.getSweptParameter(), unit, baseline, List.copyOf(values)));
		}
		MetricCatalog catalog = MetricCatalog.installed();
		for (MetricSpec m : study.getMetrics()) {
			// a metric whose plug-in is gone is described as the run recorded it (PluginProvenance: metric.ID.*), else by its id
			Optional<MetricDescriptor> d = catalog.find(m.getMetricType());
			String recorded = PluginProvenance.METRIC_PREFIX + m.getMetricType() + ".";
			metrics.add(new Metric(m.getId(), m.getMetricType(),
					d.map(MetricDescriptor::name).orElse(provenance.getOrDefault(recorded + "name", m.getMetricType())),
					d.map(MetricDescriptor::unit).orElse(provenance.getOrDefault(recorded + "unit", "")),
					d.map(MetricDescriptor::higherIsBetter).orElse(!"false".equals(provenance.get(recorded + "higherIsBetter"))),
					d.map(MetricDescriptor::signed).orElse("true".equals(provenance.get(recorded + "signed")))));
		}
		// a consensus study scored also against the truth: its rows "<id>@truth" are further metrics of the same kind
		Set<String> ids = new java.util.HashSet<>();
		results.forEach(r -> ids.add(r.metric()));
		for (Metric m : List.copyOf(metrics)) {
			String truth = m.id() + org.segsense.engine.TruthScores.SUFFIX;
			if (ids.contains(truth)) {
				metrics.add(new Metric(truth, m.type(), m.name() + " against the truth", m.unit(), m.higherIsBetter(), m.signed()));
			}
		}
		Map<Integer, String> names = new LinkedHashMap<>();
		for (ModelVariant v : study.getModelVariants()) {
			for (LabelDefinition l : v.getLabels()) {
				if (l.getName() != null && !l.getName().isBlank()) {
					names.putIfAbsent(l.getValue(), l.getName());
				}
			}
		}
		Set<Integer> seen = new TreeSet<>();
		for (ResultRow r : results) {
			JobRecord j = jobsByKey.get(r.jobKey());
			if (j != null && j.status() == JobStatus.DONE) {
				rows.put(cell(j.caseId(), j.variant(), j.axis(), j.value()) + "|" + r.metric() + "|" + r.label(), r);
				seen.add(r.label());
			}
		}
		for (int l : seen) {
			labels.add(new Label(l, names.getOrDefault(l, "label " + l)));
		}
		Map<String, Double> diagonals = new LinkedHashMap<>();
		for (String c : cases) {
			String d = provenance.get(AggregationProvenance.DIAGONAL_PREFIX + c);
			if (d != null) {
				diagonals.put(c, Double.parseDouble(d));
			}
		}
		aggregation = new Aggregation(study.getAggregation() == AggregationPolicy.WORST_CASE, study.getWorstValue(),
				Collections.unmodifiableMap(diagonals));
	}

	/** @return the study's aggregation policy (the run's copy of the study; files without the attribute: exclude) */
	public Aggregation aggregation() {
		return aggregation;
	}

	/** @return the type of the study's metric with this id (also for its rows against the truth, "ID@truth"), or null */
	private String metricType(String metricId) {
		if (metricId.endsWith(ReferenceAgreement.TRUTH_SUFFIX)) {
			metricId = metricId.substring(0, metricId.length() - ReferenceAgreement.TRUTH_SUFFIX.length());
		}
		for (Metric m : metrics) {
			if (m.id().equals(metricId)) {
				return m.type();
			}
		}
		return null;
	}

	/** @return how a stored row counts: valid, missed (undefined) or both empty */
	public static Outcome outcome(ResultRow r) {
		if (r.note() != null && r.note().startsWith(SegmentationMetrics.BOTH_EMPTY)) {
			return Outcome.BOTH_EMPTY;
		}
		return r.value() == null ? Outcome.MISSED : Outcome.VALID;
	}

	private static String cell(String caseId, String variant, String axis, Double value) {
		return caseId + "|" + variant + "|" + (axis == null ? "<baseline>" : axis + "=" + value);
	}

	/** @return the run folder (absolute) */
	public Path runDir() {
		return runDir;
	}

	/** @return the run's copy of its study */
	public Study study() {
		return study;
	}

	/** @return every job of the store, done or failed */
	public List<JobRecord> jobs() {
		return jobs;
	}

	/** @return every result row of the store */
	public List<ResultRow> results() {
		return results;
	}

	/** @return the provenance table */
	public Map<String, String> provenance() {
		return provenance;
	}

	/** @return the store's meta table */
	public Map<String, String> meta() {
		return meta;
	}

	/** @return case ids in study order */
	public List<String> cases() {
		return cases;
	}

	/** @return variants in study order */
	public List<Variant> variants() {
		return variants;
	}

	/** @return axes in study order */
	public List<Axis> axes() {
		return axes;
	}

	/** @return metrics in study order */
	public List<Metric> metrics() {
		return metrics;
	}

	/** @return the labels that have results, ascending */
	public List<Label> labels() {
		return labels;
	}

	/** @return true when the reference is a consensus of the variants' predictions (STAPLE, majority vote) */
	public boolean consensusReference() {
		return study.getReference() instanceof ConsensusReference;
	}

	/** @return the kind of reference, e.g. "GroundTruthReference", "MultiLabelStapleReference" */
	public String referenceKind() {
		return study.getReference() == null ? "GroundTruthReference" : study.getReference().eClass().getName();
	}

	/** @return the model variant of the study, or null */
	public ModelVariant modelVariant(String id) {
		return study.getModelVariants().stream().filter(v -> v.getId().equals(id)).findFirst().orElse(null);
	}

	/** @return the case of the study, or null */
	public Case studyCase(String id) {
		return study.getCases().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
	}

	/**
	 * The done job of one cell.
	 *
	 * @param axis null for the baseline
	 * @param value the swept value (ignored for the baseline)
	 * @return the job, or empty when it is missing or failed
	 */
	public Optional<JobRecord> job(String caseId, String variant, String axis, double value) {
		return Optional.ofNullable(jobsByCell.get(cell(caseId, variant, axis, axis == null ? null : value)));
	}

	/**
	 * One stored result.
	 *
	 * @param axis null for the baseline
	 * @return the row, or empty when the job is missing/failed or did not score this metric and label
	 */
	public Optional<ResultRow> row(String caseId, String variant, String axis, double value, String metric, int label) {
		return Optional.ofNullable(rows.get(cell(caseId, variant, axis, axis == null ? null : value) + "|" + metric + "|" + label));
	}

	/** @return the stored value, NaN when it is undefined (null) or missing */
	public double storedValue(String caseId, String variant, String axis, double value, String metric, int label) {
		return row(caseId, variant, axis, value, metric, label).map(r -> r.value() == null ? Double.NaN : r.value()).orElse(Double.NaN);
	}

	/**
	 * The value that enters means and tests under the study's aggregation policy: the stored value; under
	 * {@code worstCase}, a missed surface distance (hd, hd95, hd95Pooled, assd, masd undefined because
	 * exactly one of prediction and reference is empty) is the case's worst value.
	 *
	 * @return the value, NaN when it is undefined and not substituted, or missing
	 */
	public double value(String caseId, String variant, String axis, double value, String metric, int label) {
		return value(caseId, variant, axis, value, metric, label, aggregation.worstCase());
	}

	/** {@link #value(String, String, String, double, String, int)} under a chosen policy ({@code worstCase} or exclude). */
	public double value(String caseId, String variant, String axis, double value, String metric, int label, boolean worstCase) {
		Optional<ResultRow> r = row(caseId, variant, axis, value, metric, label);
		if (r.isEmpty()) {
			return Double.NaN;
		}
		if (r.get().value() != null) {
			return r.get().value();
		}
		if (worstCase && outcome(r.get()) == Outcome.MISSED && SegmentationMetrics.DISTANCES.contains(metricType(metric))) {
			return aggregation.worst(caseId);
		}
		return Double.NaN;
	}

	/** @return n_valid, n_missed and n_both_empty of one cell over cases (axis null: the baseline) */
	public Counts counts(String variant, String axis, double value, String metric, int label) {
		int valid = 0, missed = 0, both = 0;
		for (String c : cases) {
			Optional<ResultRow> r = row(c, variant, axis, value, metric, label);
			if (r.isPresent()) {
				switch (outcome(r.get())) {
				case VALID -> valid++;
				case MISSED -> missed++;
				case BOTH_EMPTY -> both++;
				}
			}
		}
		return new Counts(valid, missed, both);
	}

	/** @return n_valid, n_missed and n_both_empty over every result of done jobs whose metric type is in {@code types} */
	public Counts countsOfTypes(java.util.Collection<String> types) {
		int valid = 0, missed = 0, both = 0;
		for (ResultRow r : rows.values()) {
			if (types.contains(r.metricType())) {
				switch (outcome(r)) {
				case VALID -> valid++;
				case MISSED -> missed++;
				case BOTH_EMPTY -> both++;
				}
			}
		}
		return new Counts(valid, missed, both);
	}

	/** @return the value of every case under a chosen policy (study order; NaN where undefined or missing) */
	public double[] perCase(String variant, String axis, double value, String metric, int label, boolean worstCase) {
		double[] v = new double[cases.size()];
		for (int i = 0; i < v.length; i++) {
			v[i] = value(cases.get(i), variant, axis, value, metric, label, worstCase);
		}
		return v;
	}

	/** @return the value of every case (study order; NaN where undefined or missing) */
	public double[] perCase(String variant, String axis, double value, String metric, int label) {
		double[] v = new double[cases.size()];
		for (int i = 0; i < v.length; i++) {
			v[i] = value(cases.get(i), variant, axis, value, metric, label);
		}
		return v;
	}

	/** @return the distinct notes of undefined values in one cell over cases (why they are null) */
	public List<String> notes(String variant, String axis, double value, String metric, int label) {
		Set<String> notes = new LinkedHashSet<>();
		for (String c : cases) {
			row(c, variant, axis, value, metric, label).filter(r -> r.value() == null && r.note() != null).ifPresent(r -> notes.add(r.note()));
		}
		return List.copyOf(notes);
	}

	/** @return the number of done jobs */
	public long doneJobs() {
		return jobs.stream().filter(j -> j.status() == JobStatus.DONE).count();
	}

	/** @return the number of failed jobs */
	public long failedJobs() {
		return jobs.stream().filter(j -> j.status() == JobStatus.FAILED).count();
	}

	/** @return done jobs of factorial combinations (several axes at once): the analysis covers one-axis jobs only */
	public long combinationJobs() {
		return jobs.stream().filter(j -> j.status() == JobStatus.DONE && j.axis() != null && j.axis().contains("+")).count();
	}

	/** @return the run's consensus references folder */
	public Path referencesDir() {
		return runDir.resolve(StudyRunner.REFERENCES);
	}
}
