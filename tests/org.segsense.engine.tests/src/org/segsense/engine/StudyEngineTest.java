// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import org.segsense.model.RunStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.CsvExport;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.engine.store.RunLock;
import org.segsense.image.Image;
import org.segsense.image.LabelImages;
import org.segsense.image.io.ImageIO;

/**
 * The study engine end to end on synthetic 24³ cases with two box-filter models run by the plain-Java
 * test engine (no TensorFlow): ground truth and consensus references, determinism over threads and
 * shards, resume, reproduction, the lock, invalid studies and CSV export. What the command line adds
 * (exit codes, printed summaries, progress lines) is tested with the real TensorFlow engine in
 * org.segsense.cli.tests ({@code RunCommandsEndToEndTest}).
 */
class StudyEngineTest {

	@TempDir
	static Path dir;

	static Path project;
	static Path study;
	static Path reference; // an uninterrupted run, 2 threads
	static RunSummary referenceSummary;

	@BeforeAll
	static void runTheReferenceStudy() throws Exception {
		project = TestStudies.project(dir.resolve("project"));
		study = TestStudies.study(project, "s1", TestStudies.OAT, TestStudies.GROUND_TRUTH, "");
		reference = dir.resolve("runs/reference");
		long t0 = System.nanoTime();
		referenceSummary = StudyRunner.run(study, RunOptions.in(reference).withThreads(2), null);
		System.out.printf("reference run: %d jobs in %.1f s (%s)%n", referenceSummary.done(), (System.nanoTime() - t0) / 1e9,
				referenceSummary.status());
	}

	record Snapshot(List<String> jobs, List<ResultRow> results) {
	}

	/** The store without timings: what must not depend on threads, order, shards or interruptions. */
	static Snapshot snapshot(Path runDir) throws Exception {
		try (ResultStore s = ResultStore.open(runDir.resolve(ResultStore.FILE))) {
			List<String> jobs = new ArrayList<>();
			for (JobRecord j : s.jobs()) {
				jobs.add(j.index() + " " + j.key() + " " + j.caseId() + " " + j.variant() + " " + j.axis() + " " + j.perturbation() + " "
						+ j.parameter() + " " + j.value() + " " + j.seed() + " " + j.status() + " " + j.evaluation() + " " + j.message());
			}
			return new Snapshot(jobs, s.results());
		}
	}

	static Map<String, Double> values(Path runDir, String metric) throws Exception {
		Map<String, Double> m = new HashMap<>();
		for (ResultRow r : snapshot(runDir).results()) {
			if (r.metric().equals(metric)) {
				m.put(r.jobKey() + "#" + r.label(), r.value());
			}
		}
		return m;
	}

	@Test
	void aGroundTruthStudyRunsEndToEnd() throws Exception {
		assertTrue(referenceSummary.complete(), referenceSummary.toString());
		assertEquals(24, referenceSummary.done());
		assertEquals(0, referenceSummary.failed());
		// the busy clock: the union of the engine's calls over the workers, nested in the per-job engine times
		RunSummary r = referenceSummary;
		assertTrue(r.engineBusyNanos() > 0 && r.engineBusyNanos() <= r.jobsWallNanos(), r.toString());
		assertTrue(r.engineBusyNanos() <= r.engineNanos(), r.toString());
		assertTrue(r.engineIdleShare() >= 0 && r.engineIdleShare() < 1, r.toString());
		Snapshot s = snapshot(reference);
		assertEquals(24, s.jobs().size());
		assertEquals(24 * 4, s.results().size()); // 4 metrics × label 1
		Map<String, Double> dice = values(reference, "dice");
		double base = dice.get("case=c1|variant=tight|baseline#1");
		assertTrue(base > 0.8, "baseline Dice " + base);
		// a rotation by 0° is spatial (identity): the reference is transformed by nearest neighbour and nothing changes
		assertEquals(base, dice.get("case=c1|variant=tight|rot.rz=0#1"));
		assertTrue(dice.get("case=c1|variant=tight|rot.rz=10#1") > 0.5);
		try (ResultStore store = ResultStore.open(reference.resolve(ResultStore.FILE))) {
			for (JobRecord j : store.jobs()) {
				assertEquals(JobStatus.DONE, j.status());
				assertEquals(j.axis() != null && j.axis().equals("rot") ? "transformReference" : "original", j.evaluation(), j.key());
				assertTrue(j.timings().total() > 0 && j.timings().inference() > 0, j.key());
			}
			Map<String, String> p = store.provenance();
			for (String k : List.of("study.sha256", "file.images/c1.nii.gz", "file.images/c1_label.nii.gz", "model.tight", "model.wide",
					"java.version", "os.name", "cpu.model", "threads.workers", "seed.study", "metrics.conventions.dice", "study.evaluationSpace",
					"engine.java-box.runtime", "device.tight", "segsense.bundle.org.segsense.engine")) {
				assertNotNull(p.get(k), k + " in " + p.keySet());
			}
			assertEquals("transformReference", p.get("study.evaluationSpace"));
			assertEquals("completed", store.meta().get("status"));
		}
		String json = Files.readString(reference.resolve(StudyRunner.PROVENANCE));
		assertTrue(json.contains("\"model.tight\": \""), json);
		assertEquals(Files.readString(study), Files.readString(reference.resolve(StudyRunner.STUDY_COPY)));
		// the lock is released after the run
		try (RunLock lock = RunLock.tryAcquire(reference)) {
			assertNotNull(lock);
		}
	}

