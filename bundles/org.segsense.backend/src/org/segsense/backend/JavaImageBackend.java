// SPDX-License-Identifier: EPL-2.0
package org.segsense.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.Masks;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampling;
import org.segsense.metrics.distance.EuclideanDistanceTransform;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.ImageStaple;
import org.segsense.reference.MajorityVote;
import org.segsense.reference.MultiLabelStaple;

/**
 * The default backend: SegSense's own Java code (image I/O of {@link ImageIO}, {@link Resampling},
 * {@link ImageStaple}, {@link EuclideanDistanceTransform}), checked against ITK 5.2 programs and, when the
 * SimpleITK backend is built, against SimpleITK itself. Conventions: see {@link ImageBackend}. A folder
 * (a DICOM series) is refused with a message that names the {@code simpleitk} backend.
 */
public final class JavaImageBackend implements ImageBackend {

	/** The id of this backend. */
	public static final String ID = "java";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Map<String, String> describe() {
		return Map.of("implementation", "SegSense pure Java");
	}

	@Override
	public Image read(Path file) throws ImageFormatException, IOException {
		if (ImageBackends.isSeriesPath(file)) {
			throw new BackendUnavailableException(ImageBackends.seriesMessage(file));
		}
		return ImageIO.read(file);
	}

	@Override
	public void write(Image image, Path file) throws ImageFormatException, IOException {
		ImageIO.write(image, file);
	}

	@Override
	public Image resample(Image input, double[] rotationDegrees, double[] translationMm, double[] centreOrNull,
			Interpolation interpolation, double defaultValue, boolean sameTypeOutput) {
		return Resampling.rotateTranslate(input, rotationDegrees, translationMm, centreOrNull, interpolation, defaultValue,
				sameTypeOutput);
	}

	@Override
	public StapleOutput binaryStaple(List<Image> raters, int foreground, double confidenceWeight, int maxIterations) {
		BinaryStaple.Options options = BinaryStaple.Options.defaults().withConfidenceWeight(confidenceWeight)
				.withMaxIterations(maxIterations < 0 ? BinaryStaple.Options.UNLIMITED : maxIterations);
		ImageStaple.BinaryResult r = ImageStaple.binary(raters, foreground, options, PixelType.FLOAT64);
		return new StapleOutput(r.probability(), r.details().sensitivity(), r.details().specificity(), r.details().iterations());
	}

	@Override
	public MultiLabelOutput multiLabelStaple(List<Image> raters, int undecidedLabel) {
		MultiLabelStaple.Options options = MultiLabelStaple.Options.defaults()
				.withUndecidedLabel(undecidedLabel < 0 ? MajorityVote.DEFAULT_UNDECIDED : undecidedLabel);
		ImageStaple.MultiLabelResult r = ImageStaple.multiLabel(raters, options);
		return new MultiLabelOutput(r.labels(), r.details().confusionMatrices());
	}

	@Override
	public Image distanceMap(Image mask) {
		ImageGeometry g = mask.geometry();
		int[] size = new int[g.dimension()];
		for (int i = 0; i < size.length; i++) {
			size[i] = Math.toIntExact(g.size(i));
		}
		return Image.of(g, EuclideanDistanceTransform.distance(Masks.nonZero(mask).bytes(), size, g.spacing()));
	}
}
