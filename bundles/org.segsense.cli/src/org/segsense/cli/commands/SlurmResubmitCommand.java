// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.slurm.SlurmService;
import org.segsense.workflows.slurm.SlurmServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense slurm resubmit RUN}. */
@Command(name = "resubmit", description = {
		"Submit the unfinished shards of a Slurm run again (each resumes its store) and a new merge job after them.",
		"The old merge job, which can no longer run, is cancelled. With every shard done and no merged run, only the merge "
				+ "job is submitted. Exit 0 when submitted (or nothing was left to do), 1 when Slurm refused, 2 when shards are "
				+ "still queued or running, or for a folder that is not a Slurm run." })
public final class SlurmResubmitCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RUN", description = "The run folder of segsense slurm submit.")
	Path run;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		SlurmService.Resubmission r;
		try {
			r = new SlurmServiceImpl().resubmit(run);
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		}
		PrintWriter o = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("run", r.before().runDir().toString());
			j.put("shards", r.shards());
			j.put("arrayJob", r.arrayJob());
			j.put("mergeJob", r.mergeJob());
			o.println(JsonWriter.write(j));
		} else if (r.mergeJob() == null) {
			o.println("Nothing to resubmit: " + r.before().runDir() + " is merged (" + r.before().done() + " of " + r.before().jobs() + " jobs).");
		} else if (r.shards().isEmpty()) {
			o.println("Every shard is done; submitted the merge job " + r.mergeJob() + ".");
		} else {
			o.println("Resubmitted shard(s) " + r.shards() + " of " + r.before().shards().size() + " as array job " + r.arrayJob()
					+ " and the merge job " + r.mergeJob() + ".");
		}
		return ExitCodes.OK;
	}
}
