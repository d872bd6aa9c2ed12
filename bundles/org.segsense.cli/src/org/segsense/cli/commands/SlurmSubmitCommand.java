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
import org.segsense.workflows.slurm.SlurmPlan;
import org.segsense.workflows.slurm.SlurmRequest;
import org.segsense.workflows.slurm.SlurmServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense slurm submit STUDY --out RUN [--shards N] [resources] [--dry-run]}. */
@Command(name = "submit", description = {
		"Submit a study to Slurm as an array of N shards and a merge job chained after them (afterok).",
		"Array task I runs 'segsense run STUDY --shard I/N --resume' into RUN/slurm/shards/shard-I, so a requeued task resumes "
				+ "its shard; the merge job merges the shards into RUN and writes RUN/report. Scripts and logs are in RUN/slurm.",
		"Exit 0 when both jobs were submitted, 1 when Slurm refused them (nothing is left submitted), 2 for bad input "
				+ "(invalid study, fewer jobs than shards, a used run folder, no sbatch)." })
public final class SlurmSubmitCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "STUDY", description = "The study file (*.segsense), on the file system the nodes share.")
	Path study;

	@Option(names = "--out", required = true, paramLabel = "RUN", description = "The run folder (new or empty, shared by the nodes).")
	Path out;

	@Option(names = "--shards", paramLabel = "N", defaultValue = "0",
			description = "Array tasks, one shard of the study's jobs each (default: the study's execution setting shards, else 1).")
	int shards;

	@Option(names = "--partition", paramLabel = "NAME", description = "Slurm partition (default: the cluster's).")
	String partition;

	@Option(names = "--time", paramLabel = "LIMIT", description = "Time limit of each task, e.g. 2:00:00 (default: the partition's).")
	String time;

	@Option(names = "--mem", paramLabel = "SIZE", description = "Memory of each task, e.g. 8G (default: the cluster's).")
	String mem;

	@Option(names = "--cpus-per-task", paramLabel = "N", defaultValue = "0",
			description = "Cores of each task, also its run's --threads (default: the cluster's; the run uses the study's settings).")
	int cpusPerTask;

	@Option(names = "--gpus", paramLabel = "N", description = "GPUs of each task, e.g. 1 (default: none asked for).")
	String gpus;

	@Option(names = "--account", paramLabel = "NAME", description = "Slurm account to charge.")
	String account;

	@Option(names = "--launcher", paramLabel = "PATH",
			description = "The segsense launcher the nodes run (default: SEGSENSE_LAUNCHER, set by ./segsense to itself).")
	Path launcher;

	@Option(names = "--dry-run", description = "Print the scripts and sbatch command lines; write and submit nothing.")
	boolean dryRun;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		SlurmRequest r = new SlurmRequest(study, out, shards, partition, time, mem, cpusPerTask, gpus, account,
				SlurmCommand.launcher(launcher, System.getenv()));
		SlurmServiceImpl service = new SlurmServiceImpl();
		SlurmPlan p;
		try {
			p = dryRun ? service.plan(r) : service.submit(r);
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		}
		PrintWriter o = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("run", p.runDir().toString());
			j.put("study", p.studyId());
			j.put("jobs", p.studyJobs());
			j.put("shards", p.shards());
			j.put("shardJobs", p.shardJobs());
			j.put("arrayJob", p.arrayJob());
			j.put("mergeJob", p.mergeJob());
			j.put("sbatch", p.sbatchLines());
			if (dryRun) {
				j.put("shardsScript", p.shardsScript());
				j.put("mergeScript", p.mergeScript());
			}
			o.println(JsonWriter.write(j));
		} else if (dryRun) {
			o.println("# " + p.runDir().resolve("slurm/shards.sbatch"));
			o.print(p.shardsScript());
			o.println("# " + p.runDir().resolve("slurm/merge.sbatch"));
			o.print(p.mergeScript());
			o.println("# submitted with:");
			p.sbatchLines().forEach(o::println);
		} else {
			o.println("Submitted study " + p.studyId() + " (" + p.studyJobs() + " jobs) as array job " + p.arrayJob() + " (" + p.shards()
					+ " shards of " + p.shardJobs().stream().mapToInt(Integer::intValue).min().orElse(0) + "–"
					+ p.shardJobs().stream().mapToInt(Integer::intValue).max().orElse(0) + " jobs) and merge job " + p.mergeJob() + " into "
					+ p.runDir());
			o.println("  follow it with: segsense slurm status " + p.runDir());
		}
		return ExitCodes.OK;
	}
}
