// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.segsense.engine.BundleLabels;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.ImageStaple;

/**
 * {@code segsense staple --bundles}: binary STAPLE run on each bundle alone, for raters that segment overlapping
 * bundles (TractSeg's layout). Each rater is a 4-D file with one volume per bundle, a 3-D image with one
 * component per bundle, or a bundle folder (one mask per bundle, natural order) — read as the study engine reads
 * multi-label references ({@link BundleLabels}); non-zero is inside. Bundle k of every rater is combined by
 * {@link ImageStaple#binary} with foreground 1, exactly as a one-label STAPLE of that bundle; the output is a 4-D
 * image whose volume k is bundle k's foreground probability (x, y, z of the raters' grid; spacing 1 and origin 0
 * on the 4th axis).
 */
final class BundleStaple {

	/** One bundle's consensus. */
	record Bundle(int index, ImageStaple.BinaryResult result) {
	}

	private BundleStaple() {
	}

	/**
	 * @param inputs the raters' files or folders (for messages)
	 * @param raters the raters as read by {@link BundleLabels#read} (K components each)
	 * @return one result per bundle, in order
	 * @throws IllegalArgumentException when the raters' bundle counts differ (naming the files)
	 */
	static List<Bundle> run(List<Path> inputs, List<Image> raters, BinaryStaple.Options options, PixelType mapType) {
		int k = raters.get(0).components();
		for (int i = 1; i < raters.size(); i++) {
			if (raters.get(i).components() != k) {
				throw new IllegalArgumentException(inputs.get(i) + " holds " + raters.get(i).components() + " bundle(s) but " + inputs.get(0)
						+ " holds " + k + "; every rater needs the same bundles in the same order");
			}
		}
		List<Bundle> out = new ArrayList<>();
		for (int b = 0; b < k; b++) {
			List<Image> masks = new ArrayList<>();
			for (Image r : raters) {
				masks.add(BundleLabels.component(r, b));
			}
			out.add(new Bundle(b + 1, ImageStaple.binary(masks, 1, options, mapType)));
		}
		return out;
	}

	/** @return the bundles' probability maps as one 4-D image, volume k = bundle k+1, in the maps' pixel type */
	static Image volumes(List<Bundle> bundles) {
		Image first = bundles.get(0).result().probability();
		ImageGeometry g = first.geometry(); // 3-D: the raters' bundle masks are 3-D with one component per bundle
		int k = bundles.size();
		int voxels = (int) g.voxelCount();
		ImageGeometry g4 = g.withVolumes(k);
		double[] all = new double[voxels * k];
		for (int b = 0; b < k; b++) {
			System.arraycopy(bundles.get(b).result().probability().toDoubleArray(), 0, all, b * voxels, voxels);
		}
		Image stacked = Image.of(g4, all);
		return first.pixelType() == PixelType.FLOAT64 ? stacked : stacked.convert(first.pixelType());
	}
}
