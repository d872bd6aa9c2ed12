// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

/**
 * Binary masks (ROI, head, "inside"): one byte per voxel in index order (x fastest), 1 inside and 0
 * outside. Every non-zero voxel of the source is inside. The one place the project turns a label image or
 * an intensity image into such a mask.
 */
public final class Masks {

	private Masks() {
	}

	/**
	 * The mask of a label image: 1 where the label is not 0.
	 *
	 * @throws IllegalArgumentException if the image has several components or a value is not an integer (as
	 *         {@link LabelImages#toInts(Image)})
	 */
	public static byte[] ofLabels(Image labels) {
		return of(LabelImages.toInts(labels));
	}

	/** @return 1 where {@code values[i] != 0}, else 0 */
	public static byte[] of(int[] values) {
		byte[] m = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			m[i] = (byte) (values[i] != 0 ? 1 : 0);
		}
		return m;
	}

	/**
	 * The non-zero voxels of a single-component image of any pixel type (e.g. the head of a T1: every voxel
	 * that is not exactly 0), as a uint8 image on its grid.
	 */
	public static Image nonZero(Image image) {
		int n = Math.toIntExact(image.voxelCount());
		byte[] m = new byte[n];
		for (int i = 0; i < n; i++) {
			m[i] = (byte) (image.getDouble(i, 0) != 0 ? 1 : 0);
		}
		return Image.ofUInt8(image.geometry(), m);
	}
}
