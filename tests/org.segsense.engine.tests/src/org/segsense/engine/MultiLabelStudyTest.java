// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.CsvExport;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.testing.studies.SyntheticStudies;

/**
 * End-to-end runs of multi-label (overlapping bundles, {@code sigmoid-multilabel}) models: the box test engine's
 * multi-label model outputs one sigmoid per bias, so bundle k of model (b1, b2) is exactly what the one-label box
 * model of bias b_k predicts. Hence a multi-label study's rows of label k+1 must equal, value for value, the rows
 * of a one-label study of bundle k alone (same cases, seeds, perturbations — rotation included, so the K-component
 * reference is moved too). The truth is a 4-D NIfTI for c1 and a bundle folder for c2; bundle 2 contains bundle 1.
 */
class MultiLabelStudyTest {

	private static final float[] BIASES = { 150f, 135f };
	private static final String ONE_VARIANT = "  <modelVariants id=\"ml\"><savedModel path=\"models/ml\"/></modelVariants>\n";
	private static final String TWO_RATERS = "  <modelVariants id=\"ml1\"><savedModel path=\"models/ml1\"/></modelVariants>\n"
			+ "  <modelVariants id=\"ml2\"><savedModel path=\"models/ml2\"/></modelVariants>\n";

	@TempDir
	Path dir;

	/** The project's cases, and the bundles of each case: bundle 1 = the ellipsoid, bundle 2 = it dilated by 2 voxels. */
	private static Map<String, Image[]> writeCases(Path project) throws Exception {
		Map<String, Image[]> bundles = new TreeMap<>();
		for (String c : new String[] { "c1", "c2" }) {
			SyntheticProjects.writeCase(project, c, c.equals("c1") ? 1 : 2);
			Image b1 = ImageIO.read(project.resolve("images/" + c + "_label.nii.gz"));
			bundles.put(c, new Image[] { b1, dilated(b1, 2) });
		}
		return bundles;
	}

	private static Image dilated(Image mask, int r) {
		int n = SyntheticProjects.N;
		byte[] in = mask.bytes(), out = new byte[in.length];
		for (int z = 0; z < n; z++) {
			for (int y = 0; y < n; y++) {
				for (int x = 0; x < n; x++) {
					boolean on = false;
					for (int dz = -r; dz <= r && !on; dz++) {
						for (int dy = -r; dy <= r && !on; dy++) {
							for (int dx = -r; dx <= r && !on; dx++) {
								int xx = x + dx, yy = y + dy, zz = z + dz;
								on = xx >= 0 && yy >= 0 && zz >= 0 && xx < n && yy < n && zz < n && in[(zz * n + yy) * n + xx] != 0;
							}
						}
					}
					out[(z * n + y) * n + x] = (byte) (on ? 1 : 0);
				}
			}
		}
		return Image.ofUInt8(mask.geometry(), out);
	}

	/** A project whose truth is multi-label: c1 a 4-D file, c2 a bundle folder (names in natural order). */
	private Path multiLabelProject(String name, int bundleCount) throws Exception {
		Path project = dir.resolve(name);
		Map<String, Image[]> bundles = writeCases(project);
		List<Image> c1 = new java.util.ArrayList<>(List.of(bundles.get("c1")));
		while (c1.size() < bundleCount) {
			c1.add(bundles.get("c1")[0]);
		}
		ImageIO.write(BundleLabels.toVolumes(BundleLabels.stack(c1.subList(0, bundleCount))), project.resolve("images/c1_bundles.nii.gz"));
		Path folder = Files.createDirectories(project.resolve("images/c2_bundles"));
		ImageIO.write(bundles.get("c2")[0], folder.resolve("bundle_1.nii.gz"));
		ImageIO.write(bundles.get("c2")[1], folder.resolve("bundle_2.nii.gz"));
		return project;
	}

	private static String multiLabelTruth(String xml) {
		return xml.replace("images/c1_label.nii.gz", "images/c1_bundles.nii.gz").replace("images/c2_label.nii.gz", "images/c2_bundles");
	}

