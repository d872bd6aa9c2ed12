// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.segsense.engine.RunMerge;

/**
 * The layout of a Slurm run folder and the scripts in it. Everything of the cluster run is in
 * {@code RUN/slurm/} ({@link RunMerge#CLUSTER_FOLDER}, which the merge into {@code RUN} keeps):
 *
 * <pre>
 * RUN/slurm/submission.properties   study, checksum, shards, jobs per shard, the job ids submitted
 * RUN/slurm/shards.sbatch           the array script: task i runs  segsense run STUDY --shard i/N --resume
 * RUN/slurm/merge.sbatch            segsense merge (the shard folders) --out RUN, then segsense report RUN
 * RUN/slurm/shards/shard-001 …      the shards' run folders
 * RUN/slurm/shared/                 consensus references, computed once per case by the first shard that needs it
 * RUN/slurm/logs/                   shard-I.log, merge.log (Slurm's output, appended across requeues)
 * </pre>
 *
 * Paths in the scripts are absolute; {@code #SBATCH} lines take no quoting, so a run folder with white space or
 * {@code %} is refused.
 */
final class SlurmFolder {

	static final String FOLDER = RunMerge.CLUSTER_FOLDER;
	static final String SUBMISSION = "submission.properties";
	static final String SHARDS_SCRIPT = "shards.sbatch";
	static final String MERGE_SCRIPT = "merge.sbatch";
	/** Environment variables a submission passes to the nodes when they are set where it is submitted. */
	static final List<String> PASSED_ENVIRONMENT = List.of("SEGSENSE_HOME", "SEGSENSE_JAVA", "SEGSENSE_JAVA_OPTS", "TF_ENABLE_ONEDNN_OPTS",
			"TF_CPP_MIN_LOG_LEVEL");

	private SlurmFolder() {
	}

	static Path dir(Path runDir) {
		return runDir.resolve(FOLDER);
	}

	static Path submission(Path runDir) {
		return dir(runDir).resolve(SUBMISSION);
	}

	static Path shard(Path runDir, int index, int count) {
		return dir(runDir).resolve("shards").resolve(shardName(index, count));
	}

	/** {@code shard-007}: zero-padded to the digits of the shard count, at least 3. */
	static String shardName(int index, int count) {
		int width = Math.max(3, Integer.toString(count).length());
		return "shard-" + String.format("%0" + width + "d", index);
	}

	static String quote(String s) {
		return "'" + s.replace("'", "'\\''") + "'";
	}

	/** The array script. */
	static String shardsScript(SlurmRequest r, Path runDir, Path study, String studyId, Map<String, String> env) {
		int n = r.shards();
		StringBuilder b = new StringBuilder();
		b.append("#!/bin/bash\n");
		b.append("# Written by segsense slurm submit: array task I runs shard I/").append(n).append(" of study ").append(studyId)
				.append(" into its own folder, resuming it after a requeue or a resubmission.\n");
		b.append("#SBATCH --job-name=segsense-").append(studyId).append('\n');
		b.append("#SBATCH --array=1-").append(n).append('\n');
		b.append("#SBATCH --output=").append(dir(runDir).resolve("logs")).append("/shard-%a.log\n");
		b.append("#SBATCH --open-mode=append\n");
		b.append("#SBATCH --requeue\n");
		resources(b, r, true);
		b.append("set -euo pipefail\n");
		exports(b, env);
		int width = Math.max(3, Integer.toString(n).length());
		b.append("shard=$(printf '%0").append(width).append("d' \"$SLURM_ARRAY_TASK_ID\")\n");
		b.append("exec ").append(quote(r.launcher().toString())).append(" run ").append(quote(study.toString())).append(" --out ")
				.append(quote(dir(runDir).resolve("shards").toString() + "/shard-")).append("\"$shard\" --shard \"$SLURM_ARRAY_TASK_ID/").append(n)
				.append("\" --resume --shared-references ").append(quote(dir(runDir).resolve("shared").toString()));
		if (r.cpusPerTask() > 0) {
			b.append(" --threads ").append(r.cpusPerTask());
		}
		b.append('\n');
		return b.toString();
	}

	/** The merge script: merges every shard into the run folder, then writes the report. */
	static String mergeScript(SlurmRequest r, Path runDir, String studyId, Map<String, String> env) {
		StringBuilder b = new StringBuilder();
		b.append("#!/bin/bash\n");
		b.append("# Written by segsense slurm submit: merges the ").append(r.shards()).append(" shards of study ").append(studyId)
				.append(" into the run folder and writes its report; runs after every array task succeeded (afterok).\n");
		b.append("#SBATCH --job-name=segsense-").append(studyId).append("-merge\n");
		b.append("#SBATCH --output=").append(dir(runDir).resolve("logs")).append("/merge.log\n");
		b.append("#SBATCH --open-mode=append\n");
		resources(b, r, false);
		b.append("set -euo pipefail\n");
		exports(b, env);
		b.append(quote(r.launcher().toString())).append(" merge");
		for (int i = 1; i <= r.shards(); i++) {
			b.append(" \\\n  ").append(quote(shard(runDir, i, r.shards()).toString()));
		}
		b.append(" \\\n  --out ").append(quote(runDir.toString())).append('\n');
		b.append("exec ").append(quote(r.launcher().toString())).append(" report ").append(quote(runDir.toString())).append('\n');
		return b.toString();
	}

	private static void resources(StringBuilder b, SlurmRequest r, boolean task) {
		option(b, "partition", r.partition());
		option(b, "account", r.account());
		option(b, "time", r.time());
		option(b, "mem", r.mem());
		if (task) {
			option(b, "cpus-per-task", r.cpusPerTask() > 0 ? Integer.toString(r.cpusPerTask()) : null);
			option(b, "gpus", r.gpus());
		}
	}

	private static void option(StringBuilder b, String name, String value) {
		if (value != null && !value.isBlank()) {
			b.append("#SBATCH --").append(name).append('=').append(value.trim()).append('\n');
		}
	}

	private static void exports(StringBuilder b, Map<String, String> env) {
		for (String name : PASSED_ENVIRONMENT) {
			String v = env.get(name);
			if (v != null && !v.isEmpty()) {
				b.append("export ").append(name).append('=').append(quote(v)).append('\n');
			}
		}
	}

	/** @return the submission record of a run folder */
	static Map<String, String> readSubmission(Path runDir) throws IOException {
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(submission(runDir), StandardCharsets.UTF_8)) {
			p.load(r);
		}
		Map<String, String> m = new TreeMap<>();
		p.forEach((k, v) -> m.put(k.toString(), v.toString()));
		return m;
	}

	/** Writes the submission record atomically. */
	static void writeSubmission(Path runDir, Map<String, String> entries) throws IOException {
		Path file = submission(runDir);
		Path tmp = file.resolveSibling(SUBMISSION + ".tmp");
		List<String> lines = new ArrayList<>();
		lines.add("# segsense slurm: the submission of this run folder (read by segsense slurm status and resubmit)");
		Properties escape = new Properties();
		for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
			escape.clear();
			escape.setProperty(e.getKey(), e.getValue());
			java.io.StringWriter w = new java.io.StringWriter();
			escape.store(w, null);
			w.toString().lines().filter(l -> !l.startsWith("#")).forEach(lines::add);
		}
		try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			for (String l : lines) {
				w.write(l);
				w.write('\n');
			}
		}
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
