// SPDX-License-Identifier: EPL-2.0
package org.segsense.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.resample.Interpolation;

/**
 * The image operations SegSense can run on more than one implementation: reading, writing, resampling,
 * binary and multi-label STAPLE and the Euclidean distance map. {@link JavaImageBackend} (id {@code java},
 * SegSense's own code, verified against ITK 5.2 programs) is the default; other backends, such as
 * SimpleITK's Java binding (bundle {@code org.segsense.simpleitk}, id {@code simpleitk}), are OSGi services
 * of this interface found through {@link ImageBackends}.
 *
 * <p>Conventions shared by every backend (so their results can be compared voxel by voxel):
 * <ul>
 * <li>Geometry is ITK's: LPS physical space in mm, direction row-major with column j the direction of axis j.</li>
 * <li>{@link #resample} is an itk::Euler3DTransform (ZXY) on the input's own grid, as {@code segsense image
 * resample}: angles in degrees, translation and centre in mm (LPS), centre {@code null} = the physical point
 * of continuous index (size − 1)/2.</li>
 * <li>{@link #binaryStaple} is itk::STAPLEImageFilter with a float64 probability map; {@link #multiLabelStaple}
 * is itk::MultiLabelSTAPLEImageFilter (labels ≥ 0; undecided label {@code -1} = max label + 1).</li>
 * <li>{@link #distanceMap} returns, for each voxel, the Euclidean distance in mm (image spacing) from its
 * centre to the centre of the nearest voxel with a non-zero mask value, 0 for those voxels (float64).</li>
 * </ul>
 */
public interface ImageBackend {

	/** @return the short name used by {@code --backend} and in study execution settings, e.g. {@code java} */
	String id();

	/** @return facts for the provenance of a run, e.g. {@code version} → {@code 2.1.1.2}; never null */
	Map<String, String> describe();

	/**
	 * Reads an image file (for backends that support it, also a DICOM series folder).
	 *
	 * @throws ImageFormatException when the file is not a readable image (message names file, problem and fix)
	 */
	Image read(Path file) throws ImageFormatException, IOException;

	/** Writes {@code image} in the format its file name's extension names. */
	void write(Image image, Path file) throws ImageFormatException, IOException;

	/** Euler3D (or Euler2D about z for 2-D images) resampling onto the input's grid; see the class comment. */
	Image resample(Image input, double[] rotationDegrees, double[] translationMm, double[] centreOrNull, Interpolation interpolation,
			double defaultValue, boolean sameTypeOutput);

	/** Binary STAPLE's result: the float64 foreground probability map and per-rater estimates. */
	record StapleOutput(Image probability, double[] sensitivity, double[] specificity, int iterations) {
	}

	/** Multi-label STAPLE's result: the label map and one confusion matrix per rater ([reference][rater label]). */
	record MultiLabelOutput(Image labels, double[][][] confusionMatrices) {
	}

	/**
	 * @param maxIterations a limit, or {@code -1} for none (ITK's default)
	 */
	StapleOutput binaryStaple(List<Image> raters, int foreground, double confidenceWeight, int maxIterations);

	/**
	 * @param undecidedLabel the label of ties, or {@code -1} for the maximum label + 1 (ITK's default)
	 */
	MultiLabelOutput multiLabelStaple(List<Image> raters, int undecidedLabel);

	/** The distance map of a mask (see the class comment), float64 on the mask's grid. */
	Image distanceMap(Image mask);
}
