// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.segsense.engine.store.ResultStore;
import org.segsense.engine.store.RunLock;
import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.image.util.JsonWriter;
import org.segsense.model.RunStatus;

/**
 * Which folders a run may write into, so that {@code segsense run --out} never writes into a user's folder:
 * a new folder, an empty one, or a run folder — one holding the markers {@value ResultStore#FILE} and
 * {@value StudyRunner#STUDY_COPY} (whether it is a run <em>of this study</em> is then checked against the
 * study's checksum in the store, on {@code --resume}). Anything else (the current folder, {@code /}, the
 * project, a folder with the user's own {@code results.csv}) is refused before anything is written.
 *
 * <p>Also the run folder's layout and its writes: the lock, the atomic study copy, the provenance file
 * and the consensus references ({@value StudyRunner#REFERENCES}/CASE.nii.gz beside CASE{@value
 * RaterStatistics#SUFFIX}), each written to a temporary file and moved into place.
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

	/**
	 * Creates the run folder and takes its lock.
	 *
	 * @param runDir the absolute, normalised run folder, checked by {@link #checkTarget}
	 * @return the lock, to close when the run ends
	 * @throws StudyRunException (failure) when the folder or lock cannot be written; (bad input) when another run holds it
	 */
	static RunLock createAndLock(Path runDir) throws StudyRunException {
		try {
			Files.createDirectories(runDir);
		} catch (IOException e) {
			throw StudyRunException.failure("Cannot create the run folder " + runDir + ": " + Failures.ioReason(e) + ". Choose a writable folder with --out.", e);
		}
		RunLock lock;
		try {
			lock = RunLock.tryAcquire(runDir);
		} catch (IOException e) {
			throw StudyRunException.failure("Cannot write the lock file in " + runDir + ": " + Failures.ioReason(e) + ". Choose a writable folder with --out.", e);
		}
		if (lock == null) {
			String holder = RunLock.holder(runDir);
			throw StudyRunException.badInput("The run folder " + runDir + " is in use by another run" + (holder.isEmpty() ? "" : " (" + holder + ")")
					+ ". Wait for it to finish, or choose another folder with --out.");
		}
		return lock;
	}

	/** Writes the study's bytes as the run folder's study copy, unless it has one (a resumed run keeps the first). */
	static void copyStudy(Path runDir, byte[] studyBytes) throws IOException {
		Path copy = runDir.resolve(StudyRunner.STUDY_COPY);
		if (!Files.exists(copy)) {
			Path tmp = runDir.resolve(StudyRunner.STUDY_COPY + ".tmp");
			Files.write(tmp, studyBytes);
			Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/** Writes the provenance file of a run folder with the run's status. */
	static void writeProvenance(Path runDir, Map<String, String> provenance, RunStatus status) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>(provenance);
		json.put("run.status", status.getLiteral());
		Path tmp = runDir.resolve(StudyRunner.PROVENANCE + ".tmp");
		Files.writeString(tmp, JsonWriter.write(json) + "\n", StandardCharsets.UTF_8);
		Files.move(tmp, runDir.resolve(StudyRunner.PROVENANCE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** @return the consensus reference file of a case in a run folder */
	static Path referenceFile(Path runDir, String caseId) {
		return runDir.resolve(StudyRunner.REFERENCES).resolve(caseId + ".nii.gz");
	}

	/**
	 * Writes a case's consensus reference and its raters' statistics: the statistics first, since a
	 * reference file without them would be taken as complete on resume.
	 */
	static void writeReference(Path runDir, String caseId, Image labels, Map<String, Object> raterStatistics) throws Exception {
		Path file = referenceFile(runDir, caseId);
		Files.createDirectories(file.getParent());
		Path stats = file.resolveSibling(caseId + RaterStatistics.SUFFIX);
		Path statsTmp = file.resolveSibling(caseId + ".tmp" + RaterStatistics.SUFFIX);
		Files.writeString(statsTmp, JsonWriter.write(raterStatistics) + "\n", StandardCharsets.UTF_8);
		Files.move(statsTmp, stats, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		Path tmp = file.resolveSibling(caseId + ".tmp.nii.gz");
		// multi-label (one 0/1 component per bundle): a 4-D NIfTI with one volume per bundle
		ImageIO.write(labels.components() > 1 ? BundleLabels.toVolumes(labels) : labels, tmp);
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
