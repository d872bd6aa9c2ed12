// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.perturb.PerturbationCatalog;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.perturb.PerturbationCatalog;

/**
 * Re-runs a run folder's copy of its study into a temporary folder and compares the results with the
 * stored ones, per metric: how many are identical (bit for bit, or within a tolerance), how many differ
 * and by how much at most; and whether an input (image or model) has changed since.
 */
public final class Reproduction {

	/**
	 * The comparison of one metric.
	 *
	 * @param metric the metric id
	 * @param identical values equal bit for bit (or both undefined)
	 * @param withinTolerance values that differ by at most the tolerance (0 when none is given)
	 * @param different values that differ by more, or are undefined in one run only
	 * @param missing values of the original run that the re-run did not produce
	 * @param maxAbsDifference the largest |difference| between defined values
	 */
	public record MetricComparison(String metric, int identical, int withinTolerance, int different, int missing, double maxAbsDifference) {
		/** @return true when every value agrees */
		public boolean agrees() {
			return different == 0 && missing == 0;
		}
	}

	/**
	 * The result of a reproduction.
	 *
	 * @param runDir the run folder
	 * @param reproductionDir where the re-run was written (deleted unless kept)
	 * @param tolerance the tolerance (0 = bit-exact)
	 * @param jobsCompared jobs done in both runs
	 * @param jobsMissing jobs done in the original but not in the re-run
	 * @param metrics per metric
	 * @param changedInputs inputs whose checksum differs from the original run's provenance
	 * @param error why the re-run could not run, else null
	 */
	public record Report(Path runDir, Path reproductionDir, double tolerance, int jobsCompared, int jobsMissing, List<MetricComparison> metrics,
			List<String> changedInputs, String error) {
		/** @return true when everything agrees and no input changed */
		public boolean agrees() {
			return error == null && changedInputs.isEmpty() && jobsMissing == 0 && metrics.stream().allMatch(MetricComparison::agrees);
		}
	}

	private Reproduction() {
	}

	/** {@link #reproduce(Path, double, int, Path, Path, IProgressMonitor, RunEvents)} without events. */
	public static Report reproduce(Path runDir, double tolerance, int threads, Path keepDir, Path projectDir, IProgressMonitor monitor)
			throws StudyRunException, InterruptedException {
		return reproduce(runDir, tolerance, threads, keepDir, projectDir, monitor, null);
	}

