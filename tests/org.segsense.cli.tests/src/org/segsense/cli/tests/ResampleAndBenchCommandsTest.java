// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageIO;

/** {@code image resample} and {@code bench image}: contract, closed-form cases and bad input. */
class ResampleAndBenchCommandsTest {

	@TempDir
	Path dir;

	/** 9 × 7 × 5 int16 ramp with value x + 10 y + 100 z, spacing 2 × 1 × 3 mm. */
	private Path ramp() throws Exception {
		ImageGeometry grid = new ImageGeometry(new long[] { 9, 7, 5 }, new double[] { 2, 1, 3 }, new double[] { 4, -2, 1 },
				ImageGeometry.identity(3));
		short[] v = new short[9 * 7 * 5];
		for (int z = 0; z < 5; z++) {
			for (int y = 0; y < 7; y++) {
				for (int x = 0; x < 9; x++) {
					v[(z * 7 + y) * 9 + x] = (short) (x + 10 * y + 100 * z);
				}
			}
		}
		Path file = dir.resolve("ramp.nii.gz");
		ImageIO.write(Image.of(grid, v), file);
		return file;
	}

	@Test
	void translationByWholeVoxelsShiftsTheImageAndFillsTheDefault() throws Exception {
		Path out = dir.resolve("shifted.nii.gz");
		// x_in = x_out + t: t = +2 mm in x (one voxel) samples the voxel to the right.
		Cli.Result r = Cli.run("image", "resample", ramp().toString(), out.toString(), "--translate", "2,0,0",
				"--interpolator", "nearest", "--default", "-1");
		assertEquals(0, r.exitCode(), r::toString);
		Image shifted = ImageIO.read(out);
		assertEquals(PixelType.FLOAT32, shifted.pixelType());
		assertArrayEquals(new long[] { 9, 7, 5 }, shifted.geometry().size());
		float[] f = shifted.floats();
		assertEquals(1 + 10 * 3 + 100 * 2, f[(2 * 7 + 3) * 9 + 0], 0);
		assertEquals(-1, f[(2 * 7 + 3) * 9 + 8], 0, "beyond the last voxel + half a voxel: default value");
	}

	@Test
	void identityWithSameOutputTypeReproducesTheInput() throws Exception {
		Path in = ramp();
		Path out = dir.resolve("same.nii.gz");
		Cli.Result r = Cli.run("image", "resample", in.toString(), out.toString(), "--interpolator", "linear", "--output-type", "same");
		assertEquals(0, r.exitCode(), r::toString);
		Image a = ImageIO.read(in);
		Image b = ImageIO.read(out);
		assertEquals(PixelType.INT16, b.pixelType());
		assertArrayEquals(a.shorts(), b.shorts());
	}

	@Test
	void badOptionsAreBadInputWithoutOutput() throws Exception {
		Path in = ramp();
		Path out = dir.resolve("x.nii.gz");
		Cli.Result r = Cli.run("image", "resample", in.toString(), out.toString(), "--rotate", "1,2");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("--rotate takes three"), r::toString);
		Cli.Result interp = Cli.run("image", "resample", in.toString(), out.toString(), "--interpolator", "sinc");
		assertEquals(2, interp.exitCode(), interp::toString);
		assertTrue(interp.err().contains("sinc"), interp::toString);
		Cli.Result type = Cli.run("image", "resample", in.toString(), out.toString(), "--output-type", "uint8");
		assertEquals(2, type.exitCode(), type::toString);
		assertFalse(Files.exists(out));
	}

	@Test
	void benchImageReportsEveryOperationAndWritesItsInputs() throws Exception {
		Path inputs = dir.resolve("bench");
		Cli.Result r = Cli.run("bench", "image", "--size", "16", "--raters", "3", "--runs", "1", "--json",
				"--write-inputs", inputs.toString());
		assertEquals(0, r.exitCode(), r::toString);
		for (String op : new String[] { "niftiReadGz", "niftiWriteGz", "resampleNearest", "resampleLinear", "resampleBSpline",
				"stapleBinary", "stapleMultiLabel", "distanceMetrics" }) {
			assertTrue(r.out().contains("\"" + op + "\": {\n      \"medianMs\": "), () -> op + " missing: " + r);
		}
		assertTrue(r.out().contains("\"size\": 16"), r::toString);
		assertTrue(r.out().contains("\"threads\": "), r::toString);
		for (String f : new String[] { "image.nii.gz", "rater0.nii.gz", "rater2.nii.gz", "labels1.nii.gz", "pred.nii.gz", "ref.nii.gz" }) {
			assertTrue(Files.exists(inputs.resolve(f)), f);
		}
		Image labels = ImageIO.read(inputs.resolve("labels0.nii.gz"));
		assertEquals(PixelType.UINT8, labels.pixelType());
		assertArrayEquals(new long[] { 16, 16, 16 }, labels.geometry().size());
	}

	@Test
	void benchRefusesNonsense() {
		assertEquals(2, Cli.run("bench", "image", "--size", "3").exitCode());
		assertEquals(2, Cli.run("bench", "image", "--raters", "1").exitCode());
		assertEquals(2, Cli.run("bench", "image", "--image", dir.resolve("x.nii").toString()).exitCode());
	}
}
