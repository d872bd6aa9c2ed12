// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.store.CsvExport;
import org.segsense.engine.store.ResultStore;
import org.segsense.engine.store.RunLock;
import org.segsense.image.util.JsonWriter;
import org.segsense.model.RunStatus;

/**
 * Merges the run folders of shards (or any runs of the same study with disjoint jobs) into one run
 * folder. Refuses runs of different studies (study checksum) or with different input checksums.
 */
public final class RunMerge {

	/**
	 * What a merge did.
	 *
	 * @param out the merged run folder
	 * @param sources the merged run folders
	 * @param jobs jobs in the merged store
	 * @param studyJobs jobs of the whole study
	 * @param shard the merged store's shard: 1/1 when the sources are all shards of one split, else "merged"
	 */
	public record Result(Path out, List<Path> sources, int jobs, int studyJobs, String shard) {
		/** @return true if every job of the study is in the merged store */
		public boolean complete() {
			return jobs == studyJobs;
		}
	}

	/**
	 * A folder of a cluster run's bookkeeping (scripts, logs, shard folders: {@code segsense slurm submit}) that may
	 * be in the merge folder already; the merge writes beside it and leaves it alone.
	 */
	public static final String CLUSTER_FOLDER = "slurm";

	private RunMerge() {
	}

	/** {@link #merge(List, Path, IProgressMonitor)} without progress. */
	public static Result merge(List<Path> runs, Path out) throws StudyRunException {
		return merge(runs, out, (IProgressMonitor) null);
	}

	/**
	 * @param runs the run folders to merge (at least one)
	 * @param out the new run folder (must not hold a run)
	 * @param monitor progress (a unit per source run) and cancellation, or null
	 * @return what was merged
	 * @throws StudyRunException (bad input) for missing stores, different studies, inputs or plug-ins, overlapping jobs
	 * @throws OperationCanceledException when the monitor was cancelled: what the merge wrote into {@code out}
	 *         is removed (the sources are only read)
	 */
	public static Result merge(List<Path> runs, Path out, IProgressMonitor monitor) throws StudyRunException {
		SubMonitor sub = SubMonitor.convert(monitor, "Merging " + runs.size() + " run(s)", 2 * runs.size() + 1);
		try {
			return mergeInto(runs, out, sub);
		} finally {
			sub.done();
		}
	}