	private static Path write(Path project, String name, String xml) throws Exception {
		Path f = project.resolve(name + ".segsense");
		Files.writeString(f, xml);
		return f;
	}

	private static List<ResultRow> results(Path run) throws Exception {
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			return s.results();
		}
	}

	private static List<JobRecord> jobs(Path run) throws Exception {
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			return s.jobs();
		}
	}

	/** job key + metric → value of the rows of one label */
	private static Map<String, Double> byJob(List<ResultRow> rows, int label) {
		Map<String, Double> m = new TreeMap<>();
		for (ResultRow r : rows) {
			if (r.label() == label) {
				m.put(r.jobKey() + " " + r.metric(), r.value());
			}
		}
		return m;
	}

	@Test
	void perBundleMetricsEqualEachBundleScoredAloneAsAOneLabelStudy() throws Exception {
		Path project = multiLabelProject("ml", 2);
		SyntheticProjects.multiLabelBoxModel(project.resolve("models/ml"), BIASES);
		String xml = multiLabelTruth(SyntheticStudies.study("s").variants(ONE_VARIANT).metrics(SyntheticStudies.FOUR_METRICS).xml());
		Path run = dir.resolve("run-ml");
		RunSummary summary = StudyRunner.run(write(project, "s", xml), RunOptions.in(run).withThreads(2), null);
		assertTrue(summary.complete(), () -> summary.toString());
		List<ResultRow> rows = results(run);
		assertEquals(Set.of(1, 2), new TreeSet<>(rows.stream().map(ResultRow::label).toList()), "a row per bundle, labels 1..K");
		assertEquals(jobs(run).size() * 2 * 4, rows.size());

		for (int k = 0; k < 2; k++) {
			Path one = dir.resolve("one" + k);
			Map<String, Image[]> bundles = writeCases(one);
			for (String c : bundles.keySet()) {
				ImageIO.write(bundles.get(c)[k], one.resolve("images/" + c + "_label.nii.gz"));
			}
			SyntheticProjects.boxModel(one.resolve("models/ml"), BIASES[k]);
			String oneXml = SyntheticStudies.study("s").variants(ONE_VARIANT).metrics(SyntheticStudies.FOUR_METRICS).xml();
			Path oneRun = dir.resolve("run-one" + k);
			assertTrue(StudyRunner.run(write(one, "s", oneXml), RunOptions.in(oneRun).withThreads(2), null).complete());
			Map<String, Double> expected = byJob(results(oneRun), 1);
			Map<String, Double> actual = byJob(rows, k + 1);
			assertEquals(expected.keySet(), actual.keySet());
			for (Map.Entry<String, Double> e : expected.entrySet()) {
				assertEquals(e.getValue(), actual.get(e.getKey()), "bundle " + (k + 1) + ": " + e.getKey());
			}
		}
		// the bundles differ (bundle 2 is larger): the rows are not one bundle's twice
		assertFalse(byJob(rows, 1).values().stream().toList().equals(byJob(rows, 2).values().stream().toList()));
	}

	@Test
	void binaryStapleOfMultiLabelRatersScoredAlsoAgainstTheTruth() throws Exception {
		Path project = multiLabelProject("cons", 2);
		SyntheticProjects.multiLabelBoxModel(project.resolve("models/ml1"), 150f, 135f);
		SyntheticProjects.multiLabelBoxModel(project.resolve("models/ml2"), 145f, 130f);
		String metrics = "<metrics id=\"dice\" metricType=\"dice\"/>\n  <metrics id=\"hd95\" metricType=\"hd95\"/>";
		String staple = SyntheticStudies.BINARY_STAPLE.replace("/>", " scoreAgainstTruth=\"true\"/>");
		String xml = multiLabelTruth(SyntheticStudies.study("s").variants(TWO_RATERS).reference(staple).metrics(metrics).xml());
		Path run = dir.resolve("run-staple");
		RunSummary summary = StudyRunner.run(write(project, "s", xml), RunOptions.in(run).withThreads(2), null);
		assertTrue(summary.complete(), () -> summary.toString());

		// the consensus: a 4-D NIfTI, one volume per bundle, and per-bundle rater statistics
		Image ref = ImageIO.read(RunFolders.referenceFile(run, "c1"));
		assertEquals(4, ref.geometry().dimension());
		assertEquals(2, ref.geometry().size(3));
		String stats = Files.readString(RunFolders.referenceFile(run, "c1").resolveSibling("c1" + RaterStatistics.SUFFIX));
		assertTrue(stats.contains("\"bundles\"") && stats.contains("\"labels\"") && stats.contains("\"binaryStaple\""), stats);

		List<ResultRow> rows = results(run);
		Set<String> metricIds = new TreeSet<>(rows.stream().map(ResultRow::metric).toList());
		assertEquals(Set.of("dice", "dice@truth", "hd95", "hd95@truth"), metricIds);
		assertEquals(jobs(run).size() * 2 * 4, rows.size(), "metrics × bundles × (consensus, truth) per job");
		assertTrue(rows.stream().filter(r -> r.metric().equals("dice@truth")).allMatch(r -> r.metricType().equals("dice")));

		// the @truth rows equal the same study scored against the truth as its reference
		String gtXml = multiLabelTruth(SyntheticStudies.study("s").variants(TWO_RATERS).metrics(metrics).xml());
		Path gtRun = dir.resolve("run-gt");
		assertTrue(StudyRunner.run(write(project, "gt", gtXml), RunOptions.in(gtRun).withThreads(2), null).complete());
		List<ResultRow> gt = results(gtRun);
		for (int label : new int[] { 1, 2 }) {
			Map<String, Double> truth = new TreeMap<>();
			byJob(rows, label).forEach((k, v) -> {
				if (k.endsWith(TruthScores.SUFFIX)) {
					truth.put(k.substring(0, k.length() - TruthScores.SUFFIX.length()), v);
				}
			});
			assertEquals(byJob(gt, label), truth, "bundle " + label);
		}
		// and differ from the consensus rows (the consensus is not the truth)
		assertFalse(rows.stream().filter(r -> r.metric().equals("dice")).map(ResultRow::value).toList()
				.equals(rows.stream().filter(r -> r.metric().equals("dice@truth")).map(ResultRow::value).toList()));
		// the CSV export carries them; a resume keeps them; shards merge them; a reproduction agrees on them
		assertTrue(Files.readString(run.resolve(CsvExport.RESULTS)).contains(",dice@truth,dice,"));
		assertTrue(StudyRunner.run(write(project, "s", xml), RunOptions.in(run).withResume(true).withThreads(2), null).complete());
		assertEquals(rows, results(run));
		// two shards merged equal the whole run, @truth rows included
		Path s1 = dir.resolve("shard1"), s2 = dir.resolve("shard2");
		assertTrue(StudyRunner.run(write(project, "s", xml), RunOptions.in(s1).withShard(new Shard(1, 2)).withThreads(1), null).complete());
		assertTrue(StudyRunner.run(write(project, "s", xml), RunOptions.in(s2).withShard(new Shard(2, 2)).withThreads(1), null).complete());
		assertTrue(RunMerge.merge(List.of(s1, s2), dir.resolve("merged")).complete());
		assertEquals(rows, results(dir.resolve("merged")));
		Reproduction.Report report = Reproduction.reproduce(run, 0, 2, null, null, null);
		assertTrue(report.agrees(), report::toString);
		assertTrue(report.metrics().stream().anyMatch(m -> m.metric().equals("hd95@truth") && m.identical() > 0), report::toString);
	}

	@Test
	void aTruthWithTheWrongBundleCountFailsTheJobsNamingTheFileAndTheFix() throws Exception {
		Path project = multiLabelProject("bad", 3);
		SyntheticProjects.multiLabelBoxModel(project.resolve("models/ml"), BIASES);
		String xml = multiLabelTruth(SyntheticStudies.study("s").variants(ONE_VARIANT).xml());
		Path run = dir.resolve("run-bad");
		RunSummary summary = StudyRunner.run(write(project, "s", xml), RunOptions.in(run).withThreads(1), null);
		assertFalse(summary.complete());
		List<JobRecord> c1 = jobs(run).stream().filter(j -> j.caseId().equals("c1")).toList();
		assertFalse(c1.isEmpty());
		for (JobRecord j : c1) {
			assertEquals(JobStatus.FAILED, j.status());
			String m = j.message();
			assertNotNull(m);
			assertTrue(m.contains("c1_bundles.nii.gz") && m.contains("holds 3 bundle(s)") && m.contains("outputs 2") && m.contains("one volume per"), m);
		}
		// c2's bundle folder has the model's two bundles: its jobs are done
		assertTrue(jobs(run).stream().filter(j -> j.caseId().equals("c2")).allMatch(j -> j.status() == JobStatus.DONE));
	}

	@Test
	void multiLabelStapleOfMultiLabelRatersIsRefusedBeforeTheRunWithTheFix() throws Exception {
		Path project = multiLabelProject("mls", 2);
		SyntheticProjects.multiLabelBoxModel(project.resolve("models/ml1"), 150f, 135f);
		SyntheticProjects.multiLabelBoxModel(project.resolve("models/ml2"), 145f, 130f);
		String xml = multiLabelTruth(SyntheticStudies.study("s").variants(TWO_RATERS).reference(SyntheticStudies.STAPLE).xml());
		Path file = write(project, "s", xml);
		StudyRunException e = org.junit.jupiter.api.Assertions.assertThrows(StudyRunException.class,
				() -> StudyRunner.run(file, RunOptions.in(dir.resolve("run-mls")), null));
		assertTrue(e.badInput());
		String all = e.getMessage() + " " + e.problems();
		assertTrue(all.contains("'ml1' is a multi-label model") && all.contains("BinaryStapleReference"), all);
		assertTrue(StudyChecks.problems(org.segsense.model.io.StudyResources.load(file), project).stream()
				.anyMatch(p -> p.code().equals(StudyChecks.BUNDLES_NEED_BINARY_STAPLE)));
		// binary STAPLE of the same raters passes the checks
		Path ok = write(project, "ok", multiLabelTruth(SyntheticStudies.study("ok").variants(TWO_RATERS).reference(SyntheticStudies.BINARY_STAPLE).xml()));
		assertTrue(StudyChecks.problems(org.segsense.model.io.StudyResources.load(ok), project).stream()
				.noneMatch(p -> p.code().equals(StudyChecks.BUNDLES_NEED_BINARY_STAPLE)));
	}

	@Test
	void aMetricIdEndingInTheTruthSuffixIsRefusedWhenScoringAgainstTheTruth() throws Exception {
		Path project = SyntheticProjects.project(dir.resolve("suffix"));
		String metrics = "<metrics id=\"dice\" metricType=\"dice\"/>\n  <metrics id=\"dice@truth\" metricType=\"jaccard\"/>";
		String staple = SyntheticStudies.BINARY_STAPLE.replace("/>", " scoreAgainstTruth=\"true\"/>");
		Path bad = write(project, "bad", SyntheticStudies.study("bad").reference(staple).metrics(metrics).xml());
		List<org.segsense.model.validation.Problem> problems = StudyChecks.problems(org.segsense.model.io.StudyResources.load(bad), project).stream()
				.filter(p -> p.code().equals(StudyChecks.TRUTH_SUFFIX_RESERVED)).toList();
		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).message().contains("'dice@truth'") && problems.get(0).message().contains("rename"), problems::toString);
		assertEquals("/study[id=bad]/metrics[1]/id", problems.get(0).path());
		// without scoreAgainstTruth the id is just a name
		Path ok = write(project, "ok", SyntheticStudies.study("ok").reference(SyntheticStudies.BINARY_STAPLE).metrics(metrics).xml());
		assertTrue(StudyChecks.problems(org.segsense.model.io.StudyResources.load(ok), project).stream()
				.noneMatch(p -> p.code().equals(StudyChecks.TRUTH_SUFFIX_RESERVED)));
	}

	/**
	 * The raters of a consensus get peak channels as the jobs' models do, in the file's frame (RAS for a channel named
	 * peaks), not the engine's LPS: a majority vote of two identical raters then equals each rater's unperturbed
	 * prediction, so every baseline job scores Dice 1. (Given the LPS vectors the raters saw −x, predicted nothing,
	 * and the consensus was empty.) Its worst value for missed structures is the diagonal of the 3-D grid.
	 */
	@Test
	void consensusRatersSeePeakChannelsInTheFileFrame() throws Exception {
		Path project = dir.resolve("peaks");
		SyntheticProjects.writeCase(project, "c1", 1);
		SyntheticProjects.writeCase(project, "c2", 2);
		for (String c : new String[] { "c1", "c2" }) {
			Image t1 = ImageIO.read(project.resolve("images/" + c + ".nii.gz"));
			// the 4-D grid of a 3-volume file on the case's grid; peak 1 = (intensity, 0, 0) in the file's (RAS) frame
			Image volumes = BundleLabels.toVolumes(Image.of(t1.geometry(), org.segsense.image.PixelType.UINT8, 3, new byte[(int) t1.voxelCount() * 3]));
			float[] data = new float[(int) volumes.voxelCount()];
			for (int v = 0; v < t1.voxelCount(); v++) {
				data[v] = (float) t1.getDouble(v, 0);
			}
			ImageIO.write(Image.of(volumes.geometry(), data), project.resolve("images/" + c + "_peaks.nii.gz"));
		}
		for (String m : new String[] { "a", "b" }) {
			Path model = SyntheticProjects.boxModel(project.resolve("models/" + m), 150f);
			Files.writeString(model.resolve(org.segsense.testing.studies.BoxModelEngine.MARKER), "bias=150\ninputChannels=3\n");
		}
		String variants = "  <modelVariants id=\"a\"><savedModel path=\"models/a\"/></modelVariants>\n"
				+ "  <modelVariants id=\"b\"><savedModel path=\"models/b\"/></modelVariants>\n";
		String axis = "  <axes id=\"rot\" perturbationType=\"rotation\" sweptParameter=\"rz\">\n"
				+ "    <sweep xsi:type=\"segsense:ExplicitSweep\" values=\"10\"/>\n  </axes>\n";
		String xml = SyntheticStudies.study("p").variants(variants).axes(axis).reference(SyntheticStudies.MAJORITY)
				.attributes("aggregation=\"worstCase\"").xml()
				.replace("<channels name=\"t1\" path=\"images/c1.nii.gz\"/>", "<channels name=\"peaks\" path=\"images/c1_peaks.nii.gz\"/>")
				.replace("<channels name=\"t1\" path=\"images/c2.nii.gz\"/>", "<channels name=\"peaks\" path=\"images/c2_peaks.nii.gz\"/>");
		Path run = dir.resolve("run-peaks");
		RunSummary summary = StudyRunner.run(write(project, "p", xml), RunOptions.in(run).withThreads(1), null);
		assertTrue(summary.complete(), () -> summary + " " + jobsText(run));
		int baselines = 0;
		for (ResultRow r : results(run)) {
			if (r.jobKey().endsWith("|baseline") && r.metric().equals("dice")) {
				assertEquals(1.0, r.value(), 0, r.toString());
				baselines++;
			}
		}
		assertEquals(4, baselines, "2 cases × 2 variants");
		// the worst value of a case whose first channel is a 4-D peak file: the diagonal of its 3-D grid (N, N, N; 1, 1, 1.2 mm)
		int n = SyntheticProjects.N;
		double diagonal = Math.sqrt(n * n + n * n + (1.2 * n) * (1.2 * n));
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			assertEquals(diagonal, Double.parseDouble(s.provenance().get(AggregationProvenance.DIAGONAL_PREFIX + "c1")), 1e-5); // NIfTI spacing is float32
		}
	}

	private static String jobsText(Path run) {
		try {
			return jobs(run).stream().map(j -> j.key() + ": " + j.message()).toList().toString();
		} catch (Exception e) {
			return e.toString();
		}
	}
}
