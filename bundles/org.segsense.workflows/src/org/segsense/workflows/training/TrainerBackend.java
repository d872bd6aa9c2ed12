// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.segsense.train.TrainedModel;
import org.segsense.train.Trainer;
import org.segsense.train.TrainingException;
import org.segsense.train.TrainingCase;
import org.segsense.train.TrainingOptions;
import org.segsense.train.TrainingProgress;

/** What trains the network: {@link #TENSORFLOW} by default; a collaborator of {@link TrainingServiceImpl} for tests. */
@FunctionalInterface
public interface TrainerBackend {

	/** The TensorFlow trainer of {@code org.segsense.train}. */
	TrainerBackend TENSORFLOW = TrainerBackend::trainWithTensorFlow;

	/**
	 * @throws OperationCanceledException when the monitor was cancelled
	 * @throws TrainingException bad input or a failure of the training
	 */
	TrainedModel train(List<TrainingCase> cases, TrainingOptions options, IProgressMonitor monitor, TrainingEvents events)
			throws TrainingException;

	/** The one place where the service's events meet the trainer's own. */
	private static TrainedModel trainWithTensorFlow(List<TrainingCase> cases, TrainingOptions options, IProgressMonitor monitor,
			TrainingEvents events) throws TrainingException {
		return Trainer.train(cases, options, monitor, new org.segsense.train.TrainingEvents() {
			@Override
			public void step(TrainingProgress p) {
				events.step(p.iteration(), p.iterations(), p.loss(), p.elapsedSeconds());
			}
		});
	}
}
