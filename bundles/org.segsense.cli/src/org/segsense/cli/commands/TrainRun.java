// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.workflows.training.TrainingServiceImpl;
import org.segsense.workflows.training.TrainRequest;
import org.segsense.workflows.training.TrainingEvents;
import org.segsense.workflows.training.TrainingResult;
import org.segsense.workflows.training.TrainingServiceException;

/**
 * {@link TrainCommand}'s options → the training service ({@code org.segsense.workflows.training}) → printing. The
 * only CLI class of the command that touches the training code (an optional dependency).
 */
final class TrainRun {

	private final TrainCommand c;
	private final boolean json;
	private final PrintWriter out;
	private final PrintWriter err;

	TrainRun(TrainCommand command, boolean json, PrintWriter out, PrintWriter err) {
		this.c = command;
		this.json = json;
		this.out = out;
		this.err = err;
	}

	int run() {
		TrainRequest request = new TrainRequest(c.images, c.labels, c.architecture, c.baseFilters, c.depth, c.out, c.overwrite, c.iterations,
				c.patch, c.batch, c.learningRate, c.seed, c.augment, c.augmentSteps, c.normalization, c.foregroundFraction, c.diceWeight, c.threads,
				c.device, c.bundleNames);
		int every = c.progressEvery > 0 ? c.progressEvery : Math.max(1, c.iterations / 20);
		PrintWriter progress = json ? err : out;
		TrainingEvents events = new TrainingEvents() {
			@Override
			public void started(String description) {
				if (!json) {
					out.println(description);
				}
			}

			@Override
			public void step(int iteration, int iterations, double loss, double elapsedSeconds) {
				if (iteration % every == 0 || iteration == 1 || iteration == iterations) {
					progress.printf(Locale.ROOT, "iteration %d/%d  loss %.5f  %.1f s%n", iteration, iterations, loss, elapsedSeconds);
					progress.flush();
				}
			}
		};
		TrainingResult r;
		try {
			r = new TrainingServiceImpl().train(request, new NullProgressMonitor(), events);
		} catch (TrainingServiceException e) {
			throw new CliException(e.badInput() ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE, e.getMessage(), e);
		}
		summary(r);
		return ExitCodes.OK;
	}

	private void summary(TrainingResult m) {
		if (json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("out", c.out.toAbsolutePath().toString());
			j.put("architecture", m.architecture());
			j.put("iterations", m.iterations());
			j.put("finalLoss", m.finalLoss());
			j.put("seconds", Math.round(m.seconds() * 1000) / 1000.0);
			j.put("parameters", m.parameters());
			j.put("labelValues", m.labelValues());
			j.put("metadata", m.metadata());
			out.println(JsonWriter.write(j));
			return;
		}
		out.printf(Locale.ROOT, "Trained %d parameters in %.1f s; final loss %.5f (mean of the last 10 iterations).%n", m.parameters(),
				m.seconds(), m.finalLoss());
		if (m.metadata().containsKey("labelNames")) {
			out.printf(Locale.ROOT, "Model: %s (%s, bundles %s, slice-wise in %s, fusion %s)%n", c.out.toAbsolutePath(),
					m.metadata().get("outputKind"), m.metadata().get("labelNames"), m.metadata().get("sliceOrientations"), m.metadata().get("fusion"));
			return;
		}
		out.printf(Locale.ROOT, "Model: %s (label values %s, normalization %s)%n", c.out.toAbsolutePath(), Arrays.toString(m.labelValues()),
				m.metadata().getOrDefault("normalization", "?"));
	}
}
