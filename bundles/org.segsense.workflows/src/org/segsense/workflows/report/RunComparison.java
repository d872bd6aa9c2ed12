// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.report.ReportException;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.RunData;
import org.segsense.workflows.WorkflowException;

/**
 * Two runs of one study side by side (for example before and after retraining a variant): both runs' analyses (the
 * report's curves of each) and the per-job changes of a metric. Conventions: run A is the reference, a change is
 * B − A; two jobs are the same job when their job keys are equal (the key names the case, the variant and the swept
 * settings, so it is the same in every run of a study); only jobs done in both runs whose stored value of the metric
 * and label is defined in both enter the changes. Runs of different studies (different study ids) are refused.
 */
public final class RunComparison {

	/**
	 * The change of one job's metric between the runs.
	 *
	 * @param jobKey the job key (the same in both runs)
	 * @param caseId the case
	 * @param variant the model variant
	 * @param axis the swept axis, or null for a baseline (unperturbed) job
	 * @param value the swept value, or null for a baseline job
	 * @param a the stored value in run A
	 * @param b the stored value in run B
	 */
	public record Change(String jobKey, String caseId, String variant, String axis, Double value, double a, double b) {
		/** @return b − a */
		public double difference() {
			return b - a;
		}
	}

	private final RunData a, b;
	private Analysis analysisA, analysisB;

	private RunComparison(RunData a, RunData b) {
		this.a = a;
		this.b = b;
	}

	/**
	 * Reads two run folders and compares them.
	 *
	 * @throws WorkflowException (bad input) when a folder is no readable run, or the runs are of different studies
	 */
	public static RunComparison of(Path runA, Path runB) {
		RunData ra, rb;
		try {
			ra = RunData.load(runA);
			rb = RunData.load(runB);
		} catch (ReportException e) {
			throw WorkflowException.of(e);
		}
		return of(ra, rb);
	}

	/** @throws WorkflowException (bad input) when the runs are of different studies */
	public static RunComparison of(RunData a, RunData b) {
		String idA = a.study().getId(), idB = b.study().getId();
		if (idA == null ? idB != null : !idA.equals(idB)) {
			throw WorkflowException.badInput("Cannot compare " + a.runDir() + " (study '" + idA + "') with " + b.runDir() + " (study '" + idB
					+ "'): only two runs of the same study can be compared. Choose two runs of one study.");
		}
		return new RunComparison(a, b);
	}

	/** @return run A (the reference) */
	public RunData a() {
		return a;
	}

	/** @return run B */
	public RunData b() {
		return b;
	}

	/** @return the report's analysis of run A (computed on first use) */
	public synchronized Analysis analysisA() {
		if (analysisA == null) {
			analysisA = Analysis.of(a);
		}
		return analysisA;
	}

	/** @return the report's analysis of run B (computed on first use) */
	public synchronized Analysis analysisB() {
		if (analysisB == null) {
			analysisB = Analysis.of(b);
		}
		return analysisB;
	}

	/**
	 * @return every job done in both runs whose stored {@code metric} of {@code label} is defined in both, sorted by
	 *         |B − A| descending (ties in run A's job order)
	 */
	public List<Change> changes(String metric, int label) {
		Map<String, Double> inB = values(b, metric, label);
		Map<String, JobRecord> jobsA = new HashMap<>();
		for (JobRecord j : a.jobs()) {
			if (j.status() == JobStatus.DONE) {
				jobsA.put(j.key(), j);
			}
		}
		List<Change> out = new ArrayList<>();
		List<Integer> order = new ArrayList<>();
		for (ResultRow r : a.results()) {
			JobRecord j = jobsA.get(r.jobKey());
			Double vb = inB.get(r.jobKey());
			if (j == null || vb == null || r.label() != label || !r.metric().equals(metric) || r.value() == null || Double.isNaN(r.value())) {
				continue;
			}
			out.add(new Change(j.key(), j.caseId(), j.variant(), j.axis(), j.value(), r.value(), vb));
			order.add(j.index());
		}
		Map<Change, Integer> index = new HashMap<>();
		for (int i = 0; i < out.size(); i++) {
			index.put(out.get(i), order.get(i));
		}
		out.sort(Comparator.<Change>comparingDouble(c -> -Math.abs(c.difference())).thenComparing(index::get));
		return out;
	}

	/** @return the {@code n} largest changes of {@link #changes} */
	public List<Change> largestChanges(String metric, int label, int n) {
		List<Change> all = changes(metric, label);
		return List.copyOf(all.subList(0, Math.min(n, all.size())));
	}

	/** @return job key → defined stored value of the done jobs of a run */
	private static Map<String, Double> values(RunData run, String metric, int label) {
		Map<String, Boolean> done = new HashMap<>();
		for (JobRecord j : run.jobs()) {
			done.put(j.key(), j.status() == JobStatus.DONE);
		}
		Map<String, Double> out = new HashMap<>();
		for (ResultRow r : run.results()) {
			if (r.label() == label && r.metric().equals(metric) && r.value() != null && !Double.isNaN(r.value())
					&& Boolean.TRUE.equals(done.get(r.jobKey()))) {
				out.put(r.jobKey(), r.value());
			}
		}
		return out;
	}
}
