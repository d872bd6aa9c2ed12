// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.Shard;
import org.segsense.engine.store.ResultStore;
import org.segsense.workflows.TestProjects;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.run.RunRequest;
import org.segsense.workflows.run.RunServiceImpl;

/**
 * The Slurm service without a cluster (tests/slurm/slurm-test.sh runs it on a real one): the plan's scripts and
 * sbatch lines, its refusals, status read from shard stores written by real shard runs (box engine), a shard of
 * another study, and a merge into the run folder beside its {@code slurm/} folder.
 */
class SlurmServiceTest {

	@TempDir
	Path dir;

	private Path launcher() throws Exception {
		Path l = dir.resolve("bin/segsense");
		Files.createDirectories(l.getParent());
		Files.writeString(l, "#!/bin/sh\n");
		Files.setPosixFilePermissions(l, PosixFilePermissions.fromString("rwxr-xr-x"));
		return l;
	}

	private SlurmServiceImpl service(Path path) {
		return new SlurmServiceImpl(Map.of("PATH", path.toString(), "SEGSENSE_JAVA_OPTS", "-Xmx3g"), 10);
	}

	@Test
	void thePlanHasTheArrayAndTheChainedMerge() throws Exception {
		Path study = TestProjects.study(dir);
		Path run = dir.resolve("runs/slurm");
		SlurmPlan p = service(dir).plan(SlurmRequest.of(study, run, 5, launcher()).withResources("cpu", "1:00:00", "4G", 2, null, "lab"));
		assertEquals(TestProjects.JOBS, p.studyJobs());
		assertEquals(List.of(5, 5, 5, 5, 4), p.shardJobs());
		String s = p.shardsScript();
		for (String line : List.of("#SBATCH --array=1-5", "#SBATCH --requeue", "#SBATCH --partition=cpu", "#SBATCH --account=lab",
				"#SBATCH --time=1:00:00", "#SBATCH --mem=4G", "#SBATCH --cpus-per-task=2", "export SEGSENSE_JAVA_OPTS='-Xmx3g'",
				"#SBATCH --output=" + run + "/slurm/logs/shard-%a.log")) {
			assertTrue(s.lines().anyMatch(line::equals), line + " missing in\n" + s);
		}
		assertFalse(s.contains("--gpus"), s);
		assertTrue(s.contains(" --shard \"$SLURM_ARRAY_TASK_ID/5\" --resume --shared-references '" + run + "/slurm/shared' --threads 2\n"), s);
		assertTrue(p.mergeScript().contains("'" + run + "/slurm/shards/shard-005' \\\n  --out '" + run + "'\nexec '" + launcher() + "' report '" + run
				+ "'\n"), p.mergeScript());
		assertEquals(List.of("sbatch --parsable " + run + "/slurm/shards.sbatch",
				"sbatch --parsable --dependency=afterok:<ARRAY_JOB_ID> " + run + "/slurm/merge.sbatch"), p.sbatchLines());
		assertFalse(Files.exists(run), "a plan writes nothing");
	}

	@Test
	void withoutShardsTheStudysExecutionSettingDecides() throws Exception {
		Path study = TestProjects.study(dir);
		assertEquals(1, service(dir).plan(SlurmRequest.of(study, dir.resolve("r0"), 0, launcher())).shards(), "a study without the setting: one part");
		org.segsense.model.Study st = org.segsense.model.io.StudyResources.load(study);
		if (st.getExecution() == null) {
			st.setExecution(org.segsense.model.SegsenseFactory.eINSTANCE.createExecutionSettings());
		}
		st.getExecution().setShards(3);
		org.segsense.model.io.StudyResources.save(st, study);
		assertEquals(3, service(dir).plan(SlurmRequest.of(study, dir.resolve("r3"), 0, launcher())).shards(), "the study's shards");
		assertEquals(2, service(dir).plan(SlurmRequest.of(study, dir.resolve("r2"), 2, launcher())).shards(), "--shards overrides the study");
		WorkflowException negative = assertThrows(WorkflowException.class, () -> service(dir).plan(SlurmRequest.of(study, dir.resolve("rn"), -1,
				launcher())));
		assertTrue(negative.badInput() && negative.getMessage().contains("--shards must be 1 or more"), negative.getMessage());
	}

