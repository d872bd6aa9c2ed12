// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.perturb.PerturbationCatalog;

/**
 * The plug-in keys of a run's provenance: every contributor of what the study uses (perturbation, contributed
 * metric, image format of a plug-in), with the installed version and a SHA-256; built-ins of core bundles are
 * not plug-ins; changes of version or contents are named.
 */
class PluginProvenanceTest {

	@Test
	void recordsTheContributorsOfWhatTheStudyUses(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("s.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="s" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.vtk"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <modelVariants id="m"><savedModel path="models/m"/></modelVariants>
				  <axes id="rot" perturbationType="rotation" sweptParameter="rz">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0 10"/>
				  </axes>
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="fp" metricType="falsePositiveVolumeMl"/>
				</segsense:Study>
				""", StandardCharsets.UTF_8);
		Study study = StudyResources.load(file);
		Map<String, String> p = PluginProvenance.of(study, dir, PerturbationCatalog.installed(), MetricCatalog.installed());
		assertEquals("perturbation:rotation", p.get("plugin.org.segsense.perturb.builtin.uses"), p::toString);
		assertEquals("metric:falsePositiveVolumeMl", p.get("plugin.org.segsense.metrics.volumes.uses"), p::toString);
		assertEquals("format:VTK legacy", p.get("plugin.org.segsense.image.vtk.uses"), p::toString);
		for (String bundle : List.of("org.segsense.perturb.builtin", "org.segsense.metrics.volumes", "org.segsense.image.vtk")) {
			Bundle b = java.util.Arrays.stream(FrameworkUtil.getBundle(MetricCatalog.class).getBundleContext().getBundles())
					.filter(x -> bundle.equals(x.getSymbolicName())).findFirst().orElseThrow();
			assertEquals(b.getVersion().toString(), p.get("plugin." + bundle + ".version"));
			assertTrue(p.get("plugin." + bundle + ".sha256").matches("[0-9a-f]{64}"), p::toString);
		}
		assertNull(p.get("plugin.org.segsense.image.uses"), "NIfTI is built into org.segsense.image, not a plug-in");
		assertNull(p.get("plugin.org.segsense.metrics.uses"), "dice is built in");
		assertEquals("false", p.get("metric.falsePositiveVolumeMl.signed"));
		assertEquals("ml", p.get("metric.falsePositiveVolumeMl.unit"));
		assertTrue(PluginProvenance.missing(p, study, PerturbationCatalog.installed(), MetricCatalog.installed()).isEmpty());
		assertTrue(PluginProvenance.changed(p, p).isEmpty());

		Map<String, String> newer = new LinkedHashMap<>(p);
		newer.put("plugin.org.segsense.perturb.builtin.version", "9.0.0");
		assertEquals(List.of("plug-in org.segsense.perturb.builtin changed from version " + p.get("plugin.org.segsense.perturb.builtin.version")
				+ " to 9.0.0 (used for perturbation:rotation)"), PluginProvenance.changed(p, newer));
		Map<String, String> rebuilt = new LinkedHashMap<>(p);
		rebuilt.put("plugin.org.segsense.metrics.volumes.sha256", "0".repeat(64));
		List<String> changed = PluginProvenance.changed(p, rebuilt);
		assertEquals(1, changed.size());
		assertTrue(changed.get(0).contains("same version but other contents"), changed::toString);
	}

	@Test
	void bundleLocationsAsPaths() {
		assertEquals(Path.of("/opt/segsense/plugins/x.jar"), PluginProvenance.Bundles.path("initial@reference:file:plugins/x.jar", "file:/opt/segsense/"));
		assertEquals(Path.of("/a/b c/x.jar"), PluginProvenance.Bundles.path("reference:file:/a/b c/x.jar", null));
		assertEquals(Path.of("/tmp/p.jar"), PluginProvenance.Bundles.path("file:/tmp/p.jar", null));
		assertNull(PluginProvenance.Bundles.path("http://example.org/p.jar", null));
		assertNull(PluginProvenance.Bundles.path("initial@reference:file:plugins/x.jar", null));
		assertFalse(PluginProvenance.recorded(Map.of("plugin.a.b.version", "1.0.0", "plugin.a.b.uses", "metric:m")).isEmpty());
		assertEquals(List.of("metric:m"), PluginProvenance.recorded(Map.of("plugin.a.b.version", "1.0.0", "plugin.a.b.uses", "metric:m")).get("a.b").uses());
	}
}
