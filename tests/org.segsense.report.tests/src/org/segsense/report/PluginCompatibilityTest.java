// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.segsense.engine.PluginProvenance;
import org.segsense.engine.Reproduction;
import org.segsense.engine.RunOptions;
import org.segsense.engine.RunSummary;
import org.segsense.engine.StudyChecks;
import org.segsense.engine.StudyRunException;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.ResultStore;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.model.io.StudyResources;
import org.segsense.model.validation.Problem;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.report.analysis.RunData;
import org.segsense.testing.TestBundles;

/**
 * Studies that survive plug-in changes: a third-party plug-in installed at run time contributes a
 * perturbation and a metric (declared signed); a study run with them records the plug-in (id, version,
 * SHA-256 of its jar, what the study uses); once it is uninstalled, validate, run, resume and reproduce name
 * it, its version and the axes and metrics that need it, writing nothing, while the old run's report still
 * renders; with another version installed, reproduce names the changed plug-in and the results that differ.
 */
class PluginCompatibilityTest {

	private static final String BUNDLE = "org.segsense.test.thirdparty";
	private static final String PERTURBATION = "tp-scale";
	private static final String METRIC = "tpErrorVolume";
	private static final String REQUIRE = "org.segsense.perturb.builtin,org.segsense.metrics.volumes";

	/** Version 1 scores the false-positive volume, version 2 the false-negative one: its results differ. */
	private static String extensions(String metricClass) {
		return """
				<extension point="org.segsense.perturb.perturbations">
				   <perturbation id="tp-scale" name="Third-party gain" category="intensity" class="org.segsense.perturb.builtin.IntensityScale"
				         description="Multiplies every voxel by the factor.">
				      <parameter name="factor" unit="" min="0" max="10" default="1" description="The gain."/>
				   </perturbation>
				</extension>
				<extension point="org.segsense.metrics.metrics">
				   <metric id="tpErrorVolume" name="Third-party error volume" unit="ml" higherIsBetter="false" signed="true"
				         description="An error volume." class="%s"/>
				</extension>""".formatted(metricClass);
	}