	private static Result mergeInto(List<Path> runs, Path out, SubMonitor sub) throws StudyRunException {
		if (runs.isEmpty()) {
			throw StudyRunException.badInput("Give the run folders to merge.");
		}
		List<Map<String, String>> metas = new ArrayList<>();
		List<Map<String, String>> provenances = new ArrayList<>();
		for (Path r : runs) {
			sub.split(1).subTask("reading " + r);
			Path f = r.resolve(ResultStore.FILE);
			if (!Files.isRegularFile(f)) {
				throw StudyRunException.badInput(r + " is not a run folder (no " + ResultStore.FILE + "). Give folders written by segsense run.");
			}
			try (ResultStore s = ResultStore.open(f)) {
				metas.add(s.meta());
				provenances.add(s.provenance());
			} catch (SQLException e) {
				throw StudyRunException.badInput("Cannot read " + f + ": " + e.getMessage(), e);
			}
		}
		String sha = metas.get(0).get("study.sha256");
		for (int i = 1; i < runs.size(); i++) {
			if (!String.valueOf(sha).equals(metas.get(i).get("study.sha256"))) {
				throw StudyRunException.badInput("Cannot merge " + runs.get(0) + " and " + runs.get(i) + ": they ran different studies (study "
						+ metas.get(0).get("study.id") + " sha256 " + sha + " vs " + metas.get(i).get("study.id") + " sha256 "
						+ metas.get(i).get("study.sha256") + "). Merge only shards of one study file.");
			}
			for (Map.Entry<String, String> e : provenances.get(0).entrySet()) {
				String k = e.getKey();
				if ((k.startsWith("file.") || k.startsWith("model.")) && !k.endsWith(".path")) {
					String other = provenances.get(i).get(k);
					if (other != null && !other.equals(e.getValue())) {
						throw StudyRunException.badInput("Cannot merge " + runs.get(0) + " and " + runs.get(i) + ": they used different inputs ("
								+ Admission.describeChecksumKey(k, provenances.get(0)) + ": sha256 " + e.getValue() + " vs " + other + ").");
					}
				}
			}
			List<String> plugins = PluginProvenance.changed(provenances.get(0), provenances.get(i));
			if (!plugins.isEmpty()) {
				throw StudyRunException.badInput("Cannot merge " + runs.get(0) + " and " + runs.get(i) + ": they ran with different plug-ins ("
						+ String.join("; ", plugins) + "). Run every shard with the same plug-ins.");
			}
		}
		String shard = "merged";
		TreeSet<Integer> indices = new TreeSet<>();
		Integer count = null;
		boolean shards = true;
		for (Map<String, String> m : metas) {
			try {
				Shard s = Shard.parse(m.get("shard"));
				if (count != null && count != s.count()) {
					shards = false;
				}
				count = s.count();
				indices.add(s.index());
			} catch (RuntimeException e) {
				shards = false;
			}
		}
		if (shards && count != null && indices.size() == count && indices.size() == metas.size()) {
			shard = Shard.ALL.toString();
		}
		Path dir = out.toAbsolutePath().normalize();
		checkTarget(dir);
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw StudyRunException.badInput("Cannot create " + dir + ": " + e.getMessage(), e);
		}
		RunLock lock;
		try {
			lock = RunLock.tryAcquire(dir);
		} catch (IOException e) {
			throw StudyRunException.badInput("Cannot write the lock file in " + dir + ": " + e.getMessage(), e);
		}
		if (lock == null) {
			throw StudyRunException.badInput("The run folder " + dir + " is in use by another run. Choose another --out.");
		}
		try (lock; ResultStore store = ResultStore.open(dir.resolve(ResultStore.FILE))) {
			sub.checkCanceled();
			Files.copy(runs.get(0).resolve(StudyRunner.STUDY_COPY), dir.resolve(StudyRunner.STUDY_COPY), StandardCopyOption.REPLACE_EXISTING);
			Path refs = runs.get(0).resolve(StudyRunner.REFERENCES);
			for (Path r : runs) {
				Path rr = r.resolve(StudyRunner.REFERENCES);
				if (Files.isDirectory(rr)) {
					Files.createDirectories(dir.resolve(StudyRunner.REFERENCES));
					try (var files = Files.list(rr)) {
						for (Path f : files.toList()) {
							Path target = dir.resolve(StudyRunner.REFERENCES).resolve(f.getFileName());
							if (!Files.exists(target) && !f.getFileName().toString().contains(".tmp.")) {
								Files.copy(f, target);
							}
						}
					}
				}
			}
			int jobs = 0;
			for (Path r : runs) {
				sub.checkCanceled(); // split alone checks only every few trivially small units
				sub.split(1).subTask("copying the jobs of " + r);
				try {
					jobs += store.copyDoneJobsFrom(r.resolve(ResultStore.FILE));
				} catch (SQLException e) {
					throw StudyRunException.badInput("Cannot merge " + r + ": " + e.getMessage(), e);
				}
			}
			int studyJobs = Integer.parseInt(metas.get(0).getOrDefault("jobs.study", "0"));
			Map<String, String> meta = new LinkedHashMap<>(metas.get(0));
			meta.put("shard", shard);
			meta.put("jobs.shard", shard.equals("1/1") ? Integer.toString(studyJobs) : Integer.toString(jobs));
			meta.put("status", (jobs == studyJobs ? RunStatus.COMPLETED : RunStatus.INCOMPLETE).getLiteral());
			store.putMeta(meta);
			Map<String, String> prov = new LinkedHashMap<>(provenances.get(0));
			prov.put("shard", shard);
			prov.put("merge.sources", String.join(";", runs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
			prov.put("merge.sourceShards", String.join(";", metas.stream().map(m -> String.valueOf(m.get("shard"))).toList()));
			prov.put("merge.time", Instant.now().toString());
			for (int i = 0; i < provenances.size(); i++) {
				prov.put("merge.source" + (i + 1) + ".threads.workers", String.valueOf(provenances.get(i).get("threads.workers")));
				prov.put("merge.source" + (i + 1) + ".cpu.model", String.valueOf(provenances.get(i).get("cpu.model")));
			}
			prov.put("run.status", meta.get("status"));
			store.replaceProvenance(prov);
			CsvExport.write(store, dir);
			Files.writeString(dir.resolve(StudyRunner.PROVENANCE), JsonWriter.write(prov) + "\n", StandardCharsets.UTF_8);
			sub.worked(1);
			return new Result(dir, List.copyOf(runs), jobs, studyJobs, shard);
		} catch (OperationCanceledException e) {
			removeMerged(dir);
			throw e;
		} catch (IOException | SQLException e) {
			throw StudyRunException.failure("Cannot write the merged run " + dir + ": " + e.getMessage(), e);
		}
	}

	/** Removes what a cancelled merge wrote (the folder held no run before it). */
	private static void removeMerged(Path dir) {
		for (String name : List.of(ResultStore.FILE, ResultStore.FILE + "-journal", ResultStore.FILE + "-wal", ResultStore.FILE + "-shm",
				StudyRunner.STUDY_COPY)) {
			try {
				Files.deleteIfExists(dir.resolve(name));
			} catch (IOException e) {
				// best effort: the merge is refused into this folder anyway while its store exists
			}
		}
		Path refs = dir.resolve(StudyRunner.REFERENCES);
		if (Files.isDirectory(refs)) {
			try (var files = Files.list(refs)) {
				for (Path f : files.toList()) {
					Files.deleteIfExists(f);
				}
				Files.deleteIfExists(refs);
			} catch (IOException e) {
				// best effort
			}
		}
	}

	/**
	 * A merge writes only into a new or empty folder (never over a run or the user's files): the same rule as a
	 * run's {@code --out}, without its resume case.
	 */
	private static void checkTarget(Path dir) throws StudyRunException {
		String tooLong = ResultStore.pathTooLong(dir.resolve(ResultStore.FILE));
		if (tooLong != null) {
			throw StudyRunException.badInput(tooLong);
		}
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw StudyRunException.badInput("The merge folder " + dir + " is a file, not a folder. Choose a new folder with --out.");
		}
		if (Files.exists(dir.resolve(ResultStore.FILE))) {
			throw StudyRunException.badInput(dir + " already holds a run. Merge into a new folder (--out).");
		}
		if (Files.isDirectory(dir)) {
			try (var entries = Files.list(dir)) {
				// the lock file of an earlier, cancelled merge into this folder is not the user's
				// nor is the bookkeeping folder of a cluster run, whose shards are merged into this folder
				Path first = entries.filter(e -> !RunLock.FILE.equals(e.getFileName().toString()))
						.filter(e -> !(CLUSTER_FOLDER.equals(e.getFileName().toString()) && Files.isDirectory(e))).findFirst().orElse(null);
				if (first != null) {
					throw StudyRunException.badInput("The folder " + dir + " is not empty (it holds " + first.getFileName() + "); a merge writes only "
							+ "into a new or empty folder, so that it never overwrites other files. Choose a new folder with --out, e.g. --out "
							+ "runs/NAME-merged.");
				}
			} catch (IOException e) {
				throw StudyRunException.badInput("Cannot list " + dir + ": " + e.getMessage() + ". Choose another folder with --out.", e);
			}
		}
	}
}
