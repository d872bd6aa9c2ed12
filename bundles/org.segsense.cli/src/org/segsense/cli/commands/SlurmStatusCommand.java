// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.slurm.SlurmServiceImpl;
import org.segsense.workflows.slurm.SlurmStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense slurm status RUN}. */
@Command(name = "status", description = {
		"Show the done, failed and pending jobs of every shard of a Slurm run, read from the shard stores.",
		"Exit 0 when every shard is done, 1 when jobs are unfinished or failed, 2 for a folder that is not a Slurm run or "
				+ "a shard folder of another study." })
public final class SlurmStatusCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RUN", description = "The run folder of segsense slurm submit.")
	Path run;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		SlurmStatus s;
		try {
			s = new SlurmServiceImpl().status(run);
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		}
		print(spec.commandLine().getOut(), s, RootCommand.of(spec).json);
		return s.unfinished().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
	}

	static void print(PrintWriter o, SlurmStatus s, boolean json) {
		if (json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("run", s.runDir().toString());
			j.put("study", s.studyId());
			j.put("jobs", s.jobs());
			j.put("done", s.done());
			j.put("failed", s.failed());
			j.put("pending", s.jobs() - s.done() - s.failed());
			j.put("merged", s.merged());
			j.put("report", s.report());
			j.put("arrayJobs", s.arrayJobs());
			j.put("mergeJob", s.mergeJob());
			List<Object> shards = new ArrayList<>();
			for (SlurmStatus.Shard sh : s.shards()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("shard", sh.index() + "/" + s.shards().size());
				m.put("folder", sh.folder().toString());
				m.put("jobs", sh.jobs());
				m.put("done", sh.done());
				m.put("failed", sh.failed());
				m.put("pending", sh.pending());
				m.put("state", sh.state());
				shards.add(m);
			}
			j.put("shards", shards);
			o.println(JsonWriter.write(j));
			return;
		}
		o.println("Slurm run " + s.runDir() + " (study " + s.studyId() + "): " + s.done() + " of " + s.jobs() + " jobs done, " + s.failed()
				+ " failed, " + (s.jobs() - s.done() - s.failed()) + " pending; " + s.unfinished().size() + " of " + s.shards().size()
				+ " shards unfinished; merged: " + (s.merged() ? "yes" : "no") + ", report: " + (s.report() ? "yes" : "no"));
		o.println(String.format("%-9s %7s %7s %7s %7s  %s", "shard", "jobs", "done", "failed", "pending", "state"));
		for (SlurmStatus.Shard sh : s.shards()) {
			o.println(String.format("%-9s %7d %7d %7d %7d  %s", sh.index() + "/" + s.shards().size(), sh.jobs(), sh.done(), sh.failed(), sh.pending(),
					sh.state()));
		}
		if (!s.unfinished().isEmpty()) {
			o.println("  finish the unfinished shards with: segsense slurm resubmit " + s.runDir());
		}
	}
}