	@Test
	void aStudySurvivesItsPlugInGoingAwayAndNamesAChangedOne(@TempDir Path dir) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ReportGenerator.class).getBundleContext();
		Path v1 = TestBundles.pluginJar(dir, BUNDLE, "1.0.0", REQUIRE, extensions("org.segsense.metrics.volumes.FalsePositiveVolume"));
		Path project = SyntheticRuns.project(dir.resolve("project"));
		Path studyFile = writeStudy(project);
		Path run = dir.resolve("runs/r1");

		Bundle bundle = install(context, v1);
		try {
			RunSummary s = StudyRunner.run(studyFile, RunOptions.in(run).withThreads(2), null);
			assertTrue(s.complete(), s::toString);
			Map<String, String> provenance;
			try (ResultStore store = ResultStore.open(run.resolve(ResultStore.FILE))) {
				provenance = store.provenance();
			}
			// the run records the contributing plug-in: version, SHA-256 of its jar, what the study uses of it
			assertEquals("1.0.0", provenance.get("plugin." + BUNDLE + ".version"), provenance::toString);
			assertEquals(sha256(v1), provenance.get("plugin." + BUNDLE + ".sha256"));
			assertEquals("perturbation:tp-scale, metric:tpErrorVolume", provenance.get("plugin." + BUNDLE + ".uses"));
			assertEquals("Third-party error volume", provenance.get("metric.tpErrorVolume.name"));
			assertTrue(Files.readString(run.resolve("provenance.json")).contains("plugin." + BUNDLE + ".sha256"));
			// signed="true" in the plug-in's plugin.xml: the report treats the metric as signed (the built-in dice is not)
			RunData data = RunData.load(run);
			assertTrue(metric(data, "tpm").signed(), "declared signed in plugin.xml");
			assertFalse(metric(data, "dice").signed());
		} finally {
			uninstall(bundle);
		}

		// validate the run's copy: names the plug-in, its version and the axes and metrics; no generic 'unknown' error for them
		Path copy = run.resolve(StudyRunner.STUDY_COPY);
		List<Problem> problems = StudyChecks.problems(StudyResources.load(copy), project, PluginProvenance.recordedFor(copy, null));
		List<Problem> plugin = problems.stream().filter(p -> StudyChecks.PLUGIN_MISSING.equals(p.code())).toList();
		assertEquals(1, plugin.size(), problems::toString);
		assertNamesThePlugIn(plugin.get(0).message());
		assertTrue(problems.stream().noneMatch(p -> p.message().contains("'" + PERTURBATION + "'") && !StudyChecks.PLUGIN_MISSING.equals(p.code())),
				problems::toString);

		// run the copy into a new folder: bad input naming the plug-in, and no run folder is created
		Path rerun = dir.resolve("runs/r2");
		StudyRunException e = assertThrows(StudyRunException.class, () -> StudyRunner.run(copy, RunOptions.in(rerun), null));
		assertTrue(e.badInput());
		assertNamesThePlugIn(String.join("\n", e.problems()));
		assertFalse(Files.exists(rerun), "nothing half-written");

		// resume the old run from the original study file: refused before the store is touched
		byte[] storeBefore = Files.readAllBytes(run.resolve(ResultStore.FILE));
		byte[] provenanceBefore = Files.readAllBytes(run.resolve("provenance.json"));
		StudyRunException resume = assertThrows(StudyRunException.class,
				() -> StudyRunner.run(studyFile, RunOptions.in(run).withResume(true), null));
		assertTrue(resume.badInput());
		assertNamesThePlugIn(String.join("\n", resume.problems()));
		assertTrue(java.util.Arrays.equals(storeBefore, Files.readAllBytes(run.resolve(ResultStore.FILE))), "the store is unchanged");
		assertTrue(java.util.Arrays.equals(provenanceBefore, Files.readAllBytes(run.resolve("provenance.json"))));

		// reproduce: bad input naming the plug-in; the kept folder is not created
		Path keep = dir.resolve("runs/reproduction");
		StudyRunException repro = assertThrows(StudyRunException.class, () -> Reproduction.reproduce(run, 0, 2, keep, null, null));
		assertTrue(repro.badInput());
		assertNamesThePlugIn(String.join("\n", repro.problems()));
		assertFalse(Files.exists(keep));

		// the results store stays readable: the report renders, the plug-in's metric under its recorded name, still signed
		assertTrue(PerturbationCatalog.installed().byId(PERTURBATION).isEmpty());
		assertTrue(MetricCatalog.installed().find(METRIC).isEmpty());
		RunData data = RunData.load(run);
		assertEquals("Third-party error volume", metric(data, "tpm").name());
		assertTrue(metric(data, "tpm").signed());
		assertEquals("ml", metric(data, "tpm").unit());
		ReportResult report = ReportGenerator.generate(run, ReportOptions.defaults().withMontages(false), null);
		String html = Files.readString(report.indexHtml(), StandardCharsets.UTF_8);
		assertTrue(html.contains("tpm"), "the plug-in's metric is in the report");
		// the report names the plug-ins of its sections with version and checksum
		assertTrue(html.matches("(?s).*<section id=\"sec-summary\" data-section=\"summary\" data-plugin=\"org\\.segsense\\.report\\.sections [^\"]+ \\(sha256 [0-9a-f]{64}\\)\">.*"),
				"the summary section's plug-in with version and SHA-256");
		assertTrue(html.contains("<p class=\"meta\">Sections by org.segsense.report.sections "), "the header lists the sections' plug-ins");
		assertTrue(html.matches("(?s).*<tr data-axis=\"tpAxis\" data-metric=\"tpm\"[^\n]*\\|mean\\| ≤ \\|baseline\\|.*"),
				"the tolerance rule of a signed metric compares |mean|");
		assertFalse(html.matches("(?s).*<tr data-axis=\"tpAxis\" data-metric=\"dice\"[^\n]*\\|mean\\|.*"));
		// and merges: the merged store keeps the plug-in's rows and the recorded description
		Path merged = dir.resolve("runs/merged");
		org.segsense.engine.RunMerge.merge(List.of(run), merged);
		assertEquals("Third-party error volume", metric(RunData.load(merged), "tpm").name());
		try (ResultStore store = ResultStore.open(merged.resolve(ResultStore.FILE))) {
			assertTrue(store.results().stream().anyMatch(row -> row.metric().equals("tpm") && row.value() != null));
		}

		// another version of the plug-in: reproduce names the change and the results that differ
		Path v2 = TestBundles.pluginJar(dir, BUNDLE, "2.0.0", REQUIRE, extensions("org.segsense.metrics.volumes.FalseNegativeVolume"));
		Bundle second = install(context, v2);
		try {
			// resuming with another version would mix two plug-ins' results: refused, naming the change
			StudyRunException mixed = assertThrows(StudyRunException.class,
					() -> StudyRunner.run(studyFile, RunOptions.in(run).withResume(true), null));
			assertTrue(mixed.badInput());
			assertTrue(String.join("\n", mixed.problems()).contains("plug-in " + BUNDLE + " changed from version 1.0.0 to 2.0.0"), mixed::toString);
			// shards run with different versions are not merged
			Path v2run = dir.resolve("runs/v2");
			assertTrue(StudyRunner.run(studyFile, RunOptions.in(v2run).withThreads(2), null).complete());
			Path mixedDir = dir.resolve("runs/mixed");
			StudyRunException mix = assertThrows(StudyRunException.class, () -> org.segsense.engine.RunMerge.merge(List.of(run, v2run), mixedDir));
			assertTrue(mix.badInput());
			assertTrue(mix.getMessage().contains("different plug-ins (plug-in " + BUNDLE + " changed from version 1.0.0 to 2.0.0"), mix::getMessage);
			assertFalse(Files.exists(mixedDir.resolve(ResultStore.FILE)));
			Reproduction.Report r = Reproduction.reproduce(run, 0, 2, null, null, null);
			assertFalse(r.agrees(), r::toString);
			String changed = String.join("\n", r.changedInputs());
			assertTrue(changed.contains("plug-in " + BUNDLE + " changed from version 1.0.0 to 2.0.0"), changed);
			assertTrue(changed.contains("metric:tpErrorVolume"), changed);
			Reproduction.MetricComparison tpm = r.metrics().stream().filter(m -> m.metric().equals("tpm")).findFirst().orElseThrow();
			Reproduction.MetricComparison dice = r.metrics().stream().filter(m -> m.metric().equals("dice")).findFirst().orElseThrow();
			assertTrue(tpm.different() > 0, tpm::toString);
			assertTrue(dice.agrees(), "the perturbation is unchanged, so Dice agrees: " + dice);
		} finally {
			uninstall(second);
		}
	}

	private static void assertNamesThePlugIn(String message) {
		assertTrue(message.contains(BUNDLE + " version 1.0.0 is not installed"), message);
		assertTrue(message.contains("perturbation 'tp-scale' (axes tpAxis)"), message);
		assertTrue(message.contains("metric 'tpErrorVolume' (metrics tpm)"), message);
	}

	private static RunData.Metric metric(RunData data, String id) {
		return data.metrics().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no metric " + id));
	}

	private static Bundle install(BundleContext context, Path jar) throws Exception {
		Bundle b = context.installBundle(jar.toUri().toString());
		b.start();
		TestBundles.await("the plug-in's perturbation and metric are listed",
				() -> PerturbationCatalog.installed().byId(PERTURBATION).isPresent() && MetricCatalog.installed().find(METRIC).isPresent());
		return b;
	}

	private static void uninstall(Bundle b) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ReportGenerator.class).getBundleContext();
		b.uninstall();
		// drop the removal-pending revision, so that another version of the singleton can resolve
		java.util.concurrent.CountDownLatch refreshed = new java.util.concurrent.CountDownLatch(1);
		context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class).refreshBundles(List.of(b), event -> refreshed.countDown());
		assertTrue(refreshed.await(20, java.util.concurrent.TimeUnit.SECONDS), "the framework refreshed");
		TestBundles.await("the plug-in's perturbation and metric are gone",
				() -> PerturbationCatalog.installed().byId(PERTURBATION).isEmpty() && MetricCatalog.installed().find(METRIC).isEmpty());
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	private static Path writeStudy(Path project) throws Exception {
		Path file = project.resolve("tp.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="tp" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nii.gz"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <modelVariants id="tight"><savedModel path="models/tight"/><labels value="1" name="ellipsoid"/></modelVariants>
				  <axes id="tpAxis" perturbationType="tp-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.6 1.4"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="tpm" metricType="tpErrorVolume"/>
				  <execution threads="2" device="cpu"/>
				</segsense:Study>
				""", StandardCharsets.UTF_8);
		return file;
	}
}