	@Test
	void refusalsNameTheProblemAndTheFix() throws Exception {
		Path study = TestProjects.study(dir);
		SlurmServiceImpl s = service(dir.resolve("empty-bin"));
		WorkflowException few = assertThrows(WorkflowException.class, () -> s.plan(SlurmRequest.of(study, dir.resolve("r1"), TestProjects.JOBS + 1,
				launcher())));
		assertTrue(few.badInput());
		assertTrue(few.getMessage().contains("fewer than the " + (TestProjects.JOBS + 1) + " shards") && few.getMessage().contains("--shards "
				+ TestProjects.JOBS + " or fewer"), few.getMessage());
		WorkflowException noSbatch = assertThrows(WorkflowException.class, () -> s.submit(SlurmRequest.of(study, dir.resolve("r2"), 2, launcher())));
		assertTrue(noSbatch.badInput() && noSbatch.getMessage().startsWith("sbatch was not found on PATH"), noSbatch.getMessage());
		assertFalse(Files.exists(dir.resolve("r2")));
		Files.createDirectories(dir.resolve("used"));
		Files.writeString(dir.resolve("used/notes.txt"), "mine");
		WorkflowException used = assertThrows(WorkflowException.class, () -> s.plan(SlurmRequest.of(study, dir.resolve("used"), 2, launcher())));
		assertTrue(used.getMessage().contains("is not empty (it holds notes.txt)"), used.getMessage());
		WorkflowException notSlurm = assertThrows(WorkflowException.class, () -> s.status(dir.resolve("used")));
		assertTrue(notSlurm.badInput() && notSlurm.getMessage().contains("not a run folder of segsense slurm submit"), notSlurm.getMessage());
	}

	@Test
	void statusReadsTheShardStoresAndTheMergeLandsBesideTheSlurmFolder() throws Exception {
		Path study = TestProjects.study(dir);
		Path run = dir.resolve("runs/r");
		SlurmPlan p = service(dir).plan(SlurmRequest.of(study, run, 2, launcher()));
		// what submit writes, without Slurm: the record, then shard 1 run as its array task would
		Files.createDirectories(SlurmFolder.dir(run));
		SlurmFolder.writeSubmission(run, Map.of("study", study.toString(), "study.id", p.studyId(), "study.sha256", p.studySha256(), "shards", "2",
				"shard.1.jobs", p.shardJobs().get(0).toString(), "shard.2.jobs", p.shardJobs().get(1).toString()));
		RunServiceImpl runs = new RunServiceImpl();
		runs.start(RunRequest.of(study, SlurmFolder.shard(run, 1, 2)).withShard(new Shard(1, 2)), null, new NullProgressMonitor());
		SlurmStatus st = service(dir).status(run);
		assertEquals(List.of(2), st.unfinished());
		assertEquals(p.shardJobs().get(0), st.shards().get(0).done());
		assertEquals("done", st.shards().get(0).state());
		assertEquals("pending", st.shards().get(1).state());
		assertEquals(p.shardJobs().get(1), st.shards().get(1).pending());
		runs.start(RunRequest.of(study, SlurmFolder.shard(run, 2, 2)).withShard(new Shard(2, 2)), null, new NullProgressMonitor());
		assertEquals(List.of(), service(dir).status(run).unfinished());
		// the merge job's merge: into RUN, which holds slurm/
		runs.merge(List.of(SlurmFolder.shard(run, 1, 2), SlurmFolder.shard(run, 2, 2)), run, new NullProgressMonitor());
		assertTrue(Files.exists(run.resolve(ResultStore.FILE)));
		assertTrue(service(dir).status(run).merged());
		// a shard folder of another study is refused by name
		Path other = TestProjects.study(dir.resolve("other"));
		Files.writeString(other, Files.readString(other).replace("id=\"tiny\" seed=\"7\"", "id=\"other\" seed=\"8\""));
		Path shard2 = SlurmFolder.shard(run, 2, 2);
		Files.move(shard2, dir.resolve("moved-away"));
		runs.start(RunRequest.of(other, shard2).withShard(new Shard(2, 2)), null, new NullProgressMonitor());
		WorkflowException e = assertThrows(WorkflowException.class, () -> service(dir).status(run));
		assertTrue(e.badInput() && e.getMessage().contains(shard2 + " holds a run of another study"), e.getMessage());
	}
}
