// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.segsense.backend.BackendUnavailableException;
import org.segsense.backend.ImageBackend;
import org.segsense.backend.ImageBackends;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.image.Masks;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampling;

/**
 * The {@code simpleitk} backend: SimpleITK 2.1.x's Java binding (ITK 5.2), loaded at run time
 * ({@link SimpleItkRuntime}). Same conventions as every {@link ImageBackend}; how each operation maps:
 * <ul>
 * <li>read: {@code ImageFileReader} for files (NIfTI, MetaImage, NRRD, DICOM files, ... as ITK reads them);
 * a folder is a DICOM series read with {@code ImageSeriesReader} (GDCM), see {@link DicomSeries}.</li>
 * <li>write: {@code ImageFileWriter} (format from the extension; {@code .gz} compresses).</li>
 * <li>resample: {@code ResampleImageFilter} with {@code Euler3DTransform} (ZXY) or {@code Euler2DTransform},
 * output float32 or the input's type, on the input's grid; same centre default as SegSense.</li>
 * <li>binary STAPLE: {@code STAPLEImageFilter} on int32 raters (float64 map); multi-label STAPLE:
 * {@code MultiLabelSTAPLEImageFilter} on uint16/uint32 raters (labels ≥ 0), the label map converted to the
 * type the Java backend chooses (the first rater's integer type if every label fits, else int16/int32).</li>
 * <li>distance map: {@code SignedMaurerDistanceMapImageFilter} (image spacing, not squared), negative
 * (inside) values and voxels of the mask set to 0, as float64.</li>
 * </ul>
 * When the binding cannot be loaded every call throws {@link BackendUnavailableException} with the reason
 * and how to add it.
 */
@Component(service = ImageBackend.class)
public final class SimpleItkBackend implements ImageBackend {

	/** The id of this backend. */
	public static final String ID = "simpleitk";

	@Override
	public String id() {
		return ID;
	}

	static SimpleItkRuntime runtime() {
		try {
			return SimpleItkRuntime.get();
		} catch (IllegalStateException e) {
			throw new BackendUnavailableException("the SimpleITK backend is not available: " + e.getMessage() + ". To add it, "
					+ ImageBackends.HOW_TO_ADD + ".", e);
		}
	}

	@Override
	public Map<String, String> describe() {
		SimpleItkRuntime rt = runtime();
		Map<String, String> m = new LinkedHashMap<>();
		m.put("implementation", "SimpleITK Java binding");
		m.put("version", rt.version());
		m.put("itk", String.valueOf(rt.callStatic("org.itk.simple.Version", "itkVersionString")));
		m.put("jar", rt.location().jar().toString());
		return m;
	}

	@Override
	public Image read(Path file) throws ImageFormatException, IOException {
		return new DicomSeries(runtime()).read(file);
	}

	@Override
	public void write(Image image, Path file) throws ImageFormatException, IOException {
		SimpleItkRuntime rt = runtime();
		Object writer = rt.newInstance("org.itk.simple.ImageFileWriter");
		rt.call(writer, "setFileName", file.toString());
		try {
			rt.call(writer, "execute", new SitkImages(rt).toSitk(image));
		} catch (SimpleItkException e) {
			throw new ImageFormatException(file, "SimpleITK cannot write it (" + e.getMessage() + ")",
					"use an extension ITK writes (.nii, .nii.gz, .mha, .nrrd) and a folder that exists", e);
		}
	}

	@Override
	public Image resample(Image input, double[] rotationDegrees, double[] translationMm, double[] centreOrNull,
			Interpolation interpolation, double defaultValue, boolean sameTypeOutput) {
		SimpleItkRuntime rt = runtime();
		SitkImages images = new SitkImages(rt);
		ImageGeometry g = input.geometry();
		for (double[] v : new double[][] {rotationDegrees, translationMm}) {
			if (v == null || v.length != 3) {
				throw new IllegalArgumentException("rotation and translation need 3 numbers each");
			}
		}
		Object transform;
		if (g.dimension() == 2) {
			if (rotationDegrees[0] != 0 || rotationDegrees[1] != 0 || translationMm[2] != 0) {
				throw new IllegalArgumentException("A 2-D image can only be rotated about z and translated in x and y; RX, RY and TZ must be 0.");
			}
			double[] c = centreOrNull == null ? Resampling.imageCentre(g) : new double[] {centreOrNull[0], centreOrNull[1]};
			transform = rt.newInstance("org.itk.simple.Euler2DTransform", images.vectorDouble(c), Math.toRadians(rotationDegrees[2]),
					images.vectorDouble(new double[] {translationMm[0], translationMm[1]}));
		} else if (g.dimension() == 3) {
			double[] c = centreOrNull == null ? Resampling.imageCentre(g) : centreOrNull.clone();
			transform = rt.newInstance("org.itk.simple.Euler3DTransform", images.vectorDouble(c), Math.toRadians(rotationDegrees[0]),
					Math.toRadians(rotationDegrees[1]), Math.toRadians(rotationDegrees[2]), images.vectorDouble(translationMm));
		} else {
			throw new IllegalArgumentException("resampling needs a 2-D or 3-D image, not " + g.dimension() + "-D");
		}
		Object f = rt.newInstance("org.itk.simple.ResampleImageFilter");
		rt.call(f, "setSize", images.vectorUInt32(g.size()));
		rt.call(f, "setOutputSpacing", images.vectorDouble(g.spacing()));
		rt.call(f, "setOutputOrigin", images.vectorDouble(g.origin()));
		rt.call(f, "setOutputDirection", images.vectorDouble(g.direction()));
		rt.call(f, "setTransform", transform);
		rt.call(f, "setInterpolator", rt.constant("org.itk.simple.InterpolatorEnum", switch (interpolation) {
		case NEAREST -> "sitkNearestNeighbor";
		case LINEAR -> "sitkLinear";
		case BSPLINE -> "sitkBSpline";
		}));
		rt.call(f, "setDefaultPixelValue", defaultValue);
		rt.call(f, "setOutputPixelType", sameTypeOutput ? images.pixelIdValue(input.pixelType(), input.components())
				: images.pixelIdValue(PixelType.FLOAT32, input.components()));
		return images.fromSitk(rt.call(f, "execute", images.toSitk(input)));
	}

