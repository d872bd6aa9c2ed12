// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.segsense.engine.Shard;
import org.segsense.engine.StudyRunner;
import org.segsense.engine.store.ResultStore;

/** Where a run goes when no folder is given, and how a run folder's own study copy is recognised. */
public final class RunFolderNames {

	private RunFolderNames() {
	}

	/** @return {@code runs/STUDYFILE-yyyyMMdd-HHmmss[-shardIofN]} next to the study file */
	public static Path defaultRunDir(Path study, Shard shard, LocalDateTime time) {
		String name = study.getFileName().toString().replaceFirst("\\.segsense$", "") + "-"
				+ time.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + (shard.whole() ? "" : "-shard" + shard.index() + "of" + shard.count());
		return study.toAbsolutePath().getParent().resolve("runs").resolve(name);
	}

	/** @return whether {@code file} is a run folder's own study copy ({@code RUN/study.segsense} beside results.sqlite) */
	public static boolean isRunCopy(Path file) {
		Path f = file.toAbsolutePath().normalize();
		return StudyRunner.STUDY_COPY.equals(String.valueOf(f.getFileName())) && f.getParent() != null
				&& Files.isRegularFile(f.getParent().resolve(ResultStore.FILE));
	}
}
