// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;

/**
 * .nii.gz files are compressed in parallel as several gzip members (one per MiB); every reader —
 * SegSense's, the JDK's and ITK 5.2's (zlib) — must see one stream with the original bytes.
 */
class ParallelGzipTest {

	@TempDir
	Path dir;

	/** 96 × 80 × 72 float32 = 2.1 MiB of voxels: three gzip members. */
	private static Image noisyVolume() {
		ImageGeometry grid = new ImageGeometry(new long[] { 96, 80, 72 }, new double[] { 0.75, 1.25, 2.5 },
				new double[] { -40, 12, 3 }, new double[] { 0, 1, 0, -1, 0, 0, 0, 0, 1 });
		SplittableRandom random = new SplittableRandom(7);
		float[] v = new float[96 * 80 * 72];
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) (random.nextGaussian() * 30 + (i % 977));
		}
		return Image.of(grid, v);
	}

	/** The number of gzip members, found by inflating member after member (10-byte headers, 8-byte trailers). */
	private static int members(Path file) throws IOException, DataFormatException {
		byte[] all = Files.readAllBytes(file);
		int count = 0;
		byte[] sink = new byte[1 << 16];
		for (int pos = 0; pos < all.length; count++) {
			assertEquals(0x1f8b, ((all[pos] & 0xff) << 8) | (all[pos + 1] & 0xff), "member header at byte " + pos);
			Inflater inflater = new Inflater(true);
			inflater.setInput(all, pos + 10, all.length - pos - 10);
			while (!inflater.finished()) {
				inflater.inflate(sink);
			}
			pos += 10 + (int) inflater.getBytesRead() + 8;
			inflater.end();
		}
		return count;
	}

	@Test
	void manyMembersReadAsOneStreamByEveryReader() throws Exception {
		Image image = noisyVolume();
		Path file = dir.resolve("noisy.nii.gz");
		ImageIO.write(image, file);
		assertEquals(3, members(file), "2.1 MiB in 1 MiB blocks");

		Image back = ImageIO.read(file);
		assertTrue(java.util.Arrays.equals(image.floats(), back.floats()), "SegSense's reader: voxels");
		assertTrue(back.geometry().sameGridAs(image.geometry(), 1e-6), "SegSense's reader: grid (float32 in the header)");

		long inflated = 0;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				inflated += n;
			}
		}
		assertEquals(352 + 96L * 80 * 72 * 4, inflated, "the JDK's GZIPInputStream sees the 352-byte header and all voxels");
	}

	@Test
	@Tag("itk")
	void itkReadsTheMultiMemberFileBitForBit() throws Exception {
		Image image = noisyVolume();
		Path file = dir.resolve("noisy.nii.gz");
		ImageIO.write(image, file);
		ItkReference itk = ItkReference.read(file, dir);
		itk.assertSameHeader(image, "multi-member .nii.gz");
		itk.assertSamePixels(image, "multi-member .nii.gz");
	}

	@Test
	void smallImagesStayOneMember() throws Exception {
		Image small = Image.of(ImageGeometry.of(8, 8, 8), new float[512]);
		Path file = dir.resolve("small.nii.gz");
		ImageIO.write(small, file);
		try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
			assertEquals(0x1f8b, in.readUnsignedShort());
		}
		assertTrue(ImageIO.read(file).contentEquals(small));
	}
}