	@Override
	public StapleOutput binaryStaple(List<Image> raters, int foreground, double confidenceWeight, int maxIterations) {
		SimpleItkRuntime rt = runtime();
		SitkImages images = new SitkImages(rt);
		Object f = rt.newInstance("org.itk.simple.STAPLEImageFilter");
		rt.call(f, "setConfidenceWeight", confidenceWeight);
		rt.call(f, "setForegroundValue", (double) foreground);
		if (maxIterations >= 0) {
			rt.call(f, "setMaximumIterations", (long) maxIterations);
		}
		List<Image> ints = new ArrayList<>();
		for (Image r : checkedRaters(raters)) {
			ints.add(Image.of(r.geometry(), LabelImages.toInts(r)));
		}
		Image map = images.fromSitk(rt.call(f, "execute", vectorOfImages(rt, images, ints)));
		int iterations = ((Number) rt.call(f, "getElapsedIterations")).intValue();
		return new StapleOutput(map.convert(PixelType.FLOAT64), SitkImages.doubles(rt.call(f, "getSensitivity")),
				SitkImages.doubles(rt.call(f, "getSpecificity")), iterations);
	}

	@Override
	public MultiLabelOutput multiLabelStaple(List<Image> raters, int undecidedLabel) {
		SimpleItkRuntime rt = runtime();
		SitkImages images = new SitkImages(rt);
		List<int[]> labels = new ArrayList<>();
		int max = 0;
		for (Image r : checkedRaters(raters)) {
			int[] l = LabelImages.toInts(r);
			for (int v : l) {
				if (v < 0) {
					throw new IllegalArgumentException("multi-label STAPLE needs labels >= 0; a rater has " + v);
				}
				max = Math.max(max, v);
			}
			labels.add(l);
		}
		int undecided = undecidedLabel >= 0 ? undecidedLabel : max + 1;
		PixelType work = Math.max(max, undecided) < 65535 ? PixelType.UINT16 : PixelType.UINT32;
		List<Image> typed = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			typed.add(Image.of(raters.get(i).geometry(), labels.get(i)).convert(work));
		}
		Object f = rt.newInstance("org.itk.simple.MultiLabelSTAPLEImageFilter");
		if (undecidedLabel >= 0) {
			rt.call(f, "setLabelForUndecidedPixels", (long) undecidedLabel);
		}
		Image out = images.fromSitk(rt.call(f, "execute", vectorOfImages(rt, images, typed)));
		int labelCount = max + 1;
		double[][][] confusion = new double[raters.size()][][];
		for (int k = 0; k < confusion.length; k++) {
			double[] flat = SitkImages.doubles(rt.call(f, "getConfusionMatrix", (long) k));
			int rows = flat.length / labelCount;
			confusion[k] = new double[rows][labelCount];
			for (int j = 0; j < rows; j++) {
				System.arraycopy(flat, j * labelCount, confusion[k][j], 0, labelCount);
			}
		}
		PixelType type = raters.get(0).pixelType();
		int top = Math.max(max, undecided);
		if (!type.isInteger() || top > type.maxValue()) {
			type = top <= Short.MAX_VALUE ? PixelType.INT16 : PixelType.INT32;
		}
		return new MultiLabelOutput(out.convert(type), confusion);
	}

	@Override
	public Image distanceMap(Image mask) {
		SimpleItkRuntime rt = runtime();
		SitkImages images = new SitkImages(rt);
		Image m = Masks.nonZero(mask);
		Object f = rt.newInstance("org.itk.simple.SignedMaurerDistanceMapImageFilter");
		rt.call(f, "setInsideIsPositive", false);
		rt.call(f, "setSquaredDistance", false);
		rt.call(f, "setUseImageSpacing", true);
		rt.call(f, "setBackgroundValue", 0.0);
		Image signed = images.fromSitk(rt.call(f, "execute", images.toSitk(m)));
		double[] d = new double[Math.toIntExact(m.voxelCount())];
		byte[] inside = m.bytes();
		for (int i = 0; i < d.length; i++) {
			d[i] = inside[i] != 0 ? 0 : Math.max(0, signed.getDouble(i, 0));
		}
		return Image.of(m.geometry(), d);
	}

	private static List<Image> checkedRaters(List<Image> raters) {
		if (raters.size() < 2) {
			throw new IllegalArgumentException("STAPLE needs at least two raters, got " + raters.size());
		}
		ImageGeometry grid = raters.get(0).geometry();
		for (int i = 1; i < raters.size(); i++) {
			if (!grid.sameGridAs(raters.get(i).geometry(), 1e-6)) {
				throw new IllegalArgumentException("rater " + (i + 1) + " is not on the grid of rater 1; resample it first");
			}
		}
		return raters;
	}

	@SuppressWarnings("unchecked")
	private static Object vectorOfImages(SimpleItkRuntime rt, SitkImages images, List<Image> list) {
		Object v = rt.newInstance("org.itk.simple.VectorOfImage");
		for (Image i : list) {
			((List<Object>) v).add(images.toSitk(i));
		}
		return v;
	}
}
