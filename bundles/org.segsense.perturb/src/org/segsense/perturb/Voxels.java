// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import org.segsense.image.Image;
import org.segsense.image.Peaks;
import org.segsense.image.PixelType;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.PeakResampler;
import org.segsense.image.resample.Resampler;
import org.segsense.image.transform.AffineTransform;

/**
 * Helpers for writing a {@link org.segsense.perturb.spi.Perturbation}, the ones the built-in perturbations
 * use: float copies and results on the input's grid, ROI statistics for relative units, spatial results
 * resampled the way SegSense does, and loops over the lines of a volume. Seeded randomness: use the
 * {@code random} SegSense passes to {@code apply} (derived by {@link Seeds#perturbation}), never a source
 * of your own.
 *
 * <p>Conventions: buffers are flat, axis 0 fastest, components interleaved ({@code index = c + nc·(x + nx·(y +
 * ny·(z + nz·volume)))}); {@link #size} reads 2-D images as one slice ({@code nz = 1}).
 */
public final class Voxels {

	private Voxels() {
	}

	/** @return a float32 copy of the image's elements (components interleaved) */
	public static float[] copy(Image image) {
		return image.toFloatArray();
	}

	/** @return a float32 image on the input's grid with the input's components */
	public static Image like(Image in, float[] values) {
		return Image.of(in.geometry(), PixelType.FLOAT32, in.components(), values);
	}

	/** @return an intensity result: new voxels, labels unchanged, no transform */
	public static PerturbationResult intensity(PerturbationInput in, float[] values) {
		return new PerturbationResult(like(in.image(), values), in.labels(), null);
	}

	/** @return the ROI statistics of component 0 */
	public static IntensityStatistics statistics(PerturbationInput in) {
		Image im = in.image();
		int nc = im.components();
		if (nc == 1 && im.pixelType() == PixelType.FLOAT32) {
			return IntensityStatistics.of(im.floats(), in.roi()); // read only: no copy
		}
		float[] all = im.toFloatArray();
		if (nc == 1) {
			return IntensityStatistics.of(all, in.roi());
		}
		float[] c0 = new float[all.length / nc];
		for (int i = 0; i < c0.length; i++) {
			c0[i] = all[i * nc];
		}
		return IntensityStatistics.of(c0, in.roi());
	}

	/**
	 * A spatial result: the image resampled linearly (float32, default 0) and the labels by nearest
	 * neighbour (their own type, default 0) through {@code outputToInput}, which is also the
	 * perturbed-to-original transform. A peak image ({@link Peaks}) is resampled sign-symmetrically
	 * ({@link PeakResampler}); its vectors are not reoriented here.
	 */
	public static PerturbationResult spatial(PerturbationInput in, AffineTransform outputToInput) {
		Image image = Peaks.isPeakImage(in.image()) ? PeakResampler.resample(in.image(), outputToInput)
				: Resampler.of(in.image()).transform(outputToInput).interpolation(Interpolation.LINEAR).resample();
		Image labels = in.labels() == null ? null
				: Resampler.of(in.labels()).transform(outputToInput).interpolation(Interpolation.NEAREST).sameTypeOutput(true).resample();
		return new PerturbationResult(image, labels, outputToInput);
	}

	/**
	 * @throws IllegalArgumentException unless the image is 3-D or 4-D (a series of volumes)
	 */
	public static void requireVolume(PerturbationInput in, String id) {
		int d = in.image().dimension();
		if (d != 3 && d != 4) {
			throw new IllegalArgumentException("The perturbation '" + id + "' works on 3-D volumes (or 4-D series of them); the image is "
					+ d + "-D.");
		}
	}

	/** @return the 3-D size of the image as ints {nx, ny, nz} (nz = 1 for 2-D) */
	public static int[] size(Image image) {
		long[] s = image.geometry().size();
		return new int[] { (int) s[0], s.length > 1 ? (int) s[1] : 1, s.length > 2 ? (int) s[2] : 1 };
	}

	/** Receives one line of voxels along an axis: element {@code i} of the line is {@code v[base + i·stride]}. */
	public interface LineVisitor {
		void line(int base, int stride, int length);
	}

	/**
	 * Visits every line along index axis {@code axis} of every component and volume of an interleaved
	 * buffer of size {@code n} (x, y, z) with {@code nc} components.
	 */
	public static void forEachLine(int bufferLength, int[] n, int nc, int axis, LineVisitor visitor) {
		int stride = (axis == 0 ? 1 : axis == 1 ? n[0] : n[0] * n[1]) * nc;
		int volume = n[0] * n[1] * n[2] * nc;
		int volumes = bufferLength / volume;
		for (int vol = 0; vol < volumes; vol++) {
			for (int z = 0; z < (axis == 2 ? 1 : n[2]); z++) {
				for (int y = 0; y < (axis == 1 ? 1 : n[1]); y++) {
					for (int x = 0; x < (axis == 0 ? 1 : n[0]); x++) {
						for (int c = 0; c < nc; c++) {
							visitor.line(vol * volume + ((z * n[1] + y) * n[0] + x) * nc + c, stride, n[axis]);
						}
					}
				}
			}
		}
	}

	/**
	 * Rotates every 3-vector of a vector image (components a multiple of 3) by the 3×3 matrix m
	 * (row-major), in place.
	 */
	public static void reorientVectors(float[] v, int nc, double[] m) {
		if (nc % 3 != 0) {
			return;
		}
		for (int i = 0; i < v.length; i += 3) {
			double x = v[i], y = v[i + 1], z = v[i + 2];
			v[i] = (float) (m[0] * x + m[1] * y + m[2] * z);
			v[i + 1] = (float) (m[3] * x + m[4] * y + m[5] * z);
			v[i + 2] = (float) (m[6] * x + m[7] * y + m[8] * z);
		}
	}
}
