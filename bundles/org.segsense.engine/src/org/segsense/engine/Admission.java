// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.segsense.engine.store.ResultStore;

/**
 * Whether a run may write into a run folder that already holds one, and whether a run's inputs are still
 * the ones it ran with: a new run refuses a used folder, a resume needs the same study (sha256), the same
 * shard, no merged folder, and unchanged input files and models (their checksums in the provenance).
 */
final class Admission {

	private Admission() {
	}

	/** Refuses a folder that holds a run when the run is not a resume. */
	static void checkNewOrResume(boolean existing, boolean resume, Path runDir) throws StudyRunException {
		if (existing && !resume) {
			throw StudyRunException.badInput(runDir + " already holds a run (" + ResultStore.FILE + "). Use --resume to finish it, or choose "
					+ "another folder with --out.");
		}
	}

	/**
	 * Refuses to resume a run with another study, another shard, a merged run folder, or changed inputs.
	 *
	 * @param meta the store's meta data
	 * @param oldProvenance the provenance the run recorded
	 * @param studySha the study's sha256 now
	 * @param checksums the input checksums now ({@link Provenance#checksums})
	 */
	static void checkResume(Map<String, String> meta, Map<String, String> oldProvenance, String studySha, Path studyFile, Path runDir, Shard shard,
			Map<String, String> checksums) throws StudyRunException {
		if (meta.containsKey("study.sha256")) {
			if (!studySha.equals(meta.get("study.sha256"))) {
				throw StudyRunException.badInput("The study " + studyFile + " has changed since the run in " + runDir + " started (sha256 "
						+ meta.get("study.sha256") + " then, " + studySha + " now). Resume with the study file the run started with ("
						+ runDir.resolve(StudyRunner.STUDY_COPY) + "), or start a new run with another --out.");
			}
			if ("merged".equals(meta.get("shard"))) {
				throw StudyRunException.badInput(runDir + " was merged from runs that do not make up the whole study; it cannot be resumed. "
						+ "Run the missing shards into their own folders and merge all of them again.");
			}
			if (!shard.toString().equals(meta.get("shard"))) {
				throw StudyRunException.badInput("The run in " + runDir + " is shard " + meta.get("shard") + ", not " + shard + ". Resume it with --shard "
						+ meta.get("shard") + ".");
			}
		}
		List<String> changed = changedChecksums(oldProvenance, checksums);
		if (!changed.isEmpty()) {
			throw new StudyRunException(true, "Inputs of the run in " + runDir + " have changed since it started; resuming would mix "
					+ "results. Restore them, or start a new run with another --out:", changed, null);
		}
	}

	/** Refuses to recompute jobs of a run whose inputs changed since it ran ({@link JobReplay}). */
	static void checkReplay(Map<String, String> provenance, Map<String, String> checksums, Path runDir) throws StudyRunException {
		List<String> changed = changedChecksums(provenance, checksums);
		if (!changed.isEmpty()) {
			throw new StudyRunException(true, "Inputs of the run in " + runDir + " have changed since it ran; its jobs cannot be recomputed. "
					+ "Restore them (segsense reproduce lists the differences):", changed, null);
		}
	}

	private static List<String> changedChecksums(Map<String, String> old, Map<String, String> now) {
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, String> e : now.entrySet()) {
			String k = e.getKey();
			if (k.endsWith(".path")) {
				continue;
			}
			String before = old.get(k);
			if (before != null && !before.equals(e.getValue())) {
				changed.add(describeChecksumKey(k, now) + ": sha256 " + before + " then, " + e.getValue() + " now");
			}
		}
		return changed;
	}

	/** @return "model unet (models/unet)" or "file images/c1.nii.gz" for a provenance checksum key */
	static String describeChecksumKey(String key, Map<String, String> provenance) {
		if (key.startsWith("model.")) {
			String id = key.substring("model.".length());
			String path = provenance.get(key + ".path");
			return "model " + id + (path != null ? " (" + path + ")" : "");
		}
		if (key.startsWith("file.")) {
			return "file " + key.substring("file.".length());
		}
		return key;
	}
}
