// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.studies.SyntheticProjects;

/**
 * Snapshot tests of every command's {@code --json} output on fixed inputs: the command line's scripting
 * contract ({@link JsonSnapshots}; files in {@code tests/org.segsense.cli.tests/snapshots/}). The inputs are
 * made here, deterministically: two 24³ ellipsoid cases ({@link SyntheticProjects}), two box-filter TensorFlow
 * models ({@link TfBoxModels}) and a study over them. {@code segsense demo} is not snapshotted: it fetches
 * images with apt-get and npm and trains for minutes ({@code DemoTest} covers its parts).
 */
class JsonContractTest {

	@TempDir
	static Path dir;

	static Path project;
	static Path study;
	static Path run;

	/** Run-time figures of the run summary: wall times and shares of them. */
	static final String[] RUN_TIMES = { "wallMs", "engineFraction", "jobsWallMs", "engineBusyMs", "engineIdleShare" };

	@BeforeAll
	static void inputs() throws Exception {
		project = dir.resolve("project");
		SyntheticProjects.writeCase(project, "c1", 1);
		SyntheticProjects.writeCase(project, "c2", 2);
		TfBoxModels.boxModel(project.resolve("models/tight"), 150f);
		TfBoxModels.boxModel(project.resolve("models/wide"), 135f);
		study = project.resolve("s1.segsense");
		Files.writeString(study, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="s1" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nii.gz"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <cases id="c2">
				    <channels name="t1" path="images/c2.nii.gz"/>
				    <labelImage path="images/c2_label.nii.gz"/>
				  </cases>
				  <modelVariants id="tight"><savedModel path="models/tight"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <modelVariants id="wide"><savedModel path="models/wide"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.8 1.2"/>
				  </axes>
				  <axes id="rot" perturbationType="rotation" sweptParameter="rz" unit="degrees">
				    <sweep xsi:type="segsense:ExplicitSweep" values="10"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="hd95" metricType="hd95"/>
				  <execution threads="2" device="cpu"/>
				</segsense:Study>
				""", StandardCharsets.UTF_8);
		run = dir.resolve("runs/full");
		Cli.Result r = Cli.run("--json", "run", study.toString(), "--out", run.toString(), "--threads", "2", "--inference-threads", "1");
		assertEquals(0, r.exitCode(), r::toString);
		snapshot("run", r, 0, List.of("runDir", "study", "status", "studyJobs", "shardJobs", "skipped", "done", "failed", "workers",
				"inferenceThreads", "wallMs", "engineFraction", "jobsWallMs", "engineBusyMs", "engineIdleShare", "failures"),
				JsonSnapshots.in(dir).volatileKeys(RUN_TIMES));
	}

	static void snapshot(String name, Cli.Result r, int exitCode, List<String> keys, JsonSnapshots normaliser) throws Exception {
		assertEquals(exitCode, r.exitCode(), r::toString);
		normaliser.check(name, r.out(), keys);
	}

	static void snapshot(String name, Cli.Result r, int exitCode, List<String> keys) throws Exception {
		snapshot(name, r, exitCode, keys, JsonSnapshots.in(dir));
	}

	static String p(String relative) {
		return project.resolve(relative).toString();
	}

	// --- study ---

	@Test
	void studyNew() throws Exception {
		snapshot("study-new", Cli.run("--json", "study", "new", dir.resolve("new/fresh.segsense").toString(), "--id", "fresh"), 0,
				List.of("file", "id"));
	}

	@Test
	void studyValidate() throws Exception {
		snapshot("study-validate", Cli.run("--json", "study", "validate", study.toString()), 0,
				List.of("file", "valid", "errors", "warnings", "problems"));
	}

	@Test
	void studyValidateInvalid() throws Exception {
		Path bad = project.resolve("bad.segsense");
		Files.writeString(bad, Files.readString(study).replace("perturbationType=\"rotation\"", "perturbationType=\"twirl\"")
				.replace("images/c2.nii.gz", "images/missing.nii.gz"));
		snapshot("study-validate-invalid", Cli.run("--json", "study", "validate", bad.toString()), 2,
				List.of("file", "valid", "errors", "warnings", "problems"));
	}

	// --- images ---

	@Test
	void imageInfo() throws Exception {
		snapshot("image-info", Cli.run("--json", "image", "info", p("images/c1.nii.gz")), 0,
				List.of("size", "spacing", "origin", "direction", "pixelType", "components"));
	}

	@Test
	void imageResample() throws Exception {
		snapshot("image-resample", Cli.run("--json", "image", "resample", p("images/c1.nii.gz"), dir.resolve("resampled.nii.gz").toString(),
				"--rotate", "0,0,10", "--interpolator", "linear"), 0, List.of("output", "image"));
	}

	@Test
	void stapleBinary() throws Exception {
		Path[] raters = raters();
		snapshot("staple", Cli.run("--json", "staple", dir.resolve("staple.nii.gz").toString(), raters[0].toString(), raters[1].toString(),
				raters[2].toString()), 0, List.of("iterations", "converged", "sensitivity", "specificity", "prior", "notes", "output"));
	}

	@Test
	void stapleMultiLabel() throws Exception {
		Path[] raters = raters();
		snapshot("staple-multilabel", Cli.run("--json", "staple", "--multilabel", dir.resolve("staple-ml.nii.gz").toString(),
				raters[0].toString(), raters[1].toString(), raters[2].toString()), 0,
				List.of("iterations", "converged", "confusionMatrices", "priors", "undecidedLabel", "output"));
	}

	/** Three raters: the label maps of c1 and c2 and c1's map eroded at the x edges (all on one grid). */
	static Path[] raters() throws Exception {
		Path a = project.resolve("images/c1_label.nii.gz");
		Path b = dir.resolve("rater-b.nii.gz"), c = dir.resolve("rater-c.nii.gz");
		if (!Files.exists(c)) {
			Image la = ImageIO.read(a), lb = ImageIO.read(project.resolve("images/c2_label.nii.gz"));
			ImageIO.write(Image.ofUInt8(la.geometry(), lb.bytes()), b);
			byte[] v = la.bytes().clone();
			int n = SyntheticProjects.N;
			for (int i = 0; i < v.length; i++) {
				int x = i % n;
				if (x < 9 || x > 14) {
					v[i] = 0;
				}
			}
			ImageIO.write(Image.ofUInt8(la.geometry(), v), c);
		}
		return new Path[] { a, b, c };
	}

	@Test
	void metrics() throws Exception {
		snapshot("metrics", Cli.run("--json", "metrics", "--nsd-tolerance", "1.5", raters()[2].toString(), p("images/c1_label.nii.gz")), 0,
				List.of("labels", "nsdToleranceMm", "conventions"));
	}

	@Test
	void metricsList() throws Exception {
		snapshot("metrics-list", Cli.run("--json", "metrics", "--list"), 0, List.of("id", "name", "unit", "higherIsBetter", "signed", "contributor", "description"));
	}

	@Test
	void metricsConventions() throws Exception {
		Cli.Result r = Cli.run("--json", "metrics", "--conventions");
		snapshot("metrics-conventions", r, 0, List.of("version", "objects", "units", "surface", "distance", "dice", "jaccard", "sensitivity",
				"precision", "hd", "hd95", "hd95Pooled", "assd", "masd", "nsd", "volumeSimilarity", "volumeDifferenceMl", "conventions.hd95",
				"conventions.surface", "emptyBoth", "emptyOne", "undefined", "aggregation"));
	}

	// --- perturbations ---

	@Test
	void perturb() throws Exception {
		snapshot("perturb", Cli.run("--json", "perturb", p("images/c1.nii.gz"), dir.resolve("perturbed.nii.gz").toString(), "--type",
				"gaussian-noise", "--set", "sigma=3", "--seed", "4"), 0, List.of("type", "parameters", "seed", "output", "spatial"));
	}

	@Test
	void perturbList() throws Exception {
		snapshot("perturb-list", Cli.run("--json", "perturb", "--list"), 0, List.of("perturbations"));
	}

	// --- models and inference ---

	@Test
	void infer() throws Exception {
		snapshot("infer", Cli.run("--json", "infer", "--model", p("models/tight"), p("images/c1.nii.gz"), dir.resolve("seg.nii.gz").toString(),
				"--threads", "1"), 0,
				List.of("model", "device", "engine", "signature", "input", "output", "outputKind", "normalization", "outputFile", "labelVoxels",
						"tiles", "engineMs", "totalMs", "overheadFraction"),
				JsonSnapshots.in(dir).volatileKeys("engineMs", "totalMs", "overheadFraction"));
	}

	@Test
	void modelInspect() throws Exception {
		snapshot("model-inspect", Cli.run("--json", "model", "inspect", p("models/tight")), 0,
				List.of("folder", "tags", "signatures", "operations", "bytes", "sha256", "safe", "verdict", "metaGraphs", "allowListSize",
						"disallowedOperations", "unsafeOperations"),
				// TensorFlow's SavedModel exporter writes other bytes on every export of the same graph and weights (the size stays)
				JsonSnapshots.in(dir).volatileKeys("sha256"));
	}

	@Test
	void devices() throws Exception {
		snapshot("devices", Cli.run("--json", "devices"), 0, List.of("engines"));
	}

	@Test
	void train() throws Exception {
		Path a = project.resolve("images/c1.nii.gz"), l = project.resolve("images/c1_label.nii.gz");
		snapshot("train", Cli.run("--json", "train", "--image", a.toString(), "--labels", l.toString(), "--architecture", "unet",
				"--base-filters", "2", "--patch", "8", "--iterations", "2", "--batch", "1", "--seed", "3", "--threads", "1", "--out",
				dir.resolve("trained").toString()), 0,
				List.of("out", "architecture", "iterations", "finalLoss", "seconds", "parameters", "labelValues", "metadata"),
				// the loss is TensorFlow's float arithmetic, which differs between CPU instruction sets; the build qualifier and Java are the machine's
				JsonSnapshots.in(dir).volatileKeys("seconds", "finalLoss", "trainingSeconds", "java", "trainedWith"));
	}

	// --- runs ---

	@Test
	void runShardsAndMerge() throws Exception {
		Path a = dir.resolve("runs/shard1"), b = dir.resolve("runs/shard2");
		List<String> keys = List.of("runDir", "study", "status", "studyJobs", "shardJobs", "skipped", "done", "failed", "workers",
				"inferenceThreads", "wallMs", "engineFraction", "jobsWallMs", "engineBusyMs", "engineIdleShare", "failures");
		snapshot("run-shard", Cli.run("--json", "run", study.toString(), "--out", a.toString(), "--shard", "1/2", "--threads", "2",
				"--inference-threads", "1"), 0, keys, JsonSnapshots.in(dir).volatileKeys(RUN_TIMES));
		List<String> mergeKeys = List.of("out", "sources", "jobs", "studyJobs", "shard", "complete");
		snapshot("merge-incomplete", Cli.run("--json", "merge", a.toString(), "--out", dir.resolve("runs/merged-one").toString()), 1,
				mergeKeys);
		assertEquals(0, Cli.run("run", study.toString(), "--out", b.toString(), "--shard", "2/2", "--threads", "1").exitCode());
		snapshot("merge", Cli.run("--json", "merge", b.toString(), a.toString(), "--out", dir.resolve("runs/merged").toString()), 0, mergeKeys);
		snapshot("run-resume-complete", Cli.run("--json", "run", study.toString(), "--out", dir.resolve("runs/merged").toString(), "--resume",
				"--threads", "1", "--inference-threads", "1"), 0, keys, JsonSnapshots.in(dir).volatileKeys(RUN_TIMES));
	}

	@Test
	void aRunWithFailedJobsListsThemInJobOrder() throws Exception {
		// c2's label map on another grid: its 10 jobs fail; two workers commit them in any order, the list is in job order
		Path p = dir.resolve("project-broken");
		Files.createDirectories(p.resolve("images"));
		for (String f : List.of("images/c1.nii.gz", "images/c1_label.nii.gz", "images/c2.nii.gz", "s1.segsense")) {
			Files.copy(project.resolve(f), p.resolve(f));
		}
		Image label = ImageIO.read(project.resolve("images/c2_label.nii.gz"));
		ImageIO.write(Image.ofUInt8(label.geometry().withSpacing(2, 2, 2), label.bytes()), p.resolve("images/c2_label.nii.gz"));
		Files.createDirectories(p.resolve("models"));
		for (String m : List.of("tight", "wide")) {
			try (var files = Files.walk(project.resolve("models/" + m))) {
				for (Path f : files.toList()) {
					Files.copy(f, p.resolve(project.relativize(f).toString()));
				}
			}
		}
		snapshot("run-failures", Cli.run("--json", "run", p.resolve("s1.segsense").toString(), "--out", dir.resolve("runs/broken").toString(),
				"--threads", "2", "--inference-threads", "1"), 1,
				List.of("runDir", "study", "status", "studyJobs", "shardJobs", "skipped", "done", "failed", "workers", "inferenceThreads",
						"wallMs", "engineFraction", "jobsWallMs", "engineBusyMs", "engineIdleShare", "failures"),
				JsonSnapshots.in(dir).volatileKeys(RUN_TIMES));
	}

	@Test
	void reproduce() throws Exception {
		snapshot("reproduce", Cli.run("--json", "reproduce", run.toString(), "--threads", "2"), 0,
				List.of("run", "agrees", "tolerance", "jobsCompared", "jobsMissing", "metrics", "changedInputs", "error"));
	}

	@Test
	void report() throws Exception {
		snapshot("report", Cli.run("--json", "report", run.toString(), "--out", dir.resolve("report").toString(), "--no-montages"), 0,
				List.of("report", "summary"));
	}

	// --- benchmarks and the installation ---

	@Test
	void benchImage() throws Exception {
		snapshot("bench-image", Cli.run("--json", "bench", "image", "--size", "16", "--runs", "1", "--raters", "3"), 0,
				List.of("operations", "size", "raters", "threads", "java"),
				// timed: the medians and the warm-up runs (as many as fit in a time budget); threads = the machine's cores
				JsonSnapshots.in(dir).volatileKeys("medianMs", "warmupRuns", "threads", "java"));
	}

	@Test
	void benchInference() throws Exception {
		snapshot("bench-inference", Cli.run("--json", "bench", "inference", "--size", "16", "--runs", "1"), 0,
				List.of("operations", "size", "threads", "gflopPerPass", "gflopPerSecond", "cpuMhz", "peakGflopPerSecond", "fractionOfPeak",
						"overheadFraction", "tensorCopyFraction", "tfDefaultOverSegSense", "oneDNN"),
				// everything measured (times, rates, the CPU's clock) and the machine's cores
				JsonSnapshots.in(dir).volatileKeys("medianMs", "threads", "gflopPerSecond", "cpuMhz", "peakGflopPerSecond", "fractionOfPeak",
						"overheadFraction", "tensorCopyFraction", "tfDefaultOverSegSense"));
	}

	@Test
	void plugins() throws Exception {
		snapshot("plugins", Cli.run("--json", "plugins"), 0, List.of("extensionPoints", "contributionsToOtherPoints"));
	}

	@Test
	void pluginsAll() throws Exception {
		snapshot("plugins-all", Cli.run("--json", "plugins", "--all"), 0, List.of("extensionPoints", "otherExtensionPoints"));
	}

	// --- errors ---

	@Test
	void aBadInputErrorIsAJsonObject() throws Exception {
		snapshot("error-bad-input", Cli.run("--json", "study", "validate", dir.resolve("missing.segsense").toString()), 2,
				List.of("error", "exitCode"));
	}

	@Test
	void aUsageErrorIsAJsonObject() throws Exception {
		snapshot("error-usage", Cli.run("--json", "run", study.toString(), "--shard", "3/2"), 2, List.of("error", "exitCode"));
	}
}
