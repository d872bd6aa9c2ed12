// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.workflows.WorkflowException;

/**
 * The demo's two arms end to end. DeepMedic arm (examples/cerebellum/README.md): fetch the images, prepare the cases,
 * train the three model variants (or reuse them from the cache), run the ground-truth and the STAPLE study. Tracts arm
 * (examples/tracts/README.md): generate fibre-phantom subjects, train three TractSeg-like variants through the
 * augmentation study service (or reuse them from the cache), run the study scored against the binary STAPLE consensus
 * and against the phantom's truth. Each arm writes its reports and returns what they show — the findings computed by
 * the report's analysis. Throws
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
	 * @param exampleDir the cerebellum example folder, or null for examples/cerebellum of $SEGSENSE_REPO (the tracts
	 *        example is its sibling folder {@code tracts})
	 * @param arm which arms to run
	 */
	record Request(boolean quick, Path out, int threads, boolean retrain, Path cache, Path exampleDir, Arm arm) {

		/** The DeepMedic arm alone (the cerebellum example project, as before the tracts arm existed). */
		public Request(boolean quick, Path out, int threads, boolean retrain, Path cache, Path exampleDir) {
			this(quick, out, threads, retrain, cache, exampleDir, Arm.DEEPMEDIC);
		}

		public Request {
			arm = arm == null ? Arm.ALL : arm;
		}
	}

	/** The arms of the demo ({@code --arm}). */
	enum Arm {
		/** The cerebellum example: DeepMedic-like 3-D CNNs, ground truth and STAPLE studies. */
		DEEPMEDIC,
		/** The tracts example: TractSeg-like 2-D U-Nets on fibre peaks, STAPLE consensus and truth. */
		TRACTSEG,
		/** Both. */
		ALL;

		/** @return true when the arm runs the cerebellum example */
		public boolean deepmedic() {
			return this != TRACTSEG;
		}

		/** @return true when the arm runs the tracts example */
		public boolean tractseg() {
			return this != DEEPMEDIC;
		}
	}

	/**
	 * The tracts arm's result.
	 *
	 * @param project its project folder (subjects, models, study files)
	 * @param run its study
	 * @param headline most robust variant per axis and the STAPLE-vs-truth agreement
	 */
	record Tracts(Path project, Run run, TractsFindings headline) {
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
	 * @param groundTruth the ground-truth study of the DeepMedic arm, or null when it did not run
	 * @param staple the STAPLE study of the DeepMedic arm, or null when it did not run
	 * @param volumesMl reference volumes (ml) by case: the ground truth's, and the STAPLE consensus's
	 * @param seconds wall time per phase
	 * @param summaryFile OUT/summary.txt
	 * @param summary its text
	 * @param tracts the tracts arm, or null when it did not run
	 */
	record Result(String mode, Path out, Path project, Run groundTruth, Run staple, Map<String, Double> volumesMl, Map<String, Double> seconds,
			Path summaryFile, String summary, Tracts tracts) {

		/** The DeepMedic arm alone (as before the tracts arm existed). */
		public Result(String mode, Path out, Path project, Run groundTruth, Run staple, Map<String, Double> volumesMl, Map<String, Double> seconds,
				Path summaryFile, String summary) {
			this(mode, out, project, groundTruth, staple, volumesMl, seconds, summaryFile, summary, null);
		}

		/** @return true when every study of the arms that ran is complete */
		public boolean complete() {
			return runs().stream().allMatch(Run::complete);
		}

		/** @return the studies that ran: ground truth, STAPLE (DeepMedic arm), tracts */
		public List<Run> runs() {
			List<Run> r = new java.util.ArrayList<>();
			if (groundTruth != null) {
				r.add(groundTruth);
			}
			if (staple != null) {
				r.add(staple);
			}
			if (tracts != null) {
				r.add(tracts.run());
			}
			return List.copyOf(r);
		}
	}

	Result run(Request request, Listener listener, IProgressMonitor monitor);
}
