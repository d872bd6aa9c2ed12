// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.testing.TestBundles;
import org.segsense.testing.studies.SyntheticProjects;

/**
 * The command line with a plug-in installed at run time, then missing, then in another version: exit codes
 * (2 for a missing plug-in, with nothing written; 1 for a changed one) and the messages of study validate,
 * run, run --resume, reproduce and report.
 */
class PluginCompatibilityCliTest {

	private static final String BUNDLE = "org.segsense.test.cliplugin";
	private static final String REQUIRE = "org.segsense.perturb.builtin,org.segsense.metrics.volumes";

	private static String extensions(String metricClass) {
		return """
				<extension point="org.segsense.perturb.perturbations">
				   <perturbation id="cli-gain" name="Plug-in gain" category="intensity" class="org.segsense.perturb.builtin.IntensityScale"
				         description="Multiplies every voxel by the factor.">
				      <parameter name="factor" unit="" min="0" max="10" default="1" description="The gain."/>
				   </perturbation>
				</extension>
				<extension point="org.segsense.metrics.metrics">
				   <metric id="cliErrorVolume" name="Plug-in error volume" unit="ml" higherIsBetter="false"
				         description="An error volume." class="%s"/>
				</extension>""".formatted(metricClass);
	}

	@Test
	void missingAndChangedPlugInsFromTheCommandLine(@TempDir Path dir) throws Exception {
		Path project = dir.resolve("project");
		SyntheticProjects.writeCase(project, "c1", 1);
		TfBoxModels.boxModel(project.resolve("models/tight"), 150f);
		Path study = project.resolve("p.segsense");
		Files.writeString(study, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="p" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nii.gz"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <modelVariants id="tight"><savedModel path="models/tight"/></modelVariants>
				  <axes id="gain" perturbationType="cli-gain" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.6 1.4"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="err" metricType="cliErrorVolume"/>
				  <execution threads="2" device="cpu"/>
				</segsense:Study>
				""", StandardCharsets.UTF_8);
		Path run = dir.resolve("runs/r1");
		Bundle v1 = install(TestBundles.pluginJar(dir, BUNDLE, "1.0.0", REQUIRE, extensions("org.segsense.metrics.volumes.FalsePositiveVolume")));
		try {
			Cli.Result r = Cli.run("run", study.toString(), "--out", run.toString(), "--threads", "2");
			assertEquals(0, r.exitCode(), r::toString);
			assertTrue(Files.readString(run.resolve("provenance.json")).contains("\"plugin." + BUNDLE + ".version\": \"1.0.0\""));
		} finally {
			uninstall(v1);
		}

		Path copy = run.resolve("study.segsense");
		Cli.Result validate = Cli.run("study", "validate", copy.toString());
		assertEquals(2, validate.exitCode(), validate::toString);
		assertNamesThePlugIn(validate.out() + validate.err());

		Path rerun = dir.resolve("runs/r2");
		Cli.Result runCopy = Cli.run("run", copy.toString(), "--out", rerun.toString());
		assertEquals(2, runCopy.exitCode(), runCopy::toString);
		assertNamesThePlugIn(runCopy.out() + runCopy.err());
		assertFalse(Files.exists(rerun), "no run folder is created");

		long storeSize = Files.size(run.resolve("results.sqlite"));
		Cli.Result resume = Cli.run("run", study.toString(), "--out", run.toString(), "--resume");
		assertEquals(2, resume.exitCode(), resume::toString);
		assertNamesThePlugIn(resume.out() + resume.err());
		assertEquals(storeSize, Files.size(run.resolve("results.sqlite")));

		Path keep = dir.resolve("runs/kept");
		Cli.Result reproduce = Cli.run("reproduce", run.toString(), "--keep", keep.toString());
		assertEquals(2, reproduce.exitCode(), reproduce::toString);
		assertNamesThePlugIn(reproduce.out() + reproduce.err());
		assertFalse(Files.exists(keep));

		Cli.Result report = Cli.run("report", run.toString());
		assertEquals(0, report.exitCode(), "the old run's report renders without the plug-in: " + report);
		String html = Files.readString(run.resolve("report/index.html"));
		assertTrue(html.contains("err (ml)"), "the metric with the unit the run recorded");
		// the montages recompute jobs, which needs the perturbation: the section says which plug-in is missing
		assertTrue(html.contains(BUNDLE + " version 1.0.0 is not installed"), "the montage section names the plug-in");

		Bundle v2 = install(TestBundles.pluginJar(dir, BUNDLE, "2.0.0", REQUIRE, extensions("org.segsense.metrics.volumes.FalseNegativeVolume")));
		try {
			Cli.Result changed = Cli.run("reproduce", run.toString());
			assertEquals(1, changed.exitCode(), changed::toString);
			assertTrue(changed.out().contains("input changed: plug-in " + BUNDLE + " changed from version 1.0.0 to 2.0.0"), changed::toString);
			assertTrue(changed.out().matches("(?s).*\\n  err +\\d+ identical, +\\d+ within tolerance, +[1-9]\\d* different.*"), changed::toString);
			assertTrue(changed.out().matches("(?s).*\\n  dice +\\d+ identical, +0 within tolerance, +0 different, 0 missing.*"), changed::toString);
		} finally {
			uninstall(v2);
		}
	}

	private static void assertNamesThePlugIn(String text) {
		assertTrue(text.contains(BUNDLE + " version 1.0.0 is not installed"), text);
		assertTrue(text.contains("perturbation 'cli-gain' (axes gain)"), text);
		assertTrue(text.contains("metric 'cliErrorVolume' (metrics err)"), text);
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(MetricCatalog.class).getBundleContext();
	}

	private static Bundle install(Path jar) throws Exception {
		Bundle b = context().installBundle(jar.toUri().toString());
		b.start();
		TestBundles.await("the plug-in's contributions are listed",
				() -> PerturbationCatalog.installed().byId("cli-gain").isPresent() && MetricCatalog.installed().find("cliErrorVolume").isPresent());
		return b;
	}

	private static void uninstall(Bundle b) throws Exception {
		b.uninstall();
		CountDownLatch refreshed = new CountDownLatch(1);
		context().getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(b), e -> refreshed.countDown());
		assertTrue(refreshed.await(20, TimeUnit.SECONDS));
		TestBundles.await("the plug-in's contributions are gone",
				() -> PerturbationCatalog.installed().byId("cli-gain").isEmpty() && MetricCatalog.installed().find("cliErrorVolume").isEmpty());
	}
}
