// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultRow;
import org.segsense.engine.store.ResultStore;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Findings;
import org.segsense.report.analysis.RunData;
import org.segsense.workflows.TestProjects;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunServiceImpl;

/**
 * The demo's result: its findings are {@link Findings}' output, and its baseline and worst-along-each-axis
 * tables (the study's first metric, dice, on label 1) equal a brute-force computation from the result store.
 */
class DemoFindingsTest {

	@Test
	void theDemosFindingsAreTheReportsAndItsTablesMatchTheStore(@TempDir Path dir) throws Exception {
		Path run = new RunServiceImpl().start(RunRequest.of(TestProjects.study(dir), dir.resolve("run")), null, null).runDir();
		DemoFindings f = DemoFindings.of(run, "ground truth");
		assertEquals(Findings.of(Analysis.of(RunData.load(run))), f.findings());
		assertEquals(List.of("c1", "c2"), f.cases());
		assertEquals(List.of("tight", "wide"), f.variants());

		// brute force: dice of label 1 per job, from the store
		Map<String, JobRecord> jobs = new HashMap<>();
		Map<String, Double> dice = new HashMap<>();
		try (ResultStore s = ResultStore.open(run.resolve(ResultStore.FILE))) {
			s.jobs().forEach(j -> jobs.put(j.key(), j));
			for (ResultRow r : s.results()) {
				if (r.metric().equals("dice") && r.label() == 1) {
					dice.put(r.jobKey(), r.value());
				}
			}
		}
		for (String v : f.variants()) {
			for (String c : f.cases()) {
				assertEquals(dice.get("case=" + c + "|variant=" + v + "|baseline"), f.baseline().get(v).get(c), 0, v + " " + c);
			}
		}
		for (String axis : List.of("scale", "rot", "noise")) {
			for (String v : f.variants()) {
				TreeMap<Double, double[]> mean = new TreeMap<>();
				double base = 0;
				for (String c : f.cases()) {
					base += dice.get("case=" + c + "|variant=" + v + "|baseline") / 2;
				}
				for (JobRecord j : jobs.values()) {
					if (axis.equals(j.axis()) && j.variant().equals(v)) {
						double[] a = mean.computeIfAbsent(j.value(), k -> new double[2]);
						a[0] += dice.get(j.key());
						a[1]++;
					}
				}
				double worst = Double.POSITIVE_INFINITY, at = Double.NaN;
				for (Map.Entry<Double, double[]> e : mean.entrySet()) {
					double m = e.getValue()[0] / e.getValue()[1];
					if (m < worst) {
						worst = m;
						at = e.getKey();
					}
				}
				DemoFindings.Worst w = f.worst().get(axis).get(v);
				assertEquals(at, w.value(), 0, axis + " " + v);
				assertEquals(worst, w.mean(), 1e-12, axis + " " + v);
				assertEquals(worst - base, w.change(), 1e-12, axis + " " + v);
			}
		}
		StringBuilder text = new StringBuilder();
		f.appendTo(text, true);
		assertTrue(text.toString().contains("baseline Dice similarity coefficient (unperturbed), per case c1 / c2:"), text::toString);
		assertTrue(text.toString().contains(String.format(java.util.Locale.ROOT, "%.3f", f.baseline().get("tight").get("c1"))), text::toString);
	}

	@Test
	void theDemoRefusesAMissingExampleFolderBeforeWritingAnything(@TempDir Path dir) {
		DemoService demo = new DemoServiceImpl();
		WorkflowException e = org.junit.jupiter.api.Assertions.assertThrows(WorkflowException.class,
				() -> demo.run(new DemoService.Request(true, dir.resolve("out"), 0, false, dir.resolve("cache"), dir.resolve("nothere")), line -> {
				}, new NullProgressMonitor()));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains("is not the cerebellum example folder"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("out")));
		WorkflowException threads = org.junit.jupiter.api.Assertions.assertThrows(WorkflowException.class,
				() -> demo.run(new DemoService.Request(true, dir.resolve("out"), -1, false, null, null), line -> {
				}, null));
		assertTrue(threads.badInput());
	}
}
