// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.segsense.engine.Shard;
import org.segsense.engine.StudyPlan;
import org.segsense.engine.StudyRunException;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultStore;
import org.segsense.image.util.Sha256;
import org.segsense.model.Study;
import org.segsense.workflows.WorkflowException;

/** The Slurm service over sbatch, squeue and scancel ({@link SlurmFolder} describes the run folder). */
@Component(service = SlurmService.class)
public final class SlurmServiceImpl implements SlurmService {

	private final Map<String, String> env;
	private final SlurmCommands slurm;

	/** With this process's environment (PATH finds Slurm's programs, SLURM_CONF the cluster). */
	public SlurmServiceImpl() {
		this(System.getenv(), 60);
	}

	/**
	 * @param env the environment Slurm's programs run with and the scripts pass on ({@link SlurmFolder#PASSED_ENVIRONMENT})
	 * @param timeoutSeconds how long one call of a Slurm program may take
	 */
	public SlurmServiceImpl(Map<String, String> env, long timeoutSeconds) {
		this.env = Map.copyOf(env);
		this.slurm = new SlurmCommands(this.env, timeoutSeconds);
	}

	@Override
	public SlurmPlan plan(SlurmRequest request) {
		if (request.shards() < 0) {
			throw WorkflowException.badInput("--shards must be 1 or more, not " + request.shards() + ".");
		}
		SlurmRequest r = request;
		if (r.launcher() == null || !Files.isExecutable(r.launcher())) {
			throw WorkflowException.badInput("The segsense launcher " + r.launcher() + " that the nodes would run does not exist or is not executable. "
					+ "Set SEGSENSE_LAUNCHER to the segsense script on the shared file system.");
		}
		Path runDir = r.out().toAbsolutePath().normalize();
		if (runDir.toString().matches(".*[\\s%].*")) {
			throw WorkflowException.badInput("The run folder " + runDir + " has white space or '%' in its path, which #SBATCH lines cannot carry. "
					+ "Choose another --out.");
		}
		checkNewFolder(runDir);
		Path studyFile = r.study().toAbsolutePath().normalize();
		Study study;
		StudyPlan plan;
		byte[] bytes;
		try {
			study = StudyRunner.loadValid(studyFile, null);
			plan = StudyPlan.expand(study);
			bytes = Files.readAllBytes(studyFile);
		} catch (StudyRunException e) {
			throw WorkflowException.of(e);
		} catch (IOException e) {
			throw WorkflowException.badInput("Cannot read " + studyFile + ": " + e.getMessage(), e);
		}
		if (r.shards() == 0) { // not given: the study's execution setting (1 when the study has none)
			r = r.withShards(study.getExecution() != null ? study.getExecution().getShards() : 1);
		}
		int jobs = plan.jobs().size();
		if (jobs < r.shards()) {
			throw WorkflowException.badInput("The study " + studyFile + " expands into " + jobs + " job(s), fewer than the " + r.shards()
					+ " shards asked for: a shard would have nothing to do. Use --shards " + jobs + " or fewer.");
		}
		List<Integer> shardJobs = new ArrayList<>();
		for (int i = 1; i <= r.shards(); i++) {
			shardJobs.add(plan.jobs(new Shard(i, r.shards())).size());
		}
		Path dir = SlurmFolder.dir(runDir);
		String shards = SlurmFolder.shardsScript(r, runDir, studyFile, study.getId(), env);
		String merge = SlurmFolder.mergeScript(r, runDir, study.getId(), env);
		List<String> lines = List.of("sbatch --parsable " + dir.resolve(SlurmFolder.SHARDS_SCRIPT),
				"sbatch --parsable --dependency=afterok:<ARRAY_JOB_ID> " + dir.resolve(SlurmFolder.MERGE_SCRIPT));
		return new SlurmPlan(runDir, study.getId(), Sha256.hex(bytes), jobs, shardJobs, shards, merge, lines, null, null);
	}

	/** A Slurm run writes only into a new or empty folder (the merge lands there). */
	private static void checkNewFolder(Path runDir) {
		if (Files.exists(runDir) && !Files.isDirectory(runDir)) {
			throw WorkflowException.badInput("The run folder " + runDir + " is a file. Choose a new folder with --out.");
		}
		if (Files.exists(SlurmFolder.submission(runDir))) {
			throw WorkflowException.badInput(runDir + " holds a Slurm run submitted before. See it with segsense slurm status " + runDir
					+ ", finish it with segsense slurm resubmit " + runDir + ", or choose a new folder with --out.");
		}
		if (Files.isDirectory(runDir)) {
			try (Stream<Path> entries = Files.list(runDir)) {
				Path first = entries.findFirst().orElse(null);
				if (first != null) {
					throw WorkflowException.badInput("The folder " + runDir + " is not empty (it holds " + first.getFileName() + "); a Slurm run "
							+ "writes only into a new or empty folder. Choose a new folder with --out.");
				}
			} catch (IOException e) {
				throw WorkflowException.badInput("Cannot list " + runDir + ": " + e.getMessage() + ". Choose another folder with --out.", e);
			}
		}
	}

