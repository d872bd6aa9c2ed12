// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.segsense.image.Image;
import org.segsense.model.ModelVariant;

/**
 * A consensus reference of one case, computed before the case's jobs: the raters' predictions on the
 * unperturbed case combined by the study's {@link ReferenceStrategy}, written to the run folder. A case
 * whose reference file exists is skipped (computed before a resume; the computation is deterministic).
 *
 * <p>Shards of one study on a cluster share a folder ({@link RunOptions#sharedReferences()}): a shard holds the
 * case's lock file there ({@code CASE.lock}, a POSIX lock through {@link FileChannel#lock()}) while it copies
 * the case's reference from the folder or, when it is not there yet, computes it and publishes it (statistics
 * first, each file by an atomic rename). So each case is computed once, by the first shard that needs it, and
 * the others wait for it and copy it; since the computation is deterministic, a copy is what the shard would
 * have computed. Shards start with different cases (the scheduler rotates the order by the shard index).
 */
final class ConsensusReferences {

	private ConsensusReferences() {
	}

	static void compute(Path runDir, String caseId, org.segsense.model.ReferenceStrategy reference, ReferenceStrategy strategy,
			JobPipeline pipeline, InferenceWorkers workers, Path shared) throws Exception {
		if (Files.exists(RunFolders.referenceFile(runDir, caseId))) {
			return;
		}
		if (shared == null) {
			computeInto(runDir, caseId, reference, strategy, pipeline, workers);
			return;
		}
		Files.createDirectories(shared);
		try (FileChannel channel = FileChannel.open(shared.resolve(caseId + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			Path sharedFile = RunFolders.referenceFile(shared, caseId);
			if (!Files.exists(sharedFile)) {
				computeInto(runDir, caseId, reference, strategy, pipeline, workers);
				copy(runDir, shared, caseId);
			} else {
				copy(shared, runDir, caseId);
			}
		}
	}

	private static void computeInto(Path runDir, String caseId, org.segsense.model.ReferenceStrategy reference, ReferenceStrategy strategy,
			JobPipeline pipeline, InferenceWorkers workers) throws Exception {
		CaseData cd = pipeline.caseData(caseId);
		List<Image> raters = new ArrayList<>();
		List<ModelVariant> variants = strategy.raters(reference);
		for (ModelVariant r : variants) {
			// peak channels go to the model in their file's frame, as in the jobs' "infer" stage
			raters.add(workers.predict(r.getId(), cd.modelInput(cd.channels()), cd.roi()).labels());
		}
		checkRaters(caseId, variants, raters, workers);
		ReferenceStrategy.Consensus c = strategy.combine(caseId, reference, raters, cd.channels().get(0).geometry());
		RunFolders.writeReference(runDir, caseId, c.labels(), c.raterStatistics());
	}

	/**
	 * The raters of a consensus are all one-label or all multi-label with the same bundles.
	 *
	 * @throws IllegalArgumentException naming the raters and the fix
	 */
	static void checkRaters(String caseId, List<ModelVariant> variants, List<Image> raters, InferenceWorkers workers) {
		for (int i = 1; i < raters.size(); i++) {
			String a = variants.get(0).getId(), b = variants.get(i).getId();
			if (workers.isMultiLabel(a) != workers.isMultiLabel(b)) {
				throw new IllegalArgumentException("The consensus of case '" + caseId + "' mixes a multi-label rater with a one-label one ('"
						+ (workers.isMultiLabel(a) ? a : b) + "' is multi-label, '" + (workers.isMultiLabel(a) ? b : a)
						+ "' is not); use raters of one kind.");
			}
			if (raters.get(i).components() != raters.get(0).components()) {
				throw new IllegalArgumentException("The multi-label raters of case '" + caseId + "' output different numbers of bundles ('" + a
						+ "' " + raters.get(0).components() + ", '" + b + "' " + raters.get(i).components()
						+ "); a consensus needs raters with the same bundles in the same order.");
			}
		}
	}

	/** Copies a case's reference from one run folder's (or the shared folder's) references to another's: statistics first. */
	private static void copy(Path fromDir, Path toDir, String caseId) throws IOException {
		Path from = RunFolders.referenceFile(fromDir, caseId);
		Path to = RunFolders.referenceFile(toDir, caseId);
		Files.createDirectories(to.getParent());
		for (String[] names : new String[][] { { caseId + RaterStatistics.SUFFIX, caseId + ".tmp" + RaterStatistics.SUFFIX },
				{ caseId + ".nii.gz", caseId + ".tmp.nii.gz" } }) {
			Path tmp = to.resolveSibling(names[1]);
			Files.copy(from.resolveSibling(names[0]), tmp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(tmp, to.resolveSibling(names[0]), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}
}
