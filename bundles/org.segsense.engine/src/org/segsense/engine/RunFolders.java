package org.segsense.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

import org.segsense.engine.store.ResultStore;
import org.segsense.engine.store.RunLock;

/**
 * Which folders a run may write into, so that {@code segsense run --out} never writes into a user's folder:
 * a new folder, an empty one, or a run folder — one holding the markers {@value ResultStore#FILE} and
 * {@value StudyRunner#STUDY_COPY} (whether it is a run <em>of this study</em> is then checked against the
 * study's checksum in the store, on {@code --resume}). Anything else (the current folder, {@code /}, the
 * project, a folder with the user's own {@code results.csv}) is refused before anything is written.
 */
final class RunFolders {

	/** Files a run writes before its store and study copy exist: a folder holding only these counts as empty. */
	private static final Set<String> START_FILES = Set.of(RunLock.FILE, StudyRunner.STUDY_COPY + ".tmp");

	private RunFolders() {
	}

	/** @return whether {@code dir} holds the markers of a run folder */
	static boolean isRunFolder(Path dir) {
		return Files.isRegularFile(dir.resolve(ResultStore.FILE)) && Files.isRegularFile(dir.resolve(StudyRunner.STUDY_COPY));
	}

	/**
	 * Refuses a run folder the run must not write into, and one whose store SQLite could not open.
	 *
	 * @param runDir the absolute, normalised run folder
	 * @throws StudyRunException (bad input) naming the folder and the fix
	 */
	static void checkTarget(Path runDir) throws StudyRunException {
		String tooLong = ResultStore.pathTooLong(runDir.resolve(ResultStore.FILE));
		if (tooLong != null) {
			throw StudyRunException.badInput(tooLong);
		}
		if (!Files.exists(runDir, LinkOption.NOFOLLOW_LINKS) && !Files.exists(runDir)) {
			return;
		}
		if (!Files.isDirectory(runDir)) {
			throw StudyRunException.badInput("The run folder " + runDir + " is a file, not a folder. Choose a new folder with --out.");
		}
		if (isRunFolder(runDir)) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(runDir)) {
			for (Path entry : entries) {
				if (!START_FILES.contains(entry.getFileName().toString())) {
					throw StudyRunException.badInput("The folder " + runDir + " is not empty and is not a run folder (it has no " + ResultStore.FILE
							+ " and " + StudyRunner.STUDY_COPY + ", e.g. it holds " + entry.getFileName() + "); a run writes only into a new or empty "
							+ "folder, so that it never overwrites other files. Choose a new folder with --out, e.g. --out runs/NAME.");
				}
			}
		} catch (IOException e) {
			throw StudyRunException.badInput("Cannot list the run folder " + runDir + ": " + e.getMessage() + ". Choose another folder with --out.", e);
		}
	}

	/**
	 * The project folder a run recorded, for a study file that is the copy in a run folder
	 * ({@code segsense run RUN/study.segsense --resume}): its relative paths refer to the project the run
	 * used, not to the run folder.
	 *
	 * @param studyFile an absolute study file
	 * @return the recorded project folder, or null when the file is not a run folder's copy or none is recorded
	 */
	static Path recordedProject(Path studyFile) {
		Path dir = studyFile.getParent();
		if (dir == null || !StudyRunner.STUDY_COPY.equals(studyFile.getFileName().toString()) || !isRunFolder(dir)) {
			return null;
		}
		try (ResultStore store = ResultStore.open(dir.resolve(ResultStore.FILE))) {
			String project = store.meta().get("project.dir");
			return project == null || project.isBlank() ? null : Path.of(project);
		} catch (java.sql.SQLException | RuntimeException e) {
			return null;
		}
	}
}