	@Test
	void theCsvFilesEqualTheStore() throws Exception {
		Snapshot s = snapshot(reference);
		List<List<String>> rows = CsvExport.parse(Files.readString(reference.resolve(CsvExport.RESULTS)));
		assertEquals(CsvExport.RESULT_COLUMNS, rows.get(0));
		assertEquals(s.results().size() + 1, rows.size());
		for (int i = 0; i < s.results().size(); i++) {
			ResultRow r = s.results().get(i);
			List<String> row = rows.get(i + 1);
			assertEquals(r.jobKey(), row.get(1));
			assertEquals(Integer.toString(r.label()), row.get(8));
			assertEquals(r.metric(), row.get(9));
			assertEquals(r.metricType(), row.get(10));
			assertEquals(r.value() == null ? "" : Double.toString(r.value()), row.get(11));
			if (r.value() != null) {
				assertEquals(r.value(), Double.valueOf(row.get(11))); // exact round trip
			}
			assertEquals(r.note() == null ? "" : r.note(), row.get(12));
		}
		List<List<String>> jobs = CsvExport.parse(Files.readString(reference.resolve(CsvExport.JOBS)));
		assertEquals(CsvExport.JOB_COLUMNS, jobs.get(0));
		assertEquals(25, jobs.size());
		assertEquals("case=c1|variant=tight|scale.factor=0.8", jobs.get(2).get(1));
		assertEquals("0.8", jobs.get(2).get(7));
		assertEquals("done", jobs.get(2).get(9));
	}

	@Test
	void resultsDoNotDependOnTheThreadCount() throws Exception {
		Path one = dir.resolve("runs/one-thread");
		RunSummary r = StudyRunner.run(study, RunOptions.in(one).withThreads(1).withInferenceThreads(1), null);
		assertEquals(1, r.workers());
		assertEquals(1, r.inferenceThreads());
		assertEquals(2, referenceSummary.workers());
		assertEquals(Math.min(Runtime.getRuntime().availableProcessors(), (2 * Runtime.getRuntime().availableProcessors() + 1) / 2),
				referenceSummary.inferenceThreads());
		assertEquals(snapshot(reference), snapshot(one));
		// one inference worker fed by three CPU-stage threads (as on a GPU): the same results
		Path fed = dir.resolve("runs/one-worker-three-cpu");
		StudyRunner.run(study, RunOptions.in(fed).withThreads(1).withCpuThreads(3), null);
		assertEquals(snapshot(reference), snapshot(fed));
		try (ResultStore s = ResultStore.open(fed.resolve(ResultStore.FILE))) {
			assertEquals("3", s.provenance().get("threads.cpu"));
			assertEquals("1", s.provenance().get("threads.workers"));
		}
	}

