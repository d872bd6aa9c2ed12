// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.segsense.testing.RecordingMonitor;

/**
 * Training's progress and cancellation through one {@link org.eclipse.core.runtime.IProgressMonitor}: a unit
 * per iteration, the steps with their loss through {@link TrainingEvents}, cancel before the next iteration
 * with {@link OperationCanceledException}.
 */
class TrainingCancellationTest {

	static List<TrainingCase> cases() {
		return List.of(SyntheticCases.trainingCase(1), SyntheticCases.trainingCase(2));
	}

	@Test
	void cancellingStopsBeforeTheNextIterationWithinASecond() {
		TrainingOptions o = TrainingOptions.defaults(new UNet3D(2, 2)).withPatchSize(8, 8, 8).withIterations(200).withThreads(1);
		RecordingMonitor monitor = new RecordingMonitor();
		List<TrainingProgress> seen = new ArrayList<>();
		double[] latency = { -1 };
		double[] fractionAtCancel = { -1 };
		TrainingEvents events = new TrainingEvents() {
			@Override
			public void step(TrainingProgress p) {
				seen.add(p);
				if (p.iteration() == 3) {
					fractionAtCancel[0] = monitor.fraction();
					monitor.setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> {
			try {
				Trainer.train(cases(), o, monitor, events);
			} finally {
				latency[0] = monitor.secondsSinceCancel();
			}
		});
		System.out.printf("training: cancel latency %.1f ms (stopped after iteration %d of 200)%n", latency[0] * 1e3, seen.size());
		assertTrue(latency[0] <= 1.0, "cancel latency " + latency[0] + " s");
		assertEquals(3, seen.size(), "no iteration after the cancel");
		assertEquals(3, seen.get(2).iteration());
		assertEquals(200, seen.get(2).iterations());
		assertTrue(Double.isFinite(seen.get(2).loss()) && seen.get(2).elapsedNanos() > 0);
		// 1 unit for the preparation and 1 per iteration: 4 of 201 units were reported
		assertEquals(4.0 / 201, fractionAtCancel[0], 0.002);
	}

	@Test
	void aFullTrainingReportsAllItsWorkUnitByUnit() throws Exception {
		TrainingOptions o = TrainingOptions.defaults(new UNet3D(2, 2)).withPatchSize(8, 8, 8).withIterations(12).withThreads(1);
		RecordingMonitor monitor = new RecordingMonitor();
		List<Double> fractions = new ArrayList<>();
		TrainedModel m = Trainer.train(cases(), o, monitor, new TrainingEvents() {
			@Override
			public void step(TrainingProgress p) {
				fractions.add(monitor.fraction());
			}
		});
		assertEquals(12, m.lossHistory().length);
		assertEquals(12, fractions.size());
		for (int i = 1; i < fractions.size(); i++) {
			assertTrue(fractions.get(i) > fractions.get(i - 1), "progress grows with every iteration: " + fractions);
		}
		// all of it was reported iteration by iteration (not topped up at the end)
		assertEquals(1.0 / 13 * 2, fractions.get(0), 0.002);
		assertEquals(1.0, fractions.get(11), 1e-9);
		assertTrue(monitor.subTasks().contains("building the graph"), monitor.subTasks()::toString);
	}

	@Test
	void aMonitorCancelledBeforehandTrainsNothing() {
		TrainingOptions o = TrainingOptions.defaults(new UNet3D(2, 2)).withPatchSize(8, 8, 8).withIterations(5).withThreads(1);
		RecordingMonitor monitor = new RecordingMonitor();
		monitor.setCanceled(true);
		List<TrainingProgress> seen = new ArrayList<>();
		assertThrows(OperationCanceledException.class, () -> Trainer.train(cases(), o, monitor, new TrainingEvents() {
			@Override
			public void step(TrainingProgress p) {
				seen.add(p);
			}
		}));
		assertEquals(List.of(), seen);
	}
}
