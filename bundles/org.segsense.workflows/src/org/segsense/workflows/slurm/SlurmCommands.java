// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.segsense.workflows.WorkflowException;

/**
 * Calls Slurm's client programs ({@code sbatch}, {@code squeue}, {@code scancel}) found on the {@code PATH} of
 * the given environment, which they also get (so {@code SLURM_CONF} chooses the cluster). Each call has a time
 * limit: an unreachable controller makes sbatch retry for a long time.
 */
final class SlurmCommands {

	/** What a program printed and returned. */
	record Result(int exit, String out, String err) {
	}

	private final Map<String, String> env;
	private final long timeoutSeconds;

	SlurmCommands(Map<String, String> env, long timeoutSeconds) {
		this.env = env;
		this.timeoutSeconds = timeoutSeconds;
	}

	/**
	 * @return the program's path on PATH
	 * @throws WorkflowException (bad input) when it is not there, saying what to do
	 */
	Path find(String program) {
		String path = env.getOrDefault("PATH", "");
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isEmpty()) {
				Path p = Path.of(dir, program);
				if (Files.isRegularFile(p) && Files.isExecutable(p)) {
					return p;
				}
			}
		}
		throw WorkflowException.badInput(program + " was not found on PATH (" + path + "). Run segsense slurm on a machine of the Slurm cluster "
				+ "(a login node) or put Slurm's programs on PATH (Debian: apt-get install slurm-client); --dry-run prints the scripts "
				+ "without Slurm.");
	}

	/** Runs {@code program args…}; a program that outlives the time limit is killed and reported as exit −1. */
	Result run(String program, List<String> args) {
		List<String> cmd = new ArrayList<>();
		cmd.add(find(program).toString());
		cmd.addAll(args);
		ProcessBuilder pb = new ProcessBuilder(cmd);
		pb.environment().clear();
		pb.environment().putAll(env);
		try {
			Path out = Files.createTempFile("segsense-slurm", ".out");
			Path err = Files.createTempFile("segsense-slurm", ".err");
			try {
				pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
				Process p = pb.start();
				int exit;
				if (p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
					exit = p.exitValue();
				} else {
					p.destroyForcibly().waitFor();
					exit = -1;
				}
				return new Result(exit, Files.readString(out, StandardCharsets.UTF_8).trim(), Files.readString(err, StandardCharsets.UTF_8).trim()
						+ (exit == -1 ? " (no answer within " + timeoutSeconds + " s)" : ""));
			} finally {
				Files.deleteIfExists(out);
				Files.deleteIfExists(err);
			}
		} catch (IOException e) {
			throw WorkflowException.failure("Cannot start " + program + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw WorkflowException.failure(program + " was interrupted.", e);
		}
	}

	/**
	 * Submits with {@code sbatch --parsable args…}.
	 *
	 * @return the job id
	 * @throws WorkflowException (failure) when sbatch refuses, with its message and what to check
	 */
	String sbatch(List<String> args) {
		List<String> a = new ArrayList<>();
		a.add("--parsable");
		a.addAll(args);
		Result r = run("sbatch", a);
		String id = r.out().split(";")[0].trim();
		if (r.exit() != 0 || !id.matches("[0-9]+")) {
			throw WorkflowException.failure("sbatch could not submit " + args.get(args.size() - 1) + " (exit " + r.exit() + "): "
					+ (r.err().isEmpty() ? r.out() : r.err()) + ". Check that the Slurm controller answers (sinfo), that SLURM_CONF names "
					+ "the cluster's slurm.conf, and the requested partition, account and resources.", null);
		}
		return id;
	}
}
