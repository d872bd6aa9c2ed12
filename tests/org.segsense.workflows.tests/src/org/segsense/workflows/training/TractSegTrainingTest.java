// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageIO;

/**
 * TractSeg's bundle layouts as {@code segsense train --architecture tractseg} reads them: a bundle folder in natural
 * order, stacked one component per bundle, and 4-D files as one channel per volume (values as stored).
 */
class TractSegTrainingTest {

	@TempDir
	Path dir;

	private static final ImageGeometry G = new ImageGeometry(new long[] { 3, 2, 2 }, new double[] { 1, 1, 1 }, new double[3],
			ImageGeometry.identity(3));

	private void mask(Path folder, String name, int inside) throws Exception {
		byte[] b = new byte[12];
		b[inside] = 1;
		ImageIO.write(Image.ofUInt8(G, b), folder.resolve(name));
	}

	@Test
	void aBundleFolderIsStackedInNaturalOrderNamedByItsFiles() throws Exception {
		Path f = Files.createDirectories(dir.resolve("bundle_segmentations"));
		mask(f, "bundle_10.nii.gz", 10);
		mask(f, "bundle_2.nii.gz", 2);
		mask(f, "AF_left.nii", 0);
		Files.writeString(f.resolve("README.txt"), "not a mask");
		TractSegTraining.Bundles b = TractSegTraining.bundles(f, List.of());
		assertEquals(List.of("AF_left", "bundle_2", "bundle_10"), b.names());
		assertEquals(3, b.masks().components());
		assertEquals(PixelType.UINT8, b.masks().pixelType());
		for (int v = 0; v < 12; v++) {
			assertEquals(v == 0 ? 1 : 0, b.masks().getDouble(v, 0), 0);
			assertEquals(v == 2 ? 1 : 0, b.masks().getDouble(v, 1), 0);
			assertEquals(v == 10 ? 1 : 0, b.masks().getDouble(v, 2), 0);
		}
		TrainingServiceException e = assertThrows(TrainingServiceException.class, () -> TractSegTraining.bundles(f, List.of("a", "b", "c")));
		assertTrue(e.badInput() && e.getMessage().contains("--bundle-names") && e.getMessage().contains(f.toString()), e.getMessage());
	}

	@Test
	void aFourDFileGivesOneChannelPerVolumeAsStored() throws Exception {
		double[] d4 = new double[16];
		d4[0] = d4[5] = d4[10] = d4[15] = 1;
		ImageGeometry g4 = new ImageGeometry(new long[] { 3, 2, 2, 2 }, new double[] { 2, 2, 2, 1 }, new double[4], d4);
		float[] v = new float[24];
		for (int i = 0; i < 24; i++) {
			v[i] = i - 5.5f;
		}
		Path p = dir.resolve("peaks.nii.gz");
		ImageIO.write(Image.of(g4, v), p);
		Image im = TractSegTraining.components(p);
		assertEquals(3, im.dimension());
		assertEquals(2, im.components());
		assertEquals(2, im.geometry().spacing()[0], 0);
		for (int vox = 0; vox < 12; vox++) {
			assertEquals(v[vox], im.getDouble(vox, 0), 0);
			assertEquals(v[12 + vox], im.getDouble(vox, 1), 0);
		}
		TractSegTraining.Bundles b = TractSegTraining.bundles(p, List.of());
		assertEquals(List.of("bundle_1", "bundle_2"), b.names());
	}
}
