// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.CsvExport;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.engine.store.RunLock;
import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.studies.SyntheticProjects;
import org.segsense.testing.studies.SyntheticStudies;

/**
 * {@code run}, {@code merge} and {@code reproduce} end to end with the real TensorFlow engine (box-filter
 * SavedModels, {@link TfBoxModels}): real inference stays covered here while the engine and report tests run
 * on a plain-Java engine. Also what the command line adds to the engine: exit codes, the printed summary,
 * progress lines and error messages.
 */
class RunCommandsEndToEndTest {

	@TempDir
	static Path dir;

	static Path project;
	static Path study;
	static Path run;

	@BeforeAll
	static void runOnce() throws Exception {
		project = dir.resolve("project");
		SyntheticProjects.writeCase(project, "c1", 1);
		SyntheticProjects.writeCase(project, "c2", 2);
		TfBoxModels.boxModel(project.resolve("models/tight"), 150f);
		TfBoxModels.boxModel(project.resolve("models/wide"), 135f);
		study = study(project);
		run = dir.resolve("runs/full");
		Cli.Result r = Cli.run("run", study.toString(), "--out", run.toString(), "--threads", "2");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("completed"), r::toString);
	}

	/** The synthetic study s1 with the axes scale (0.8, 1.2) and rot (0, 10°), metrics dice and hd95: 20 jobs. */
	static Path study(Path p) throws Exception {
		return SyntheticStudies.study("s1").axes(TWO_AXES).metrics(DICE_HD95).write(p);
	}

	static final String TWO_AXES = SyntheticStudies.THREE_AXES.substring(0, SyntheticStudies.THREE_AXES.indexOf("  <axes id=\"noise\""));
	static final String DICE_HD95 = "<metrics id=\"dice\" metricType=\"dice\"/>\n  <metrics id=\"hd95\" metricType=\"hd95\"/>";

	@Test
	void theTensorFlowEngineSegmentsAndIsRecorded() throws Exception {
		try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
			Map<String, String> p = store.provenance();
			assertNotNull(p.get("engine.tensorflow.tensorflow"), p.keySet().toString());
			assertNotNull(p.get("device.tight"), p.keySet().toString());
			assertEquals(20, store.jobs().size());
			double base = Double.NaN, rotated = Double.NaN;
			for (ResultRow r : store.results()) {
				if (r.metric().equals("dice") && r.jobKey().equals("case=c1|variant=tight|baseline")) {
					base = r.value();
				}
				if (r.metric().equals("dice") && r.jobKey().equals("case=c1|variant=tight|rot.rz=10")) {
					rotated = r.value();
				}
			}
			assertTrue(base > 0.8, "baseline Dice of the real engine " + base);
			assertTrue(rotated > 0.5, "rotated Dice " + rotated);
		}
	}

	@Test
	void progressLinesAndAnIncompleteMerge() throws Exception {
		Path shard = dir.resolve("runs/shard");
		Cli.Result r = Cli.run("run", study.toString(), "--out", shard.toString(), "--threads", "2", "--shard", "1/2", "--progress-every", "4");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.err().contains("run: 4/10 jobs"), r::toString);
		assertTrue(r.err().contains("jobs/s, ETA"), r::toString);
		assertTrue(r.out().contains("completed"), r::toString);
		Path merged = dir.resolve("runs/shard-merged");
		Cli.Result m = Cli.run("--json", "merge", shard.toString(), "--out", merged.toString());
		assertEquals(1, m.exitCode(), m::toString); // one shard of two: incomplete
		assertTrue(m.out().contains("\"jobs\": 10"), m::toString);
		Cli.Result resume = Cli.run("run", study.toString(), "--out", merged.toString(), "--resume");
		assertEquals(2, resume.exitCode(), resume::toString);
		assertTrue(resume.err().contains("cannot be resumed"), resume::toString);
		assertEquals(2, Cli.run("run", study.toString(), "--shard", "3/2").exitCode());
	}

	@Test
	void aBusyRunFolderIsExit2() throws Exception {
		Path busy = dir.resolve("runs/busy");
		Files.createDirectories(busy);
		try (RunLock lock = RunLock.tryAcquire(busy)) {
			assertNotNull(lock);
			Cli.Result r = Cli.run("run", study.toString(), "--out", busy.toString());
			assertEquals(2, r.exitCode(), r::toString);
			assertTrue(r.err().contains("in use by another run"), r::toString);
		}
		assertFalse(Files.exists(busy.resolve(ResultStore.FILE)));
	}

	@Test
	void anInvalidOrChangedStudyIsExit2NamingTheProblems() throws Exception {
		Path bad = project.resolve("bad.segsense");
		Files.writeString(bad, Files.readString(study).replace("perturbationType=\"rotation\"", "perturbationType=\"twirl\"")
				.replace("images/c2.nii.gz", "images/missing.nii.gz"));
		Cli.Result r = Cli.run("run", bad.toString(), "--out", dir.resolve("runs/bad").toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("twirl") && r.err().contains("missing.nii.gz"), r::toString);
		Path pinned = project.resolve("pinned.segsense");
		Files.writeString(pinned, Files.readString(study).replace("<channels name=\"t1\" path=\"images/c1.nii.gz\"/>",
				"<channels name=\"t1\" path=\"images/c1.nii.gz\" checksum=\"sha256:" + "0".repeat(64) + "\"/>"));
		Cli.Result c = Cli.run("run", pinned.toString(), "--out", dir.resolve("runs/pinned").toString());
		assertEquals(2, c.exitCode(), c::toString);
		assertTrue(c.err().contains("images/c1.nii.gz has changed: the study records sha256:000"), c::toString);
	}

	@Test
	void failedJobsAreExit1AndPrinted() throws Exception {
		Path p = dir.resolve("project-broken");
		Files.createDirectories(p.resolve("images"));
		for (String f : List.of("images/c1.nii.gz", "images/c1_label.nii.gz", "images/c2.nii.gz")) {
			Files.copy(project.resolve(f), p.resolve(f));
		}
		// c2's label image is on another grid
		Image small = ImageIO.read(project.resolve("images/c1_label.nii.gz"));
		ImageIO.write(Image.ofUInt8(small.geometry().withSpacing(2, 2, 2), small.bytes()), p.resolve("images/c2_label.nii.gz"));
		TfBoxModels.boxModel(p.resolve("models/tight"), 150f);
		TfBoxModels.boxModel(p.resolve("models/wide"), 135f);
		Path s = study(p);
		Path out = dir.resolve("runs/broken");
		Cli.Result r = Cli.run("run", s.toString(), "--out", out.toString());
		assertEquals(1, r.exitCode(), r::toString);
		assertTrue(r.out().contains("incomplete — 10 job(s) done, 10 failed"), r::toString);
		assertTrue(r.out().contains("not on the grid"), r::toString);
		List<List<String>> jobs = CsvExport.parse(Files.readString(out.resolve(CsvExport.JOBS)));
		assertEquals(10, jobs.stream().filter(j -> j.get(9).equals("failed")).count());
	}

	@Test
	void reproduceAgreesAndThenNamesAChangedModel() throws Exception {
		Path p = dir.resolve("project-reproduce");
		SyntheticProjects.writeCase(p, "c1", 1);
		SyntheticProjects.writeCase(p, "c2", 2);
		TfBoxModels.boxModel(p.resolve("models/tight"), 150f);
		TfBoxModels.boxModel(p.resolve("models/wide"), 135f);
		Path s = study(p);
		Path out = dir.resolve("runs/reproduce");
		assertEquals(0, Cli.run("run", s.toString(), "--out", out.toString()).exitCode());
		Cli.Result again = Cli.run("reproduce", out.toString());
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.out().contains("AGREES"), again::toString);
		Path tight = p.resolve("models/tight");
		try (var files = Files.walk(tight)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		TfBoxModels.boxModel(tight, 175f);
		Cli.Result changed = Cli.run("reproduce", out.toString());
		assertEquals(1, changed.exitCode(), changed::toString);
		assertTrue(changed.out().contains("DIFFERS") && changed.out().contains("model tight (models/tight) has changed"), changed::toString);
		Cli.Result json = Cli.run("--json", "reproduce", out.toString());
		assertEquals(1, json.exitCode(), json::toString);
		assertTrue(json.out().contains("\"agrees\": false"), json::toString);
	}
}
