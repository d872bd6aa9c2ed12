// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.demo.DemoService;
import org.segsense.workflows.demo.DemoServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segsense demo}: the paper's two arms end to end — the cerebellum example (examples/cerebellum/README.md) and
 * the tracts example (examples/tracts/README.md) — run by the demo service ({@link DemoService}); this command parses
 * the options and prints the result.
 */
@Command(name = "demo", sortOptions = false, description = {
		"Run the paper's two arms end to end: the cerebellum example (DeepMedic-like) and the tracts example (TractSeg-like).",
		"DeepMedic arm (examples/cerebellum/README.md): fetches Colin27 + AAL, MNI152 and an ITK example T1 (Debian/npm, SHA-256-checked), cuts"
				+ " them to a coarse grid around the posterior fossa, trains three DeepMedic-like variants on Colin27 (no augmentation; intensity;"
				+ " intensity + rotation/scaling; seeded) or reuses them from the cache, runs the ground-truth study (Colin27, MNI152) and the"
				+ " STAPLE study (ITK T1). Tracts arm (examples/tracts/README.md): generates fibre-phantom subjects, trains three TractSeg-like"
				+ " 2-D U-Nets on their peaks (no augmentation; rotation + peak-angle noise; + amplitude scale/noise) or reuses them from the"
				+ " cache, runs a study scored against the variants' binary STAPLE consensus and against the phantom's truth. Then prints the"
				+ " findings and where the results are (also in OUT/summary.txt). The READMEs say what so few subjects can and cannot show." })
public final class DemoCommand implements Callable<Integer> {

	@Option(names = "--quick", description = "A shortened demo (coarser grid, shorter training, fewer values per sweep) for CI: about 2 minutes per arm on 2 cores.")
	boolean quick;

	@Option(names = "--arm", paramLabel = "ARM", defaultValue = "all", converter = ArmConverter.class,
			description = "Which arm to run: deepmedic, tractseg or all (default).")
	DemoService.Arm arm;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder, new or empty (default: segsense-demo-TIME in the current folder).")
	Path out;

	@Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Training threads and study workers (default: all cores).")
	int threads;

	@Option(names = "--retrain", description = "Train the models even if the cache holds them.")
	boolean retrain;

	@Option(names = "--cache", paramLabel = "DIR", description = "Cache of fetched images and trained models (default: $SEGSENSE_CACHE, "
			+ "else $XDG_CACHE_HOME/segsense, else $HOME/.cache/segsense).")
	Path cache;

	@Option(names = "--example-dir", paramLabel = "DIR", description = "The example folder (default: examples/cerebellum of the checkout the "
			+ "./segsense launcher belongs to, from $SEGSENSE_REPO).")
	Path exampleDir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		PrintWriter o = spec.commandLine().getOut();
		DemoService demo = new DemoServiceImpl();
		DemoService.Result r;
		try {
			r = demo.run(new DemoService.Request(quick, out, threads, retrain, cache, exampleDir, arm), line -> {
				err.println(line);
				err.flush();
			}, new NullProgressMonitor());
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		}
		if (RootCommand.of(spec).json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("mode", r.mode());
			j.put("out", r.out().toString());
			j.put("project", r.project().toString());
			j.put("complete", r.complete());
			j.put("runs", r.runs().stream().map(x -> x.runDir().toString()).toList());
			List<String> reports = new ArrayList<>();
			r.runs().forEach(x -> x.report().ifPresent(p -> reports.add(p.toString())));
			j.put("reports", reports);
			j.put("jobs", r.runs().stream().map(DemoService.Run::done).toList());
			if (r.groundTruth() != null) {
				j.put("baselineDice", r.groundTruth().findings().baseline());
				j.put("baselineDiceVsConsensus", r.staple().findings().baseline());
			}
			Map<String, Object> secs = new LinkedHashMap<>();
			r.seconds().forEach((k, v) -> secs.put(k, Math.round(v * 10) / 10.0));
			j.put("seconds", secs);
			if (r.groundTruth() != null) {
				j.put("findings", r.groundTruth().findings().findings());
				j.put("findingsVsConsensus", r.staple().findings().findings());
			}
			if (r.tracts() != null) {
				Map<String, Object> t = new LinkedHashMap<>();
				t.put("project", r.tracts().project().toString());
				t.put("run", r.tracts().run().runDir().toString());
				t.put("complete", r.tracts().run().complete());
				t.put("mostRobustVsTruth", r.tracts().headline().robustVsTruth());
				t.put("mostRobustVsConsensus", r.tracts().headline().robustVsConsensus());
				t.put("medianRho", finite(r.tracts().headline().medianRho()));
				t.put("worstAxis", r.tracts().headline().worstAxis().orElse(null));
				t.put("worstAxisRho", finite(r.tracts().headline().worstAxisRho()));
				t.put("findings", r.tracts().run().findings().findings());
				j.put("tracts", t);
			}
			j.put("summary", r.summaryFile().toString());
			o.println(JsonWriter.write(j));
		} else {
			o.print(r.summary());
			o.println("Summary: " + r.summaryFile());
		}
		o.flush();
		return r.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	private static Double finite(double v) {
		return Double.isFinite(v) ? v : null;
	}

	/** {@code --arm}: deepmedic, tractseg or all, any case; anything else is a usage error naming the choices. */
	static final class ArmConverter implements picocli.CommandLine.ITypeConverter<DemoService.Arm> {
		@Override
		public DemoService.Arm convert(String value) {
			for (DemoService.Arm a : DemoService.Arm.values()) {
				if (a.name().equalsIgnoreCase(value.trim())) {
					return a;
				}
			}
			throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not an arm; give deepmedic, tractseg or all.");
		}
	}
}
