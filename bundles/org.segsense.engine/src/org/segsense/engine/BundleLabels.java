// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.segsense.backend.ImageBackend;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.VolumeStacks;

/**
 * Multi-label (overlapping bundle) label images, as the engine holds them: one uint8 image on the case's 3-D
 * grid with one 0/1 component per bundle; component k (0-based) is the results' label k+1. On disk such an
 * image is either a 4-D NIfTI with one volume per bundle (volume k = component k; non-zero is foreground), or a
 * folder of one 3-D mask per bundle ({@code *.nii.gz}, {@code *.nii}; TractSeg's {@code bundle_segmentations/})
 * taken in natural order ({@code bundle_2} before {@code bundle_10}). A 3-D file stays a one-component label
 * image (values as they are). A consensus of multi-label raters is written as a 4-D uint8 NIfTI
 * ({@link #toVolumes}).
 */
public final class BundleLabels {

	private static final Pattern NUMBER = Pattern.compile("(\\d+)");

	private BundleLabels() {
	}

	/**
	 * Reads a label image: a 3-D file as it is, a 4-D file or a bundle folder as a K-component 0/1 image.
	 *
	 * @throws IllegalArgumentException when a folder holds no mask or masks on different grids (naming the folder)
	 */
	public static Image read(Path p, ImageBackend backend) throws Exception {
		if (Files.isDirectory(p) && !bundleFiles(p).isEmpty()) {
			List<Image> masks = new ArrayList<>();
			for (Path f : bundleFiles(p)) {
				Image m = backend.read(f);
				if (m.geometry().dimension() != 3 || m.components() != 1) {
					throw new IllegalArgumentException("The bundle mask " + f + " is not a 3-D scalar image; each file of a bundle folder is one 3-D"
							+ " mask (0/1) of one bundle.");
				}
				if (!masks.isEmpty() && !m.geometry().sameGridAs(masks.get(0).geometry(), 1e-5)) {
					throw new IllegalArgumentException("The bundle mask " + f + " is not on the grid of the other masks of " + p
							+ "; every bundle mask of a folder must lie on one grid.");
				}
				masks.add(binary(m));
			}
			return binary(VolumeStacks.stack(masks));
		}
		return fromFile(backend.read(p));
	}

	/** @return a file's image as the engine holds it: 4-D (one volume per bundle) as a K-component 0/1 image, else unchanged */
	static Image fromFile(Image file) {
		if (file.geometry().dimension() != 4 || file.components() != 1) {
			return file;
		}
		ImageGeometry grid = file.geometry().spatial();
		int k = (int) file.geometry().size(3);
		int voxels = (int) grid.voxelCount();
		byte[] out = new byte[voxels * k];
		boolean bytes = file.pixelType() == PixelType.UINT8 || file.pixelType() == PixelType.INT8;
		byte[] in = bytes ? file.bytes() : null;
		for (int c = 0; c < k; c++) {
			for (int v = 0; v < voxels; v++) {
				int i = c * voxels + v;
				out[v * k + c] = (byte) ((bytes ? in[i] != 0 : file.getDouble(i, 0) != 0) ? 1 : 0);
			}
		}
		return Image.of(grid, PixelType.UINT8, k, out);
	}

	/** @return whether the image holds overlapping bundles (several components) */
	static boolean isMultiLabel(Image labels) {
		return labels.components() > 1;
	}

	/** @return the image with every element non-zero → 1, as uint8 with the same components */
	static Image binary(Image image) {
		int n = image.elementCount();
		byte[] out = new byte[n];
		int nc = image.components();
		boolean bytes = image.pixelType() == PixelType.UINT8 || image.pixelType() == PixelType.INT8;
		byte[] in = bytes ? image.bytes() : null;
		for (int i = 0; i < n; i++) {
			out[i] = (byte) ((bytes ? in[i] != 0 : image.getDouble(i / nc, i % nc) != 0) ? 1 : 0);
		}
		return Image.of(image.geometry(), PixelType.UINT8, nc, out);
	}

	/** @return component k of a multi-label image as a one-component uint8 0/1 image (a one-label image, label 1) */
	public static Image component(Image labels, int k) {
		int nc = labels.components();
		int voxels = (int) labels.voxelCount();
		byte[] out = new byte[voxels];
		boolean bytes = labels.pixelType() == PixelType.UINT8 || labels.pixelType() == PixelType.INT8;
		byte[] in = bytes ? labels.bytes() : null;
		for (int v = 0; v < voxels; v++) {
			out[v] = (byte) ((bytes ? in[v * nc + k] != 0 : labels.getDouble(v, k) != 0) ? 1 : 0);
		}
		return Image.ofUInt8(labels.geometry(), out);
	}

	/** @return one-component images (0/1 where non-zero) as one K-component uint8 image, component k = image k */
	static Image stack(List<Image> bundles) {
		return binary(VolumeStacks.stack(bundles.stream().map(BundleLabels::binary).toList()));
	}

	/** @return the image as 0/1 uint8 with the voxels outside the ROI (0 there) set to 0 in every component */
	static Image masked(Image labels, byte[] roi) {
		Image out = binary(labels);
		byte[] b = out.bytes();
		int nc = labels.components();
		for (int v = 0; v < roi.length; v++) {
			if (roi[v] == 0) {
				java.util.Arrays.fill(b, v * nc, v * nc + nc, (byte) 0);
			}
		}
		return out;
	}

	/** @return a K-component image as the 4-D image of its file (x, y, z, K; uint8; spacing 1, origin 0 on the 4th axis) */
	static Image toVolumes(Image labels) {
		ImageGeometry g = labels.geometry();
		int k = labels.components();
		int voxels = (int) g.voxelCount();
		byte[] out = new byte[voxels * k];
		for (int c = 0; c < k; c++) {
			for (int v = 0; v < voxels; v++) {
				out[c * voxels + v] = (byte) labels.getDouble(v, c);
			}
		}
		ImageGeometry g4 = g.withVolumes(k);
		return Image.of(g4, PixelType.UINT8, 1, out);
	}

	/** @return the bundle masks of a folder in natural order (none when it holds no NIfTI file) */
	public static List<Path> bundleFiles(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			List<Path> files = new ArrayList<>(s.filter(f -> {
				String n = f.getFileName().toString();
				return Files.isRegularFile(f) && (n.endsWith(".nii.gz") || n.endsWith(".nii"));
			}).toList());
			files.sort(Comparator.comparing((Path f) -> naturalKey(baseName(f))));
			return files;
		}
	}

	/** @return a bundle file's name without {@code .nii.gz} / {@code .nii} (the bundle's name) */
	public static String baseName(Path f) {
		String n = f.getFileName().toString();
		return n.endsWith(".nii.gz") ? n.substring(0, n.length() - 7) : n.endsWith(".nii") ? n.substring(0, n.length() - 4) : n;
	}

	/** Natural order: digit runs compare as numbers (zero-padded to 12 digits). */
	static String naturalKey(String name) {
		Matcher m = NUMBER.matcher(name);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(b, String.format(Locale.ROOT, "%012d", Long.parseLong(m.group(1).length() > 12 ? "0" : m.group(1))));
		}
		m.appendTail(b);
		return b.toString();
	}
}
