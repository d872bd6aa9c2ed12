// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards of a consensus study that share a references folder ({@link RunOptions#sharedReferences()}, what
 * {@code segsense slurm} gives its array tasks): each case's consensus is computed once, by the first shard, and
 * copied by the others; the merged shards still equal the whole run.
 */
class SharedReferencesTest {

	@TempDir
	Path dir;

	@Test
	void shardsComputeEachConsensusOnceAndStillEqualTheWholeRun() throws Exception {
		Path project = TestStudies.project(dir.resolve("project"));
		Path study = TestStudies.study(project, "mv", TestStudies.OAT, TestStudies.MAJORITY, "");
		Path whole = dir.resolve("whole");
		assertTrue(StudyRunner.run(study, RunOptions.in(whole).withThreads(2), null).complete());
		Path shared = dir.resolve("shared");
		Path a = dir.resolve("s1"), b = dir.resolve("s2"), c = dir.resolve("s3");
		assertTrue(StudyRunner.run(study, RunOptions.in(a).withShard(new Shard(1, 3)).withSharedReferences(shared).withThreads(1), null).complete());
		// shard 1 published both cases' references, identical to what the whole run computed
		for (String caseId : List.of("c1", "c2")) {
			assertArrayEquals(Files.readAllBytes(RunFolders.referenceFile(whole, caseId)), Files.readAllBytes(RunFolders.referenceFile(shared, caseId)));
			assertTrue(Files.exists(shared.resolve(caseId + ".lock")));
		}
		// a later shard copies the shared reference instead of computing it: replace c2's by c1's (a different image)
		byte[] c1 = Files.readAllBytes(RunFolders.referenceFile(shared, "c1"));
		assertFalse(java.util.Arrays.equals(c1, Files.readAllBytes(RunFolders.referenceFile(shared, "c2"))), "the cases' references differ");
		Files.write(RunFolders.referenceFile(shared, "c2"), c1);
		assertTrue(StudyRunner.run(study, RunOptions.in(b).withShard(new Shard(2, 3)).withSharedReferences(shared).withThreads(1), null).complete());
		assertArrayEquals(c1, Files.readAllBytes(RunFolders.referenceFile(b, "c2")), "shard 2 computed c2's reference instead of copying it");
		// with the true reference back, the shards merged equal the whole run
		Files.copy(RunFolders.referenceFile(whole, "c2"), RunFolders.referenceFile(shared, "c2"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Path b2 = dir.resolve("s2-again");
		assertTrue(StudyRunner.run(study, RunOptions.in(b2).withShard(new Shard(2, 3)).withSharedReferences(shared).withThreads(1), null).complete());
		assertTrue(StudyRunner.run(study, RunOptions.in(c).withShard(new Shard(3, 3)).withSharedReferences(shared).withThreads(2), null).complete());
		RunMerge.Result m = RunMerge.merge(List.of(a, b2, c), dir.resolve("merged"));
		assertTrue(m.complete());
		assertEquals(StudyEngineTest.snapshot(whole), StudyEngineTest.snapshot(dir.resolve("merged")));
	}
}
