// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The seam through which the demo trains one model variant: {@link ServiceDemoTrainer} (the training service, as
 * {@code segsense train}) by default; tests give their own. The demo caches the result and marks it complete.
 */
@FunctionalInterface
public interface DemoTrainer {

	/** A trainer for installations without one: training fails with a message that says so. */
	DemoTrainer NONE = (v, s, image, labels, out, log) -> {
		throw new org.segsense.workflows.WorkflowException(false, "the demo trains its models and needs a trainer (the TensorFlow feature), "
				+ "which this installation lacks.", java.util.List.of(), null);
	};

	/**
	 * Trains variant {@code v} with settings {@code s} on one case into {@code out} (a SavedModel folder).
	 *
	 * @param log training progress (lines already prefixed with the variant)
	 */
	void train(DemoModels.Variant v, DemoModels.Settings s, Path image, Path labels, Path out, PrintWriter log);
}
