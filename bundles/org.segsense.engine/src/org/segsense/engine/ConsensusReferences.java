// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.segsense.image.Image;
import org.segsense.model.ModelVariant;

/**
 * A consensus reference of one case, computed before the case's jobs: the raters' predictions on the
 * unperturbed case combined by the study's {@link ReferenceStrategy}, written to the run folder. A case
 * whose reference file exists is skipped (computed before a resume; the computation is deterministic).
 */
final class ConsensusReferences {

	private ConsensusReferences() {
	}

	static void compute(Path runDir, String caseId, org.segsense.model.ReferenceStrategy reference, ReferenceStrategy strategy,
			JobPipeline pipeline, InferenceWorkers workers) throws Exception {
		if (Files.exists(RunFolders.referenceFile(runDir, caseId))) {
			return;
		}
		CaseData cd = pipeline.caseData(caseId);
		List<Image> raters = new ArrayList<>();
		for (ModelVariant r : strategy.raters(reference)) {
			raters.add(workers.predict(r.getId(), cd.channels(), cd.roi()).labels());
		}
		ReferenceStrategy.Consensus c = strategy.combine(caseId, reference, raters, cd.channels().get(0).geometry());
		RunFolders.writeReference(runDir, caseId, c.labels(), c.raterStatistics());
	}
}