	@Override
	public SlurmPlan submit(SlurmRequest r) {
		SlurmPlan p = plan(r);
		slurm.find("sbatch"); // before anything is written
		Path runDir = p.runDir();
		boolean created = !Files.exists(runDir);
		Path dir = SlurmFolder.dir(runDir);
		Map<String, String> record = new LinkedHashMap<>();
		try {
			Files.createDirectories(dir.resolve("logs"));
			Files.createDirectories(dir.resolve("shards"));
			writeScript(dir.resolve(SlurmFolder.SHARDS_SCRIPT), p.shardsScript());
			writeScript(dir.resolve(SlurmFolder.MERGE_SCRIPT), p.mergeScript());
			record.put("study", r.study().toAbsolutePath().normalize().toString());
			record.put("study.id", p.studyId());
			record.put("study.sha256", p.studySha256());
			record.put("jobs", Integer.toString(p.studyJobs()));
			record.put("shards", Integer.toString(p.shards()));
			for (int i = 1; i <= p.shards(); i++) {
				record.put("shard." + i + ".jobs", Integer.toString(p.shardJobs().get(i - 1)));
			}
			record.put("launcher", r.launcher().toAbsolutePath().toString());
			record.put("submitted", Instant.now().toString());
			SlurmFolder.writeSubmission(runDir, record);
		} catch (IOException e) {
			remove(runDir, created);
			throw WorkflowException.failure("Cannot write the Slurm scripts into " + dir + ": " + e.getMessage(), e);
		}
		String array;
		try {
			array = slurm.sbatch(List.of(dir.resolve(SlurmFolder.SHARDS_SCRIPT).toString()));
		} catch (WorkflowException e) {
			remove(runDir, created);
			throw e;
		}
		String merge;
		try {
			merge = slurm.sbatch(List.of("--dependency=afterok:" + array, dir.resolve(SlurmFolder.MERGE_SCRIPT).toString()));
		} catch (WorkflowException e) {
			slurm.run("scancel", List.of(array));
			remove(runDir, created);
			throw WorkflowException.failure(e.getMessage() + " The array job " + array + " was cancelled; nothing is left submitted.", e);
		}
		record.put("array.jobs", array);
		for (int i = 1; i <= p.shards(); i++) {
			record.put("shard." + i + ".job", array + "_" + i);
		}
		record.put("merge.job", merge);
		try {
			SlurmFolder.writeSubmission(runDir, record);
		} catch (IOException e) {
			throw WorkflowException.failure("Submitted array job " + array + " and merge job " + merge + ", but cannot record them in "
					+ SlurmFolder.submission(runDir) + ": " + e.getMessage(), e);
		}
		return p.submitted(array, merge);
	}

	private static void writeScript(Path file, String text) throws IOException {
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	/** Removes what a failed submission wrote: the slurm folder, and the run folder when it created it. */
	private static void remove(Path runDir, boolean created) {
		try (Stream<Path> walk = Files.walk(SlurmFolder.dir(runDir))) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
			if (created) {
				Files.deleteIfExists(runDir);
			}
		} catch (IOException e) {
			// best effort: the folder held nothing of the user's
		}
	}

