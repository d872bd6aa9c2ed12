// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.workflows.WorkflowException;

/**
 * The cerebellum example end to end (examples/cerebellum/README.md): fetch the images, prepare the cases,
 * train the three model variants (or reuse them from the cache), run the ground-truth and the STAPLE study,
 * write their reports, and return what they show — the findings computed by the report's analysis. Throws
 * {@link WorkflowException}; cancelling the monitor throws {@code OperationCanceledException} between steps
 * (a run in progress stops gracefully first).
 */
public interface DemoService {

	/**
	 * @param quick the shortened demo (3 mm grid, shorter training, two values per sweep)
	 * @param out the output folder (new or empty), or null for {@code segsense-demo-TIME} in the working folder
	 * @param threads training threads and study workers, 0 for all cores
	 * @param retrain train even if the cache holds the models
	 * @param cache the cache of images and models, or null for $SEGSENSE_CACHE, $XDG_CACHE_HOME/segsense or
	 *        $HOME/.cache/segsense
	 * @param exampleDir the example folder, or null for examples/cerebellum of $SEGSENSE_REPO
	 */
	record Request(boolean quick, Path out, int threads, boolean retrain, Path cache, Path exampleDir) {
	}

	/** The demo's log: one line at a time (steps, fetch and training progress, run progress). */
	@FunctionalInterface
	interface Listener {
		void line(String text);
	}

	/**
	 * One study of the demo.
	 *
	 * @param runDir its run folder
	 * @param done jobs done
	 * @param complete every job done
	 * @param report its report's index.html
	 * @param findings what it shows
	 */
	record Run(Path runDir, int done, boolean complete, Optional<Path> report, DemoFindings findings) {
	}

	/**
	 * @param mode "full" or "quick"
	 * @param out the output folder
	 * @param project the project folder (images, models, study files)
	 * @param groundTruth the ground-truth study
	 * @param staple the STAPLE study
	 * @param volumesMl reference volumes (ml) by case: the ground truth's, and the STAPLE consensus's
	 * @param seconds wall time per phase
	 * @param summaryFile OUT/summary.txt
	 * @param summary its text
	 */
	record Result(String mode, Path out, Path project, Run groundTruth, Run staple, Map<String, Double> volumesMl, Map<String, Double> seconds,
			Path summaryFile, String summary) {

		public boolean complete() {
			return groundTruth.complete() && staple.complete();
		}

		public List<Run> runs() {
			return List.of(groundTruth, staple);
		}
	}

	Result run(Request request, Listener listener, IProgressMonitor monitor);
}