	/**
	 * @param runDir the run folder to reproduce
	 * @param tolerance largest |difference| that counts as agreement (0: bit-exact)
	 * @param threads worker threads (0: automatic)
	 * @param keepDir where to write the re-run (kept), or null for a temporary folder (deleted)
	 * @param projectDir the folder the study's paths refer to, or null for the one the run recorded
	 * @param monitor progress of the re-run and cancellation, or null
	 * @param events the re-run's committed jobs, or null
	 * @return the report
	 * @throws StudyRunException (bad input) when runDir is not a run folder
	 * @throws OperationCanceledException when the monitor was cancelled: the re-run stopped after its jobs
	 *         in flight (the temporary folder is deleted, a kept one holds the jobs committed); the run folder
	 *         itself is only read
	 */
	public static Report reproduce(Path runDir, double tolerance, int threads, Path keepDir, Path projectDir, IProgressMonitor monitor,
			RunEvents events) throws StudyRunException, InterruptedException {
		SubMonitor sub = SubMonitor.convert(monitor, "Reproducing " + runDir.getFileName(), 100);
		Path dir = runDir.toAbsolutePath().normalize();
		Path storeFile = dir.resolve(ResultStore.FILE);
		Path study = dir.resolve(StudyRunner.STUDY_COPY);
		if (!Files.isRegularFile(storeFile) || !Files.isRegularFile(study)) {
			throw StudyRunException.badInput(dir + " is not a run folder (it needs " + ResultStore.FILE + " and " + StudyRunner.STUDY_COPY
					+ "). Give a folder written by segsense run.");
		}
		Map<String, String> meta;
		Map<String, String> provenance;
		List<JobRecord> jobs;
		List<ResultRow> results;
		try (ResultStore s = ResultStore.open(storeFile)) {
			meta = s.meta();
			provenance = s.provenance();
			jobs = s.jobs();
			results = s.results();
		} catch (SQLException e) {
			throw StudyRunException.badInput("Cannot read " + storeFile + ": " + e.getMessage(), e);
		}
		Path project = projectDir != null ? projectDir : Path.of(meta.getOrDefault("project.dir", dir.toString()));
		org.segsense.model.Study recordedStudy = loadStudy(study, project);
		List<PluginProvenance.Missing> missingPlugins = PluginProvenance.missing(provenance, recordedStudy, PerturbationCatalog.installed(),
				MetricCatalog.installed());
		if (!missingPlugins.isEmpty()) {
			// before anything is written (no temporary or kept folder)
			throw new StudyRunException(true, dir + " cannot be reproduced: it needs plug-ins that are not installed:",
					missingPlugins.stream().map(PluginProvenance.Missing::message).toList(), null);
		}
		Shard shard;
		try {
			shard = Shard.parse(meta.getOrDefault("shard", "1/1"));
		} catch (RuntimeException e) {
			shard = Shard.ALL; // merged runs: re-run everything, compare what the original has
		}
		Path out;
		boolean temporary = keepDir == null;
		try {
			out = temporary ? Files.createTempDirectory("segsense-reproduce-") : keepDir.toAbsolutePath().normalize();
		} catch (IOException e) {
			throw StudyRunException.failure("Cannot create a temporary folder: " + e.getMessage(), e);
		}
		try {
			List<String> changed = new ArrayList<>();
			try {
				Map<String, String> now = Provenance.checksums(loadStudy(study, project), project);
				for (Map.Entry<String, String> e : provenance.entrySet()) {
					String k = e.getKey();
					if ((k.startsWith("file.") || k.startsWith("model.")) && !k.endsWith(".path")) {
						String v = now.get(k);
						if (v == null) {
							changed.add(Admission.describeChecksumKey(k, provenance) + ": missing now");
						} else if (!v.equals(e.getValue())) {
							changed.add(Admission.describeChecksumKey(k, provenance) + " has changed: sha256 " + e.getValue() + " in the run, "
									+ v + " now");
						}
					}
				}
			} catch (StudyRunException e) {
				changed.add(e.getMessage());
			}
			// a plug-in of another version or other contents is a changed input of the results it produced
			changed.addAll(PluginProvenance.changed(provenance,
					PluginProvenance.of(recordedStudy, project, PerturbationCatalog.installed(), MetricCatalog.installed())));
			RunSummary summary;
			try {
				summary = StudyRunner.run(study, RunOptions.in(out).withProjectDir(project).withShard(shard).withThreads(threads)
						.withAllowOutsideProject("true".equals(provenance.get("run.allowOutsideProject"))), sub.split(90), events);
			} catch (StudyRunException e) {
				String msg = e.getMessage() + (e.problems().isEmpty() ? "" : "\n  " + String.join("\n  ", e.problems()));
				return new Report(dir, temporary ? null : out, tolerance, 0, 0, List.of(), changed, msg);
			}
			if (summary.cancelled()) {
				throw new OperationCanceledException("The reproduction of " + dir + " was cancelled after " + summary.done() + " job(s).");
			}
			sub.split(10).subTask("comparing the results");
			List<JobRecord> newJobs;
			List<ResultRow> newResults;
			try (ResultStore s = ResultStore.open(out.resolve(ResultStore.FILE))) {
				newJobs = s.jobs();
				newResults = s.results();
			} catch (SQLException e) {
				throw StudyRunException.failure("Cannot read the re-run's results: " + e.getMessage(), e);
			}
			java.util.Set<String> doneNow = new java.util.HashSet<>();
			newJobs.stream().filter(j -> j.status() == JobStatus.DONE).forEach(j -> doneNow.add(j.key()));
			java.util.Set<String> doneThen = new java.util.LinkedHashSet<>();
			jobs.stream().filter(j -> j.status() == JobStatus.DONE).forEach(j -> doneThen.add(j.key()));
			int missingJobs = (int) doneThen.stream().filter(k -> !doneNow.contains(k)).count();
			Map<String, ResultRow> byKey = new LinkedHashMap<>();
			newResults.forEach(r -> byKey.put(r.jobKey() + "\u0000" + r.label() + "\u0000" + r.metric(), r));
			Map<String, int[]> counts = new TreeMap<>();
			Map<String, Double> maxDiff = new TreeMap<>();
			for (ResultRow r : results) {
				if (!doneThen.contains(r.jobKey())) {
					continue;
				}
				int[] c = counts.computeIfAbsent(r.metric(), k -> new int[4]);
				maxDiff.putIfAbsent(r.metric(), 0.0);
				ResultRow n = byKey.get(r.jobKey() + "\u0000" + r.label() + "\u0000" + r.metric());
				if (n == null) {
					c[3]++;
				} else if (r.value() == null || n.value() == null) {
					c[r.value() == null && n.value() == null ? 0 : 2]++;
				} else if (Double.compare(r.value(), n.value()) == 0) {
					c[0]++;
				} else {
					double d = Math.abs(r.value() - n.value());
					maxDiff.merge(r.metric(), d, Math::max);
					c[d <= tolerance ? 1 : 2]++;
				}
			}
			List<MetricComparison> list = new ArrayList<>();
			counts.forEach((m, c) -> list.add(new MetricComparison(m, c[0], c[1], c[2], c[3], maxDiff.get(m))));
			int compared = (int) doneThen.stream().filter(doneNow::contains).count();
			// jobs that failed in the original too are not compared; a failure of a job that was done is reported
			String error = summary.failed() > 0 && missingJobs > 0 ? summary.failed() + " job(s) of the re-run failed: " + String.join("; ", summary.failures().stream().limit(3).toList())
					: null;
			return new Report(dir, temporary ? null : out, tolerance, compared, missingJobs, list, changed, error);
		} finally {
			if (temporary) {
				deleteTree(out);
			}
			sub.done();
		}
	}

	private static org.segsense.model.Study loadStudy(Path study, Path project) throws StudyRunException {
		try {
			return org.segsense.model.io.StudyResources.load(study);
		} catch (org.segsense.model.io.StudyLoadException e) {
			throw StudyRunException.badInput(e.getMessage(), e);
		}
	}

	private static void deleteTree(Path dir) {
		try (Stream<Path> s = Files.walk(dir)) {
			s.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				} catch (IOException e) {
					// best effort
				}
			});
		} catch (IOException e) {
			// best effort
		}
	}
}