	@Override
	public SlurmStatus status(Path runDirectory) {
		Path runDir = runDirectory.toAbsolutePath().normalize();
		Map<String, String> record = submission(runDir);
		int n = Integer.parseInt(record.getOrDefault("shards", "0"));
		String sha = record.get("study.sha256");
		List<SlurmStatus.Shard> shards = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			Path folder = SlurmFolder.shard(runDir, i, n);
			int jobs = Integer.parseInt(record.getOrDefault("shard." + i + ".jobs", "0"));
			Path file = folder.resolve(ResultStore.FILE);
			if (!Files.isRegularFile(file)) {
				shards.add(new SlurmStatus.Shard(i, folder, jobs, 0, 0, false));
				continue;
			}
			try (ResultStore store = ResultStore.open(file)) {
				Map<String, String> meta = store.meta();
				String shard = i + "/" + n;
				if (!String.valueOf(sha).equals(meta.get("study.sha256")) || (meta.get("shard") != null && !shard.equals(meta.get("shard")))) {
					throw WorkflowException.badInput("The shard folder " + folder + " holds a run of another study or shard (study "
							+ meta.get("study.id") + ", sha256 " + meta.get("study.sha256") + ", shard " + meta.get("shard") + "), not shard " + shard
							+ " of " + record.get("study") + " (sha256 " + sha + ") that " + runDir + " was submitted with. Move that folder "
							+ "away (segsense slurm resubmit then runs the shard again), or submit the other study into a new run folder.");
				}
				Map<JobStatus, Integer> counts = store.statusCounts();
				shards.add(new SlurmStatus.Shard(i, folder, jobs, counts.getOrDefault(JobStatus.DONE, 0), counts.getOrDefault(JobStatus.FAILED, 0),
						true));
			} catch (SQLException e) {
				throw WorkflowException.badInput("Cannot read the shard store " + file + ": " + ResultStore.describe(e)
						+ ". Move the shard folder away and resubmit to run the shard again.", e);
			}
		}
		List<String> arrays = List.of(record.getOrDefault("array.jobs", "").split(",")).stream().filter(s -> !s.isBlank()).toList();
		return new SlurmStatus(runDir, record.get("study.id"), shards, Files.isRegularFile(runDir.resolve(ResultStore.FILE)),
				Files.isRegularFile(runDir.resolve("report").resolve("index.html")), arrays, record.get("merge.job"));
	}

	private static Map<String, String> submission(Path runDir) {
		if (!Files.isRegularFile(SlurmFolder.submission(runDir))) {
			throw WorkflowException.badInput(runDir + " is not a run folder of segsense slurm submit (it has no " + SlurmFolder.FOLDER + "/"
					+ SlurmFolder.SUBMISSION + "). Give the --out folder of segsense slurm submit.");
		}
		try {
			Map<String, String> record = SlurmFolder.readSubmission(runDir);
			Integer.parseInt(record.getOrDefault("shards", "x"));
			return record;
		} catch (IOException | RuntimeException e) {
			throw WorkflowException.badInput("Cannot read " + SlurmFolder.submission(runDir) + ": " + e.getMessage()
					+ ". It is written by segsense slurm submit; submit the study into a new run folder.", e);
		}
	}

	@Override
	public Resubmission resubmit(Path runDirectory) {
		Path runDir = runDirectory.toAbsolutePath().normalize();
		SlurmStatus st = status(runDir);
		if (st.merged()) {
			return new Resubmission(st, List.of(), null, null);
		}
		List<String> active = activeJobs(st);
		List<Integer> unfinished = st.unfinished();
		Map<String, String> record = submission(runDir);
		for (int i : unfinished) {
			String job = record.get("shard." + i + ".job");
			if (job != null && active.contains(job)) {
				throw WorkflowException.badInput("Shard " + i + "/" + st.shards().size() + " is still queued or running in Slurm (job " + job
						+ "); wait for it to end or cancel it (scancel " + job + "), then resubmit.");
			}
		}
		String oldMerge = st.mergeJob();
		if (oldMerge != null && active.contains(oldMerge)) {
			if (unfinished.isEmpty()) {
				throw WorkflowException.badInput("The merge job " + oldMerge + " of " + runDir + " is still queued or running; wait for it to end.");
			}
			slurm.run("scancel", List.of(oldMerge)); // its afterok can no longer be satisfied
		}
		Path dir = SlurmFolder.dir(runDir);
		String array = null;
		List<String> mergeArgs = new ArrayList<>();
		if (!unfinished.isEmpty()) {
			String list = String.join(",", unfinished.stream().map(String::valueOf).toList());
			array = slurm.sbatch(List.of("--array=" + list, dir.resolve(SlurmFolder.SHARDS_SCRIPT).toString()));
			mergeArgs.add("--dependency=afterok:" + array);
			record.put("array.jobs", String.join(",", st.arrayJobs()) + (st.arrayJobs().isEmpty() ? "" : ",") + array);
			for (int i : unfinished) {
				record.put("shard." + i + ".job", array + "_" + i);
			}
		}
		mergeArgs.add(dir.resolve(SlurmFolder.MERGE_SCRIPT).toString());
		String merge = slurm.sbatch(mergeArgs);
		record.put("merge.job", merge);
		record.put("resubmitted", Instant.now().toString());
		try {
			SlurmFolder.writeSubmission(runDir, record);
		} catch (IOException e) {
			throw WorkflowException.failure("Resubmitted (merge job " + merge + "), but cannot record it in " + SlurmFolder.submission(runDir) + ": "
					+ e.getMessage(), e);
		}
		return new Resubmission(st, unfinished, array, merge);
	}

	/** @return the job ids ({@code 123_4} for array tasks) of the run's jobs that Slurm still queues or runs */
	private List<String> activeJobs(SlurmStatus st) {
		List<String> ids = new ArrayList<>(st.arrayJobs());
		if (st.mergeJob() != null) {
			ids.add(st.mergeJob());
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		SlurmCommands.Result r = slurm.run("squeue", List.of("-h", "-r", "-o", "%i", "-j", String.join(",", ids)));
		if (r.exit() != 0) {
			if (r.err().contains("Invalid job id")) {
				return List.of(); // jobs that ended long ago are forgotten by the controller
			}
			throw WorkflowException.failure("squeue could not list the jobs of " + st.runDir() + " (exit " + r.exit() + "): " + r.err()
					+ ". Check that the Slurm controller answers (sinfo) and that SLURM_CONF names the cluster's slurm.conf.", null);
		}
		return r.out().lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
