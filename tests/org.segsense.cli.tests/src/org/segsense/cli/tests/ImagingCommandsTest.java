// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageIO;

/** {@code image info}, {@code metrics} and {@code staple} on small synthetic images with known answers. */
class ImagingCommandsTest {

	@TempDir
	Path dir;

	private static final ImageGeometry GRID = new ImageGeometry(new long[] { 20, 16, 12 }, new double[] { 1.0, 1.0, 2.0 },
			new double[] { -10, 5, 3 }, new double[] { 1, 0, 0, 0, 0, -1, 0, 1, 0 });

	/** A label image with a box [x0,x0+w) × [4,12) × [3,9) of value {@code label}. */
	private Path box(String name, int x0, int w, int label) throws Exception {
		short[] voxels = new short[(int) GRID.voxelCount()];
		for (int z = 3; z < 9; z++) {
			for (int y = 4; y < 12; y++) {
				for (int x = x0; x < x0 + w; x++) {
					voxels[(z * 16 + y) * 20 + x] = (short) label;
				}
			}
		}
		Path file = dir.resolve(name);
		ImageIO.write(Image.of(GRID, voxels), file);
		return file;
	}

	private static double number(String json, String key) {
		Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": (-?[0-9.eE+-]+|null)").matcher(json);
		assertTrue(m.find(), () -> key + " not in " + json);
		return m.group(1).equals("null") ? Double.NaN : Double.parseDouble(m.group(1));
	}

	@Test
	void imageInfoPrintsTheGeometryInTheSpecShape() throws Exception {
		Path file = box("a.nii.gz", 2, 5, 1);
		Cli.Result r = Cli.run("image", "info", "--json", file.toString());
		assertEquals(0, r.exitCode(), r::toString);
		String flat = r.out().replaceAll("\\s", "");
		assertTrue(flat.contains("\"size\":[20,16,12]"), r::toString);
		assertTrue(flat.contains("\"spacing\":[1.0,1.0,2.0]"), r::toString);
		assertTrue(flat.contains("\"origin\":[-10.0,5.0,3.0]"), r::toString);
		assertTrue(flat.contains("\"direction\":[1.0,0.0,0.0,0.0,0.0,-1.0,0.0,1.0,0.0]"), r::toString);
		assertTrue(flat.contains("\"pixelType\":\"int16\""), r::toString);
		assertTrue(flat.contains("\"components\":1"), r::toString);
		Cli.Result text = Cli.run("image", "info", file.toString());
		assertEquals(0, text.exitCode(), text::toString);
		assertTrue(text.out().contains("20"), text::toString);
	}

	@Test
	void imageInfoOnABrokenFileNamesItAndExitsTwo() throws Exception {
		Path file = dir.resolve("broken.nii");
		Files.write(file, new byte[100]);
		Cli.Result r = Cli.run("image", "info", file.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("broken.nii"), r::toString);
		assertFalse(r.err().contains("\tat "), r::toString);
		assertEquals(2, Cli.run("image", "info", dir.resolve("none.nii.gz").toString()).exitCode());
	}

	@Test
	void metricsOfTwoShiftedBoxesMatchTheClosedForm() throws Exception {
		// boxes 8 voxels wide in x, shifted by 2 voxels: |A∩B| = 6/8 of each.
		Path pred = box("pred.nii.gz", 4, 8, 1);
		Path ref = box("ref.mha", 6, 8, 1);
		Cli.Result r = Cli.run("metrics", "--json", "--nsd-tolerance", "1.5", pred.toString(), ref.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertEquals(0.75, number(r.out(), "dice"), 1e-12);
		assertEquals(6.0 / 10.0, number(r.out(), "jaccard"), 1e-12);
		assertEquals(2.0, number(r.out(), "hd"), 1e-12);
		assertEquals(1.0, number(r.out(), "volumeSimilarity"), 1e-12);
		assertEquals(0.0, number(r.out(), "volumeDifferenceMl"), 1e-12);
		// contributed by org.segsense.metrics.volumes: 2 × 8 × 6 voxels of 2 µl = 0.384 ml
		assertEquals(2 * 8 * 6 * 2e-3, number(r.out(), "falsePositiveVolumeMl"), 1e-12);
		assertEquals(0.0, number(r.out(), "relativeVolumeError"), 1e-12);
		assertTrue(r.out().contains("\"conventions\""), r::toString);
		// the pooled HD95 convention is its own metric, next to hd95, in JSON and text
		assertTrue(number(r.out(), "hd95Pooled") > 0, r::toString);
		Cli.Result text = Cli.run("metrics", pred.toString(), ref.toString());
		assertTrue(text.out().contains("hd95Pooled (mm)"), text::toString);
	}

	@Test
	void metricsForALabelAbsentFromBothImagesFollowMetricsReloaded() throws Exception {
		Path pred = box("p.nii.gz", 4, 8, 1);
		Path ref = box("r.nii.gz", 4, 8, 1);
		Cli.Result r = Cli.run("metrics", "--json", "--label", "3", pred.toString(), ref.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertEquals(1.0, number(r.out(), "dice"), 0);
		assertTrue(Double.isNaN(number(r.out(), "jaccard")), r::toString);
		assertTrue(r.out().contains("\"notes\""), r::toString);
	}

	@Test
	void metricsRefusesDifferentGrids() throws Exception {
		Path pred = box("p.nii.gz", 4, 8, 1);
		Path other = dir.resolve("other.nii.gz");
		ImageIO.write(Image.of(GRID.withSpacing(1, 1, 3), new short[(int) GRID.voxelCount()]), other);
		Cli.Result r = Cli.run("metrics", pred.toString(), other.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("not on the grid"), r::toString);
	}

	@Test
	void metricsListShowsBuiltInsAndPlugInMetrics() {
		Cli.Result r = Cli.run("metrics", "--list");
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("hd95"), r::toString);
		assertTrue(r.out().matches("(?s).*falsePositiveVolumeMl\\s+ml\\s+lower\\s+org\\.segsense\\.metrics\\.volumes.*"), r::toString);
		Cli.Result conventions = Cli.run("metrics", "--conventions");
		assertEquals(0, conventions.exitCode(), conventions::toString);
		assertTrue(conventions.out().toLowerCase().contains("empty"), conventions::toString);
		for (String k : new String[] { "hd95Pooled:", "conventions.hd95:", "conventions.surface:", "aggregation:" }) {
			assertTrue(conventions.out().contains(k), k);
		}
		assertTrue(conventions.out().contains("voxel centres") && conventions.out().contains("faces"), conventions::toString);
		assertEquals(2, Cli.run("metrics").exitCode());
	}

	@Test
	void binaryStapleOfIdenticalRatersIsCertain() throws Exception {
		Path a = box("a.nii.gz", 4, 8, 1);
		Path b = box("b.nii.gz", 4, 8, 1);
		Path c = box("c.nii.gz", 4, 8, 1);
		Path out = dir.resolve("p.nii.gz");
		Cli.Result r = Cli.run("staple", "--json", out.toString(), a.toString(), b.toString(), c.toString());
		assertEquals(0, r.exitCode(), r::toString);
		for (String key : new String[] { "sensitivity", "specificity" }) {
			Matcher m = Pattern.compile("\"" + key + "\": \\[\\s*([0-9.eE+-]+),\\s*([0-9.eE+-]+),\\s*([0-9.eE+-]+)\\s*]")
					.matcher(r.out());
			assertTrue(m.find(), r::toString);
			for (int i = 1; i <= 3; i++) {
				assertEquals(1.0, Double.parseDouble(m.group(i)), 1e-9, key);
			}
		}
		Image probability = ImageIO.read(out);
		assertEquals(PixelType.FLOAT32, probability.pixelType());
		assertArrayEquals(GRID.size(), probability.geometry().size());
		float[] p = probability.floats();
		assertEquals(1.0f, p[(5 * 16 + 6) * 20 + 6], 1e-6f);
		assertEquals(0.0f, p[0], 1e-6f);
	}

	@Test
	void binaryStapleWritesSimpleItksDoubleMapOnRequest() throws Exception {
		Path a = box("a.nii.gz", 4, 8, 1);
		Path b = box("b.nii.gz", 4, 8, 1);
		Path c = box("c.nii.gz", 5, 8, 1);
		Path out32 = dir.resolve("p32.nii.gz");
		Path out64 = dir.resolve("p64.nii.gz");
		// one pass: the probabilities are still between 0 and 1 where the raters disagree
		assertEquals(0, Cli.run("staple", "--max-iterations", "1", out32.toString(), a.toString(), b.toString(), c.toString()).exitCode());
		Cli.Result r = Cli.run("staple", "--max-iterations", "1", "--output-type", "float64", out64.toString(), a.toString(), b.toString(),
				c.toString());
		assertEquals(0, r.exitCode(), r::toString);
		Image p64 = ImageIO.read(out64);
		assertEquals(PixelType.FLOAT64, p64.pixelType());
		double[] d = p64.doubles();
		float[] f = ImageIO.read(out32).floats();
		boolean between = false;
		for (int i = 0; i < d.length; i++) {
			assertEquals((float) d[i], f[i], 0f, "the float32 map is the double map rounded");
			between |= d[i] > 1e-6 && d[i] < 1 - 1e-6;
		}
		assertTrue(between, "the raters disagree somewhere, so some probabilities lie strictly between 0 and 1");
		Cli.Result bad = Cli.run("staple", "--output-type", "int8", dir.resolve("x.nii.gz").toString(), a.toString(), b.toString());
		assertEquals(2, bad.exitCode(), bad::toString);
		assertTrue(bad.err().contains("float32 or float64"), bad::toString);
	}

	@Test
	void binaryStapleWithARoiLeavesVoxelsOutsideItAtZero() throws Exception {
		Path a = box("a.nii.gz", 4, 8, 1);
		Path b = box("b.nii.gz", 4, 8, 1);
		Path roi = box("roi.nii.gz", 4, 3, 1); // x in [4,7): the left part of the boxes
		Path out = dir.resolve("p.nii.gz");
		Cli.Result r = Cli.run("staple", "--roi", roi.toString(), out.toString(), a.toString(), b.toString());
		assertEquals(0, r.exitCode(), r::toString);
		float[] p = ImageIO.read(out).floats();
		assertEquals(1.0f, p[(5 * 16 + 6) * 20 + 5], 1e-6f, "inside the ROI and the boxes");
		assertEquals(0.0f, p[(5 * 16 + 6) * 20 + 10], 0f, "in the boxes but outside the ROI");
		Cli.Result both = Cli.run("staple", "--multilabel", "--roi", roi.toString(), out.toString(), a.toString(), b.toString());
		assertEquals(2, both.exitCode(), both::toString);
		Cli.Result disagreement = Cli.run("staple", "--disagreement-only", out.toString(), a.toString(), b.toString());
		assertEquals(0, disagreement.exitCode(), disagreement::toString);
		assertEquals(1.0f, ImageIO.read(out).floats()[(5 * 16 + 6) * 20 + 10], 0f, "unanimous foreground");
	}

	@Test
	void multiLabelStapleWritesALabelMapAndTheConfusionMatrices() throws Exception {
		Path a = box("a.nii.gz", 4, 8, 2);
		Path b = box("b.nii.gz", 4, 8, 2);
		Path c = box("c.nii.gz", 5, 8, 2);
		Path out = dir.resolve("labels.nii.gz");
		Cli.Result r = Cli.run("staple", "--multilabel", "--json", out.toString(), a.toString(), b.toString(), c.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("\"confusionMatrices\""), r::toString);
		assertTrue(r.out().contains("\"priors\""), r::toString);
		assertEquals(3.0, number(r.out(), "undecidedLabel"), 0);
		Image labels = ImageIO.read(out);
		assertEquals(2.0, labels.getDouble((5 * 16 + 6) * 20 + 6, 0), 0);
		Cli.Result text = Cli.run("staple", "--multilabel", out.toString(), a.toString(), b.toString());
		assertEquals(0, text.exitCode(), text::toString);
		assertTrue(text.out().contains("confusion matrix of a.nii.gz"), text::toString);
	}

	@Test
	void stapleNeedsTwoRatersOnOneGrid() throws Exception {
		Path a = box("a.nii.gz", 4, 8, 1);
		assertEquals(2, Cli.run("staple", dir.resolve("o.nii.gz").toString(), a.toString()).exitCode());
		Path other = dir.resolve("other.nii.gz");
		ImageIO.write(Image.of(GRID.withOrigin(0, 0, 0), new short[(int) GRID.voxelCount()]), other);
		Cli.Result r = Cli.run("staple", dir.resolve("o.nii.gz").toString(), a.toString(), other.toString());
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("other.nii.gz"), r::toString);
		assertFalse(Files.exists(dir.resolve("o.nii.gz")), "no output on bad input");
	}
}
