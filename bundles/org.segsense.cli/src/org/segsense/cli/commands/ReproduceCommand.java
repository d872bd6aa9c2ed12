// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;

import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.engine.Reproduction;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.RunService;
import org.segsense.workflows.run.RunServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense reproduce RUN [--tolerance T]}. */
@Command(name = "reproduce", description = {
		"Re-run a run folder's copy of its study and compare every result.",
		"The re-run goes into a temporary folder. Per metric it prints the number of identical and different "
				+ "values and the largest |difference|; changed image or model checksums are named. Exit 0 only when "
				+ "everything agrees (bit-exact, or within --tolerance), 1 otherwise." })
public final class ReproduceCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RUN", description = "The run folder.")
	Path run;

	@Option(names = "--tolerance", paramLabel = "T", defaultValue = "0",
			description = "Largest |difference| that counts as agreement, e.g. across backends (default: 0, bit-exact).")
	double tolerance;

	@Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Worker threads of the re-run (default: automatic).")
	int threads;

	@Option(names = "--keep", paramLabel = "DIR", description = "Write the re-run into DIR and keep it (default: a temporary folder, deleted).")
	Path keep;

	@Option(names = "--project", paramLabel = "DIR", description = "Folder the study's paths refer to (default: the one the run recorded).")
	Path project;

	@Option(names = "--backend", paramLabel = "NAME", description = "Re-run with this image backend (java or simpleitk) instead of the "
			+ "study's; compare with --tolerance, e.g. 1e-4.")
	String backend;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Reproduction.Report r;
		String previous = System.getProperty(org.segsense.engine.ImageBackendChoice.PROPERTY);
		if (backend != null) {
			System.setProperty(org.segsense.engine.ImageBackendChoice.PROPERTY, backend);
		}
		try {
			r = new RunServiceImpl().reproduce(new RunService.ReproduceRequest(run, tolerance, threads, keep, project),
					RootCommand.of(spec).json ? null : RunCommand.progress(spec.commandLine().getErr(), 0), new NullProgressMonitor());
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		} finally {
			if (backend != null) {
				if (previous == null) {
					System.clearProperty(org.segsense.engine.ImageBackendChoice.PROPERTY);
				} else {
					System.setProperty(org.segsense.engine.ImageBackendChoice.PROPERTY, previous);
				}
			}
		}
		PrintWriter o = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("run", r.runDir().toString());
			j.put("agrees", r.agrees());
			j.put("tolerance", r.tolerance());
			j.put("jobsCompared", r.jobsCompared());
			j.put("jobsMissing", r.jobsMissing());
			Map<String, Object> m = new LinkedHashMap<>();
			for (Reproduction.MetricComparison c : r.metrics()) {
				Map<String, Object> e = new LinkedHashMap<>();
				e.put("identical", c.identical());
				e.put("withinTolerance", c.withinTolerance());
				e.put("different", c.different());
				e.put("missing", c.missing());
				e.put("maxAbsDifference", c.maxAbsDifference());
				m.put(c.metric(), e);
			}
			j.put("metrics", m);
			j.put("changedInputs", r.changedInputs());
			j.put("error", r.error());
			o.println(JsonWriter.write(j));
		} else {
			o.println("Reproduction of " + r.runDir() + ": " + (r.agrees() ? "AGREES" : "DIFFERS") + " (" + r.jobsCompared() + " job(s) compared"
					+ (r.tolerance() > 0 ? ", tolerance " + r.tolerance() : ", bit-exact") + ")");
			for (String c : r.changedInputs()) {
				o.println("  input changed: " + c);
			}
			if (r.error() != null) {
				o.println("  re-run failed: " + r.error());
			}
			if (r.jobsMissing() > 0) {
				o.println("  " + r.jobsMissing() + " job(s) of the run were not reproduced");
			}
			for (Reproduction.MetricComparison c : r.metrics()) {
				o.printf(Locale.ROOT, "  %-20s %6d identical, %6d within tolerance, %6d different, %d missing, max |diff| %s%n", c.metric(), c.identical(),
						c.withinTolerance(), c.different(), c.missing(), c.maxAbsDifference());
			}
		}
		List<String> changed = r.changedInputs();
		return r.agrees() && changed.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
	}
}
