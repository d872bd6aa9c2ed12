// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.engine.RunMerge;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.RunServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense merge RUN_A RUN_B … --out RUN}. */
@Command(name = "merge", description = {
		"Merge the run folders of shards (segsense run --shard I/N) of one study into one run folder.",
		"Refuses runs of different study files or with different input checksums. Exit 0 when the merged run "
				+ "holds every job of the study, 1 when jobs are still missing, 2 for bad input." })
public final class MergeCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "RUN", description = "Run folders to merge.")
	List<Path> runs;

	@Option(names = "--out", required = true, paramLabel = "RUN", description = "The merged run folder (new).")
	Path out;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		RunMerge.Result r;
		try {
			r = new RunServiceImpl().merge(runs, out, new org.eclipse.core.runtime.NullProgressMonitor());
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		}
		PrintWriter o = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("out", r.out().toString());
			j.put("sources", r.sources().stream().map(Path::toString).toList());
			j.put("jobs", r.jobs());
			j.put("studyJobs", r.studyJobs());
			j.put("shard", r.shard());
			j.put("complete", r.complete());
			o.println(JsonWriter.write(j));
		} else {
			o.println("Merged " + r.sources().size() + " run(s) into " + r.out() + ": " + r.jobs() + " of " + r.studyJobs() + " job(s)"
					+ (r.complete() ? "" : " — incomplete"));
		}
		return r.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
	}
}