	@Test
	void twoShardsMergedEqualTheWholeRun() throws Exception {
		Path a = dir.resolve("runs/shard1"), b = dir.resolve("runs/shard2");
		RunSummary ra = StudyRunner.run(study, RunOptions.in(a).withShard(new Shard(1, 2)).withThreads(1), null);
		RunSummary rb = StudyRunner.run(study, RunOptions.in(b).withShard(new Shard(2, 2)).withThreads(2), null);
		assertEquals(12, ra.shardJobs());
		assertEquals(12, rb.done());
		Path merged = dir.resolve("runs/merged");
		RunMerge.Result m = RunMerge.merge(List.of(b, a), merged);
		assertTrue(m.complete());
		assertEquals("1/1", m.shard());
		assertEquals(snapshot(reference), snapshot(merged));
		assertTrue(Files.exists(merged.resolve(CsvExport.RESULTS)));
		// merging a shard twice, or shards of different studies, is refused
		StudyRunException twice = assertThrows(StudyRunException.class, () -> RunMerge.merge(List.of(a, a), dir.resolve("runs/twice")));
		assertTrue(twice.getMessage().contains("more than one"), twice.getMessage());
		Path other = TestStudies.study(project, "other", TestStudies.OAT, TestStudies.GROUND_TRUTH, "");
		Files.writeString(other, Files.readString(other).replace("values=\"0.5\"", "values=\"0.25\""));
		Path o = dir.resolve("runs/other-shard2");
		StudyRunner.run(other, RunOptions.in(o).withShard(new Shard(2, 2)).withThreads(2), null);
		StudyRunException different = assertThrows(StudyRunException.class, () -> RunMerge.merge(List.of(a, o), dir.resolve("runs/mixed")));
		assertTrue(different.badInput());
		assertTrue(different.getMessage().contains("different studies"), different.getMessage());
	}

	@Test
	void aStoppedRunResumesToTheSameResults() throws Exception {
		Path run = dir.resolve("runs/stopped");
		org.eclipse.core.runtime.NullProgressMonitor stop = new org.eclipse.core.runtime.NullProgressMonitor();
		RunSummary first = StudyRunner.run(study, RunOptions.in(run).withThreads(1), stop, new RunEvents() {
			@Override
			public void jobCommitted(JobRecord job, List<ResultRow> results, int done, int pending, long elapsedNanos) {
				if (done == 7) {
					stop.setCanceled(true);
				}
			}
		});
		assertTrue(first.cancelled());
		// the jobs already in the pipeline (at most workers + CPU-stage threads + 1) finish and are committed
		int stoppedAt = first.done();
		assertTrue(stoppedAt >= 7 && stoppedAt <= 7 + 2, "done after the stop: " + stoppedAt);
		assertEquals(stoppedAt, snapshot(run).jobs().size());
		// without --resume the folder is refused
		StudyRunException refused = assertThrows(StudyRunException.class, () -> StudyRunner.run(study, RunOptions.in(run), null));
		assertTrue(refused.badInput());
		assertTrue(refused.getMessage().contains("--resume"), refused.getMessage());
		AtomicInteger committed = new AtomicInteger();
		RunSummary second = StudyRunner.run(study, RunOptions.in(run).withResume(true).withThreads(2), null, new RunEvents() {
			@Override
			public void jobCommitted(JobRecord job, List<ResultRow> results, int done, int pending, long elapsedNanos) {
				committed.incrementAndGet();
			}
		});
		assertEquals(stoppedAt, second.skipped());
		assertEquals(24 - stoppedAt, second.done());
		assertEquals(24 - stoppedAt, committed.get());
		assertTrue(second.complete());
		assertEquals(snapshot(reference), snapshot(run));
		// resuming a complete run does nothing
		RunSummary third = StudyRunner.run(study, RunOptions.in(run).withResume(true), null);
		assertEquals(24, third.skipped());
		assertEquals(0, third.done());
	}

