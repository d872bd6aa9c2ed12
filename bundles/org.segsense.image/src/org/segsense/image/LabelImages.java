// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

/**
 * Label images: single-component images whose voxel values are integer labels. Floating-point
 * images are accepted when every value is an integer (as label maps written by tools that only
 * write floats are).
 */
public final class LabelImages {

	private LabelImages() {
	}

	/**
	 * The labels of {@code image}, one int per voxel in index order (x fastest).
	 *
	 * @throws IllegalArgumentException if the image has several components, a value is not an integer,
	 *                                  or does not fit into an int
	 */
	public static int[] toInts(Image image) {
		if (image.components() != 1) {
			throw new IllegalArgumentException("a label image has one component per voxel, this one has "
					+ image.components() + "; extract the label component first");
		}
		if (image.pixelType().isFloatingPoint()) {
			double[] values = image.toDoubleArray();
			int[] labels = new int[values.length];
			for (int i = 0; i < values.length; i++) {
				double v = values[i];
				if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
					throw new IllegalArgumentException("voxel " + i + " holds " + v
							+ ", which is not an integer label; threshold or round the image first");
				}
				labels[i] = (int) v;
			}
			return labels;
		}
		if (image.pixelType() == PixelType.UINT32 || image.pixelType() == PixelType.INT64
				|| image.pixelType() == PixelType.UINT64) {
			for (long i = 0; i < image.voxelCount(); i++) {
				double v = image.getDouble(i, 0);
				if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
					throw new IllegalArgumentException("voxel " + i + " holds label " + (long) v
							+ ", larger than SegSense's label range (32-bit signed)");
				}
			}
		}
		return image.convert(PixelType.INT32).ints();
	}

	/** The size of {@code geometry} as int[], for array-level algorithms (images hold < 2^31 voxels). */
	public static int[] intSize(ImageGeometry geometry) {
		long[] size = geometry.size();
		int[] result = new int[size.length];
		for (int i = 0; i < size.length; i++) {
			result[i] = Math.toIntExact(size[i]);
		}
		return result;
	}

	/** The volume of one voxel in millilitres (spacing in mm; spatial axes only, at most three). */
	public static double voxelVolumeMl(ImageGeometry geometry) {
		double ml = 1e-3;
		for (int i = 0; i < Math.min(3, geometry.dimension()); i++) {
			ml *= geometry.spacing(i);
		}
		return ml;
	}
}
