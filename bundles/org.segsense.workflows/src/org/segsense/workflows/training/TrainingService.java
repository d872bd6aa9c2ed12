// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.model.AugmentationVariant;
import org.segsense.train.TrainingCase;
import org.segsense.train.TrainingOptions;

/**
 * Trains one network and exports it as a SavedModel with SegSense metadata. Both front ends call it: the
 * command line's {@code segsense train} with {@link #train}, the augmentation-study service with
 * {@link #trainVariant}.
 *
 * <p>Progress goes through the monitor (one unit per iteration; cancelling stops before the next iteration and
 * throws {@code OperationCanceledException}); each iteration's loss goes to the typed listener.
 * Errors are {@link TrainingServiceException}s whose message names the file or option, the problem and the fix.
 */
public interface TrainingService {

	/** Trains from command-line style options ({@code segsense train}). */
	TrainingResult train(TrainRequest request, IProgressMonitor monitor, TrainingEvents events);

	/** Trains one seed of an EMF augmentation variant on its training cases. */
	TrainingResult trainVariant(VariantRequest request, IProgressMonitor monitor, TrainingEvents events);

	/**
	 * The trainer's options for a variant: architecture, settings, augmentation pipeline (built-in part and
	 * catalogue steps, in mm on a grid of {@code spacing}) and seed.
	 *
	 * @throws TrainingServiceException (bad input) naming the variant, the setting and the fix
	 */
	TrainingOptions options(AugmentationVariant variant, long seed, double[] spacing, int threads, String device);

	/**
	 * The cases a variant trains on (its {@code trainingCases}, else every case of its study with a label image),
	 * read from {@code projectDir}.
	 */
	List<TrainingCase> cases(AugmentationVariant variant, Path projectDir);

	/** Trains on loaded cases with built options and exports into {@code out} (which must be empty or absent). */
	TrainingResult train(List<TrainingCase> cases, TrainingOptions options, Path out, IProgressMonitor monitor, TrainingEvents events);
}
