// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.training.TrainingServiceImpl;
import org.segsense.workflows.training.TrainRequest;
import org.segsense.workflows.training.TrainingEvents;
import org.segsense.workflows.training.TrainingResult;
import org.segsense.workflows.training.TrainingServiceException;

/**
 * The demo's trainer: the training service ({@code segsense train}'s code) with the variant's options — DeepMedic,
 * z-score normalisation, CPU, the demo's settings. Training needs the optional bundle {@code org.segsense.train}
 * (the TensorFlow feature); without it the demo says so.
 */
public final class ServiceDemoTrainer implements DemoTrainer {

	private final IProgressMonitor monitor;

	/** Training that cannot be cancelled (the demo's command line stops with the JVM). */
	public ServiceDemoTrainer() {
		this(null);
	}

	/** @param monitor cancels the training (throws {@code OperationCanceledException}), or null */
	public ServiceDemoTrainer(IProgressMonitor monitor) {
		this.monitor = monitor != null ? monitor : new NullProgressMonitor();
	}

	/** @return the request {@code segsense train} gets for variant {@code v} with settings {@code s} (the demo's cache key decides on it) */
	static TrainRequest request(DemoModels.Variant v, DemoModels.Settings s, Path image, Path labels, Path out) {
		return new TrainRequest(List.of(image), List.of(labels), "deepmedic", s.baseFilters(), 2, out, false, s.iterations(),
				String.valueOf(s.patch()), s.batch(), s.learningRate(), s.seed(), v.augment(), v.augmentSteps(), "zscore", 0.5, s.diceWeight(),
				s.threads(), "cpu");
	}

	@Override
	public void train(DemoModels.Variant v, DemoModels.Settings s, Path image, Path labels, Path out, PrintWriter log) {
		int every = Math.max(1, s.iterations() / 5);
		TrainingEvents events = new TrainingEvents() {
			@Override
			public void started(String description) {
				log.println(description);
				log.flush();
			}

			@Override
			public void step(int iteration, int iterations, double loss, double elapsedSeconds) {
				if (iteration % every == 0 || iteration == 1 || iteration == iterations) {
					log.printf(Locale.ROOT, "iteration %d/%d  loss %.5f  %.1f s%n", iteration, iterations, loss, elapsedSeconds);
					log.flush();
				}
			}
		};
		TrainingResult r;
		try {
			r = new TrainingServiceImpl().train(request(v, s, image, labels, out), monitor, events);
		} catch (NoClassDefFoundError e) {
			throw WorkflowException.failure("the demo trains its models and needs the TensorFlow feature (bundles org.segsense.train and "
					+ "org.segsense.tensorflow), which this installation lacks: " + e.getMessage(), null);
		} catch (TrainingServiceException e) {
			throw e.badInput() ? WorkflowException.badInput(e.getMessage(), e) : WorkflowException.failure(e.getMessage(), e);
		}
		log.printf(Locale.ROOT, "Trained %d parameters in %.1f s; final loss %.5f (mean of the last 10 iterations).%n", r.parameters(), r.seconds(),
				r.finalLoss());
		log.flush();
	}
}
