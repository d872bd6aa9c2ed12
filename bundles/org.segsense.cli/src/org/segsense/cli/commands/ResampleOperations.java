// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampling;

/**
 * The resampling operations of {@code segsense bench image}: Euler3D rotation (5°, −3°, 2°) and
 * translation (1.5, −2, 0.5) mm about the image centre onto the input grid, default 0, float32 output —
 * the same set-up as releng/benchmarks/itk/bench_itk.cxx.
 */
final class ResampleOperations {

	static final double[] ROTATION_DEGREES = { 5, -3, 2 };
	static final double[] TRANSLATION_MM = { 1.5, -2.0, 0.5 };

	/** How the bench times one named operation. */
	interface Timer {
		void time(Map<String, Map<String, Object>> into, String name, Runnable operation);
	}

	private ResampleOperations() {
	}

	static void addTo(Map<String, Map<String, Object>> operations, Image image, Timer timer) {
		timer.time(operations, "resampleNearest", () -> resample(image, Interpolation.NEAREST));
		timer.time(operations, "resampleLinear", () -> resample(image, Interpolation.LINEAR));
		timer.time(operations, "resampleBSpline", () -> resample(image, Interpolation.BSPLINE));
	}

	private static Image resample(Image image, Interpolation interpolation) {
		return Resampling.rotateTranslate(image, ROTATION_DEGREES, TRANSLATION_MM, null, interpolation, 0, false);
	}
}
