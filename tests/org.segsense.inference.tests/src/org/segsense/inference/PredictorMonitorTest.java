// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.testing.RecordingMonitor;

/** The predictor's progress (a unit per tile) and cancellation through an {@link org.eclipse.core.runtime.IProgressMonitor}. */
class PredictorMonitorTest {

	private static final PredictorOptions TILED = PredictorOptions.defaults().withTile(new int[] { 10, 10, 10 }).withMargin(new int[] { 1, 1, 1 });

	private static Predictor predictor() {
		return new Predictor(BoxFilterEngine.model(Path.of("box"), OutputKind.SIGMOID, 1, null, null), TILED);
	}

	@Test
	void aFullPredictionReportsEveryTileAndTheSameResultAsWithoutAMonitor() throws Exception {
		Image im = PredictorTest.ellipsoid(30, 30, 30, 3);
		RecordingMonitor monitor = new RecordingMonitor();
		Prediction p = predictor().predict(List.of(im), null, monitor);
		int tiles = p.tiles();
		assertTrue(tiles > 2, "tiled: " + tiles);
		assertEquals(tiles, monitor.subTasks().size());
		assertEquals(tiles + "/" + tiles + " tiles", monitor.subTasks().get(tiles - 1));
		assertEquals(1.0, monitor.fractionAtSubTask(tiles + "/"), 1e-9, "every tile's work reported, tile by tile");
		assertEquals(1.0 / tiles, monitor.fractionAtSubTask("1/"), 0.002);
		Prediction silent = predictor().predict(List.of(im), null, null);
		assertArrayEquals(silent.labels().toFloatArray(), p.labels().toFloatArray());
	}

	@Test
	void cancellingStopsAtTheNextBatchWithinASecond() {
		Image im = PredictorTest.ellipsoid(40, 40, 40, 4);
		RecordingMonitor monitor = new RecordingMonitor().cancelOnSubTask(t -> t.startsWith("3/"));
		double[] latency = { -1 };
		assertThrows(OperationCanceledException.class, () -> {
			try {
				predictor().predict(List.of(im), null, monitor);
			} finally {
				latency[0] = monitor.secondsSinceCancel();
			}
		});
		System.out.printf("predictor: cancel latency %.2f ms%n", latency[0] * 1e3);
		assertTrue(latency[0] <= 1.0, "cancel latency " + latency[0] + " s");
		assertEquals(3, monitor.subTasks().size(), "no batch after the cancel: " + monitor.subTasks());
	}
}