	@Test
	void aBusyRunFolderIsRefused() throws Exception {
		Path run = dir.resolve("runs/busy");
		Files.createDirectories(run);
		try (RunLock lock = RunLock.tryAcquire(run)) {
			assertNotNull(lock);
			StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(study, RunOptions.in(run), null));
			assertTrue(e.badInput());
			assertTrue(e.getMessage().contains("in use by another run"), e.getMessage());
		}
		assertFalse(Files.exists(run.resolve(ResultStore.FILE)));
	}

	@Test
	void anInvalidStudyListsItsValidationErrors() throws Exception {
		Path bad = project.resolve("bad.segsense");
		Files.writeString(bad, Files.readString(study).replace("perturbationType=\"rotation\"", "perturbationType=\"twirl\"")
				.replace("images/c2.nii.gz", "images/missing.nii.gz"));
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(bad, RunOptions.in(dir.resolve("runs/bad")), null));
		assertTrue(e.badInput());
		assertTrue(e.problems().size() >= 2, e.problems().toString());
		String problems = String.join("\n", e.problems());
		assertTrue(problems.contains("twirl") && problems.contains("missing.nii.gz"), problems);
		assertFalse(Files.exists(dir.resolve("runs/bad").resolve(ResultStore.FILE)));
		// a checksum recorded in the study is checked before the run
		Path pinned = project.resolve("pinned.segsense");
		Files.writeString(pinned, Files.readString(study).replace("<channels name=\"t1\" path=\"images/c1.nii.gz\"/>",
				"<channels name=\"t1\" path=\"images/c1.nii.gz\" checksum=\"sha256:" + "0".repeat(64) + "\"/>"));
		StudyRunException changed = assertThrows(StudyRunException.class,
				() -> StudyRunner.run(pinned, RunOptions.in(dir.resolve("runs/pinned")), null));
		assertTrue(changed.badInput());
		assertTrue(changed.getMessage().contains("images/c1.nii.gz has changed: the study records sha256:000"), changed.getMessage());
	}

	@Test
	void consensusReferencesAreComputedFromTheVariantsBaselines() throws Exception {
		for (String[] c : new String[][] { { "majority", TestStudies.MAJORITY }, { "staple", TestStudies.STAPLE },
				{ "binary", TestStudies.BINARY_STAPLE } }) {
			Path s = TestStudies.study(project, "consensus-" + c[0], TestStudies.OAT, c[1], "evaluationSpace=\"mapPredictionBack\"");
			Path run = dir.resolve("runs/consensus-" + c[0]);
			RunSummary r = StudyRunner.run(s, RunOptions.in(run).withThreads(2), null);
			assertTrue(r.complete(), r.toString());
			Image consensus = ImageIO.read(run.resolve("references/c1.nii.gz"));
			int fg = 0;
			for (int v : LabelImages.toInts(consensus)) {
				fg += v == 1 ? 1 : 0;
			}
			assertTrue(fg > 100, c[0] + ": foreground voxels of the consensus: " + fg);
			Map<String, Double> dice = values(run, "dice");
			assertEquals(24, dice.size());
			assertRaterStatistics(run, c[0]);
			// the baselines score against the consensus of the baselines: both agree well with it
			assertTrue(dice.get("case=c1|variant=tight|baseline#1") > 0.8, dice.toString());
			assertTrue(dice.get("case=c1|variant=wide|baseline#1") > 0.8, dice.toString());
			try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
				for (JobRecord j : store.jobs()) {
					if ("rot".equals(j.axis())) {
						assertEquals("mapPredictionBack", j.evaluation());
					}
				}
				assertEquals(Map.of("majority", "majorityVote", "staple", "multiLabelStaple", "binary", "binaryStaple").get(c[0]),
						store.provenance().get("study.reference"));
			}
		}
	}

	/**
	 * references/c1.staple.json: the raters, and the sensitivities STAPLE estimates from the variants'
	 * baseline predictions (recomputed here by replaying the baseline jobs).
	 */
	private static void assertRaterStatistics(Path run, String kind) throws Exception {
		String json = Files.readString(run.resolve("references/c1" + RaterStatistics.SUFFIX));
		assertTrue(json.contains("\"raters\": [\n    \"tight\",\n    \"wide\"\n  ]"), json);
		if (kind.equals("majority")) {
			assertTrue(json.contains("\"method\": \"majorityVote\""), json);
			assertFalse(json.contains("sensitivity"), json);
			return;
		}
		List<Image> raters = new ArrayList<>();
		JobReplay.replay(run, List.of("case=c1|variant=tight|baseline", "case=c1|variant=wide|baseline"), im -> {
			assertEquals("original", im.evaluation());
			raters.add(im.prediction());
		});
		double[] sensitivity = new double[2];
		if (kind.equals("staple")) {
			assertTrue(json.contains("\"method\": \"multiLabelStaple\""), json);
			org.segsense.reference.MultiLabelStaple.Result r = org.segsense.reference.ImageStaple
					.multiLabel(raters, org.segsense.reference.MultiLabelStaple.Options.defaults().withUndecidedLabel(0)).details();
			for (int k = 0; k < 2; k++) {
				sensitivity[k] = r.confusionMatrices()[k][1][1];
			}
		} else {
			assertTrue(json.contains("\"method\": \"binaryStaple\""), json);
			org.segsense.reference.BinaryStaple.Result r = org.segsense.reference.ImageStaple
					.binary(raters, 1, org.segsense.reference.BinaryStaple.Options.defaults()).details();
			sensitivity = r.sensitivity();
		}
		String sens = json.substring(json.indexOf("\"sensitivity\""), json.indexOf("\"specificity\""));
		for (double v : sensitivity) {
			assertTrue(v > 0.5 && v <= 1, kind + ": sensitivity " + v);
			assertTrue(sens.contains(org.segsense.image.util.JsonWriter.write(v)), kind + ": " + v + " not in " + sens);
		}
	}

	@Test
	void aSpecificityFromAConfusionMatrixWeighsTheOtherLabelsByTheirPriors() {
		// θ[j][c] = P(rater says j | true c), labels 0..2 and the undecided row 3
		double[][] theta = { { 0.9, 0.1, 0.2 }, { 0.05, 0.8, 0.3 }, { 0.05, 0.1, 0.5 }, { 0, 0, 0 } };
		double[] priors = { 0.5, 0.3, 0.2, 0 };
		// label 1: voxels of 0 (prior 0.5) are called 1 with 0.05, voxels of 2 (prior 0.2) with 0.3
		assertEquals((0.5 * 0.95 + 0.2 * 0.7) / 0.7, RaterStatistics.specificity(theta, priors, 1, 3), 1e-15);
		assertEquals((0.5 * 0.95 + 0.3 * 0.9) / 0.8, RaterStatistics.specificity(theta, priors, 2, 3), 1e-15);
	}

	@Test
	void aReplayedJobGivesTheImagesTheRunScored() throws Exception {
		List<String> keys = List.of("case=c1|variant=tight|rot.rz=10", "case=c2|variant=wide|scale.factor=0.8", "case=c1|variant=wide|baseline");
		Map<String, Double> dice = values(reference, "dice");
		Map<String, Double> hd95 = values(reference, "hd95");
		List<String> seen = new ArrayList<>();
		JobReplay.replay(reference, keys, im -> {
			seen.add(im.jobKey());
			Map<Integer, org.segsense.metrics.ImageMetrics.Result> m = org.segsense.metrics.ImageMetrics.compute(im.prediction(),
					im.reference(), new int[] { 1 }, 1.0, org.segsense.metrics.catalog.MetricCatalog.installed());
			assertEquals(dice.get(im.jobKey() + "#1"), m.get(1).values().get("dice"), 0.0, im.jobKey());
			assertEquals(hd95.get(im.jobKey() + "#1"), m.get(1).values().get("hd95"), 0.0, im.jobKey());
			assertEquals(1, im.input().size());
			assertTrue(im.input().get(0).geometry().sameGridAs(im.perturbed().get(0).geometry(), 1e-9));
			if (im.jobKey().contains("rot")) {
				assertEquals("transformReference", im.evaluation());
			} else {
				assertEquals("original", im.evaluation());
			}
			if (im.jobKey().endsWith("baseline")) {
				assertTrue(java.util.Arrays.equals(im.input().get(0).floats(), im.perturbed().get(0).floats()));
			} else {
				assertFalse(java.util.Arrays.equals(im.input().get(0).floats(), im.perturbed().get(0).floats()));
			}
		});
		assertEquals(keys, seen);
		StudyRunException unknown = assertThrows(StudyRunException.class,
				() -> JobReplay.replay(reference, List.of("case=c9|variant=tight|baseline"), im -> {
				}));
		assertTrue(unknown.badInput() && unknown.getMessage().contains("case=c9"), unknown.getMessage());
		StudyRunException notARun = assertThrows(StudyRunException.class, () -> JobReplay.replay(project, keys, im -> {
		}));
		assertTrue(notARun.badInput() && notARun.getMessage().contains("is not a run folder"), notARun.getMessage());
	}

	@Test
	void reproduceAgreesOnAnUnchangedRunAndNamesAChangedModel() throws Exception {
		Path p = TestStudies.project(dir.resolve("project-reproduce"));
		Path s = TestStudies.study(p, "r1", "<design xsi:type=\"segsense:OneAtATimeDesign\" axes=\"//@axes.1\"/>", TestStudies.GROUND_TRUTH, "");
		Path run = dir.resolve("runs/reproduce");
		RunSummary ran = StudyRunner.run(s, RunOptions.in(run), null);
		assertEquals(RunStatus.COMPLETED, ran.status(), ran.toString());
		Reproduction.Report ok = Reproduction.reproduce(run, 0, 2, null, null, null);
		assertTrue(ok.agrees(), ok.toString());
		assertEquals(12, ok.jobsCompared());
		assertEquals(12, ok.metrics().stream().filter(m -> m.metric().equals("dice")).findFirst().orElseThrow().identical());
		Reproduction.Report again = Reproduction.reproduce(run, 0, 1, null, null, null);
		assertTrue(again.agrees() && again.changedInputs().isEmpty(), again.toString());
		// change one model: its checksum changes and its results differ
		Path tight = p.resolve("models/tight");
		try (var files = Files.walk(tight)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		TestStudies.boxModel(tight, 175f);
		Reproduction.Report changed = Reproduction.reproduce(run, 0, 2, null, null, null);
		assertFalse(changed.agrees(), changed.toString());
		assertTrue(changed.changedInputs().stream().anyMatch(c -> c.contains("model tight (models/tight) has changed")), changed.toString());
		// the wide model's results are unchanged, the tight model's differ
		assertTrue(changed.metrics().stream().anyMatch(m -> m.different() > 0), changed.toString());
	}

	@Test
	void anInterruptedRunKeepsItsCommittedJobsAndResumes() throws Exception {
		Path run = dir.resolve("runs/interrupted");
		Thread caller = Thread.currentThread();
		InterruptedException e = assertThrows(InterruptedException.class,
				() -> StudyRunner.run(study, RunOptions.in(run).withThreads(2), null, new RunEvents() {
					@Override
					public void jobCommitted(JobRecord job, List<ResultRow> results, int done, int pending, long elapsedNanos) {
						if (done == 5) {
							caller.interrupt();
						}
					}
				}));
		assertTrue(e.getMessage().contains("--resume"), e.getMessage());
		assertFalse(Thread.interrupted());
		int kept = snapshot(run).jobs().size();
		assertTrue(kept >= 5 && kept < 24, "committed before the interrupt: " + kept);
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			assertEquals("cancelled", store.meta().get("status"));
		}
		RunSummary resumed = StudyRunner.run(study, RunOptions.in(run).withResume(true).withThreads(1), null);
		assertEquals(kept, resumed.skipped());
		assertEquals(snapshot(reference), snapshot(run));
	}

	@Test
	void aJobThatFailsIsRecordedAndTheRunGoesOn() throws Exception {
		Path p = dir.resolve("project-broken");
		Files.createDirectories(p.resolve("images"));
		for (String f : List.of("images/c1.nii.gz", "images/c1_label.nii.gz", "images/c2.nii.gz")) {
			Files.copy(project.resolve(f), p.resolve(f));
		}
		// c2's label image is on another grid
		Files.copy(project.resolve("images/c1_label.nii.gz"), p.resolve("images/c2_label.nii.gz"));
		Image small = ImageIO.read(p.resolve("images/c2_label.nii.gz"));
		ImageIO.write(Image.ofUInt8(small.geometry().withSpacing(2, 2, 2), small.bytes()), p.resolve("images/c2_label.nii.gz"));
		Files.createDirectories(p.resolve("models"));
		TestStudies.boxModel(p.resolve("models/tight"), 150f);
		TestStudies.boxModel(p.resolve("models/wide"), 135f);
		Path s = p.resolve("s1.segsense");
		Files.copy(study, s);
		Path run = dir.resolve("runs/broken");
		RunSummary r = StudyRunner.run(s, RunOptions.in(run).withThreads(2), null);
		assertFalse(r.complete(), r.toString());
		assertEquals(12, r.done(), r.toString());
		assertEquals(12, r.failed(), r.toString());
		assertTrue(r.failures().stream().anyMatch(f -> f.contains("not on the grid")), r.failures().toString());
		// the failures are listed in job order, whatever order the two workers committed them in
		List<String> inJobOrder = new ArrayList<>();
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			store.jobs().stream().filter(j -> j.status() == JobStatus.FAILED).sorted(java.util.Comparator.comparingInt(JobRecord::index))
					.forEach(j -> inJobOrder.add(j.key() + ": " + j.message()));
		}
		assertEquals(inJobOrder, r.failures());
		List<List<String>> jobs = CsvExport.parse(Files.readString(run.resolve(CsvExport.JOBS)));
		long failed = jobs.stream().filter(j -> j.get(9).equals("failed")).count();
		assertEquals(12, failed);
		assertTrue(jobs.stream().filter(j -> j.get(9).equals("failed")).allMatch(j -> j.get(2).equals("c2") && j.get(11).contains("not on the grid")));
	}

	@Test
	void theFailuresOfARunAreTheFirst20InJobOrderWhateverTheSchedule() throws Exception {
		// every job fails in the engine; the first job's inference is held back 400 ms, so it is committed after later jobs
		Path p = dir.resolve("project-failing");
		TestStudies.writeCase(p, "c1", 1);
		TestStudies.writeCase(p, "c2", 2);
		for (String m : List.of("tight", "wide")) {
			TestStudies.boxModel(p.resolve("models/" + m), 150f);
			Files.writeString(p.resolve("models/" + m + "/" + org.segsense.testing.studies.BoxModelEngine.MARKER),
					"bias=150\nfail=engine failure of " + m + "\n" + (m.equals("tight") ? "delayFirstCallMs=400\n" : ""));
		}
		Path s = TestStudies.study(p, "s1", TestStudies.OAT, TestStudies.GROUND_TRUTH, "");
		Path run = dir.resolve("runs/failing");
		RunSummary r = StudyRunner.run(s, RunOptions.in(run).withThreads(2), null);
		assertEquals(24, r.failed(), r.toString());
		List<String> first20 = new ArrayList<>();
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			store.jobs().stream().sorted(java.util.Comparator.comparingInt(JobRecord::index)).limit(20)
					.forEach(j -> first20.add(j.key() + ": " + j.message()));
		}
		assertTrue(first20.get(0).startsWith("case=c1|variant=tight|baseline: ") && first20.get(0).contains("engine failure of tight"), first20.get(0));
		assertEquals(first20, r.failures());
	}

	@Test
	void theCaseRoiIsTheNormalisationRegionAndFollowsASpatialPerturbation() throws Exception {
		// a z-score model: its prediction depends on the statistics region
		Path zproject = dir.resolve("project-zscore");
		TestStudies.writeCase(zproject, "c1", 1);
		TestStudies.writeCase(zproject, "c2", 2);
		for (String id : new String[] { "tight", "wide" }) {
			Path m = TestStudies.boxModel(zproject.resolve("models/" + id), id.equals("tight") ? 0.6f : 0.3f);
			Files.writeString(m.resolve("segsense-model.properties"), "outputKind=probabilities\nnormalization=zscore\nlabelValues=0,1\n");
		}
		Image label = ImageIO.read(zproject.resolve("images/c1_label.nii.gz"));
		byte[] roi = new byte[label.bytes().length];
		int n = TestStudies.N;
		for (int i = 0; i < roi.length; i++) {
			roi[i] = (byte) (i % n < n * 3 / 4 ? 1 : 0); // x < 18: most of the ellipsoid and some background
		}
		ImageIO.write(Image.ofUInt8(label.geometry(), roi), zproject.resolve("images/roi.nii.gz"));
		Path s = TestStudies.study(zproject, "zroi", TestStudies.OAT, TestStudies.GROUND_TRUTH, "");
		Files.writeString(s, Files.readString(s).replace("<labelImage path=\"images/c1_label.nii.gz\"/>",
				"<labelImage path=\"images/c1_label.nii.gz\"/><roiMask path=\"images/roi.nii.gz\"/>"));
		Path run = dir.resolve("runs/zroi");
		assertTrue(StudyRunner.run(s, RunOptions.in(run).withThreads(2), null).complete());
		Path model = zproject.resolve("models/tight");
		try (org.segsense.inference.spi.EngineModel m = org.segsense.inference.InferenceEngines.installed().load(model,
				new org.segsense.inference.LoadOptions(org.segsense.inference.DeviceChoice.CPU, 1, false))) {
			org.segsense.inference.Predictor p = new org.segsense.inference.Predictor(m, org.segsense.inference.PredictorOptions.defaults());
			JobReplay.replay(run, List.of("case=c1|variant=tight|baseline", "case=c1|variant=tight|rot.rz=10"), im -> {
				byte[] mask = roi;
				if (im.jobKey().contains("rot")) {
					// the ROI as the run moved it: the replayed reference is restricted to it
					mask = new byte[roi.length];
					Image moved = org.segsense.image.resample.Resampler.of(Image.ofUInt8(label.geometry(), roi))
							.transform(rotationToOriginal(label, 10)).interpolation(org.segsense.image.resample.Interpolation.NEAREST)
							.outputGeometry(label.geometry()).sameTypeOutput(true).resample();
					mask = moved.bytes();
				}
				int[] withRoi = LabelImages.toInts(p.predict(im.perturbed(), mask, null).labels());
				int[] withoutRoi = LabelImages.toInts(p.predict(im.perturbed(), null, null).labels());
				int[] replayed = LabelImages.toInts(im.prediction());
				int differ = 0;
				for (int i = 0; i < replayed.length; i++) {
					if (mask[i] != 0) {
						assertEquals(withRoi[i], replayed[i], im.jobKey() + " voxel " + i);
						differ += withRoi[i] != withoutRoi[i] ? 1 : 0;
					} else {
						assertEquals(0, replayed[i], "outside the ROI");
					}
				}
				assertTrue(differ > 0, im.jobKey() + ": the statistics region made no difference; the test would not see a wrong mask");
			});
		}
	}

	private static org.segsense.image.transform.AffineTransform rotationToOriginal(Image image, double degrees) throws Exception {
		// what the rotation perturbation reports as its perturbed-to-original transform
		org.segsense.perturb.PerturbationCatalog c = org.segsense.perturb.PerturbationCatalog.installed();
		return c.require("rotation").apply(new org.segsense.perturb.PerturbationInput(image, null, null), Map.of("rz", degrees),
				new java.util.SplittableRandom(1)).perturbedToOriginal();
	}

	@Test
	void anEmptyRoiGivesBothEmptyConventionsWithNotes() throws Exception {
		Image label = ImageIO.read(project.resolve("images/c1_label.nii.gz"));
		ImageIO.write(Image.ofUInt8(label.geometry(), new byte[label.bytes().length]), project.resolve("images/empty_roi.nii.gz"));
		Path s = TestStudies.study(project, "roi", "<design xsi:type=\"segsense:OneAtATimeDesign\" axes=\"//@axes.1\"/>",
				TestStudies.GROUND_TRUTH, "");
		Files.writeString(s, Files.readString(s).replace("<labelImage path=\"images/c1_label.nii.gz\"/>",
				"<labelImage path=\"images/c1_label.nii.gz\"/><roiMask path=\"images/empty_roi.nii.gz\"/>"));
		Path run = dir.resolve("runs/roi");
		assertTrue(StudyRunner.run(s, RunOptions.in(run).withThreads(2), null).complete());
		for (ResultRow r : snapshot(run).results()) {
			if (!r.jobKey().startsWith("case=c1|")) {
				continue;
			}
			switch (r.metric()) {
			case "dice" -> assertEquals(1.0, r.value(), r.toString());
			case "jaccard" -> {
				assertNull(r.value(), r.toString());
				assertNotNull(r.note(), r.toString());
			}
			default -> {
			}
			}
		}
	}

	@Test
	void aFactorialStudyComposesItsPerturbations() throws Exception {
		Path s = TestStudies.study(project, "factorial", "<design xsi:type=\"segsense:FactorialDesign\" axes=\"//@axes.1 //@axes.0\"/>",
				TestStudies.GROUND_TRUTH, "evaluationSpace=\"mapPredictionBack\"");
		Path run = dir.resolve("runs/factorial");
		RunSummary r = StudyRunner.run(s, RunOptions.in(run).withThreads(2), null);
		assertEquals(20, r.done());
		Map<String, Double> dice = values(run, "dice");
		Map<String, Double> ref = values(reference, "dice");
		// rotation by 0° mapped back is the identity: the combination equals the scale job alone
		assertEquals(ref.get("case=c1|variant=wide|scale.factor=1.2#1"), dice.get("case=c1|variant=wide|rot.rz=0|scale.factor=1.2#1"));
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			for (JobRecord j : store.jobs()) {
				assertEquals(j.axis() == null ? "original" : "mapPredictionBack", j.evaluation(), j.key());
				assertTrue(j.axis() == null || j.axis().equals("rot+scale"), j.key());
			}
		}
	}

	@Test
	void aShardReportsProgressAndAMergeOfOneShardIsIncomplete() throws Exception {
		Path run = dir.resolve("runs/shard-progress");
		List<Integer> progress = new ArrayList<>();
		RunSummary r = StudyRunner.run(study, RunOptions.in(run).withThreads(2).withShard(Shard.parse("1/2")), null, new RunEvents() {
			@Override
			public void jobCommitted(JobRecord job, List<org.segsense.engine.store.ResultRow> results, int done, int pending, long elapsedNanos) {
				synchronized (progress) {
					progress.add(done);
				}
			}
		});
		assertEquals(RunStatus.COMPLETED, r.status(), r.toString());
		assertEquals(12, r.done());
		assertEquals(12, progress.size());
		assertEquals(12, progress.stream().mapToInt(Integer::intValue).max().orElse(0));
		Path merged = dir.resolve("runs/shard-progress-merged");
		RunMerge.Result m = RunMerge.merge(List.of(run), merged);
		assertFalse(m.complete()); // one shard of two
		assertEquals(12, m.jobs());
		StudyRunException resume = assertThrows(StudyRunException.class,
				() -> StudyRunner.run(study, RunOptions.in(merged).withResume(true), null));
		assertTrue(resume.badInput());
		assertTrue(resume.getMessage().contains("cannot be resumed"), resume.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/2"));
	}
}
