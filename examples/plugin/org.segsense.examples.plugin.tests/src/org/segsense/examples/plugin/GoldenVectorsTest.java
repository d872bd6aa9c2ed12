// SPDX-License-Identifier: EPL-2.0
package org.segsense.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.ReferenceStrategy.Consensus;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.spi.MetricInput;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;

/**
 * Golden input → output vectors of the example's five contributions, computed by hand (the expected values
 * are written out, not recomputed by the code under test).
 */
class GoldenVectorsTest {

	private static final ImageGeometry LINE = ImageGeometry.of(4, 1, 1);

	private static ParameterValues amount(double a) {
		return ParameterValues.of(List.of(new ParameterSpec("amount", "", 0, 1, 0, false, "")), Map.of("amount", a), "example-invert");
	}

	@Test
	void inversionMapsMinToMaxAndKeepsThePixelType() {
		Image in = Image.of(LINE, new float[] {0, 1, 2, 10});
		Image full = new InvertIntensity().apply(PerturbationInput.of(in), amount(1), new SplittableRandom(1)).image();
		assertArrayEquals(new float[] {10, 9, 8, 0}, full.floats());
		Image half = new InvertIntensity().apply(PerturbationInput.of(in), amount(0.5), new SplittableRandom(1)).image();
		assertArrayEquals(new float[] {5, 5, 5, 5}, half.floats());
		Image none = new InvertIntensity().apply(PerturbationInput.of(in), amount(0), new SplittableRandom(1)).image();
		assertArrayEquals(new float[] {0, 1, 2, 10}, none.floats());
		Image bytes = new InvertIntensity().apply(PerturbationInput.of(Image.ofUInt8(LINE, new byte[] {10, 20, 30, (byte) 200})), amount(1),
				new SplittableRandom(1)).image();
		assertEquals(PixelType.UINT8, bytes.pixelType());
		assertArrayEquals(new byte[] {(byte) 200, (byte) 190, (byte) 180, 10}, bytes.bytes());
	}

	private static MetricInput counts(long prediction, long reference, long truePositive) {
		return MetricInput.measurementsOnly(
				new LabelMetrics(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, prediction, reference, truePositive, 0, 0, Map.of()), 0.001);
	}

	@Test
	void overlapCoefficientDividesByTheSmallerVolume() {
		OverlapCoefficient metric = new OverlapCoefficient();
		assertEquals(0.75, metric.compute(counts(80, 100, 60)), 0);
		assertEquals(0.75, metric.compute(counts(100, 80, 60)), 0);
		assertEquals(1.0, metric.compute(counts(10, 1000, 10)), 0);
		assertTrue(Double.isNaN(metric.compute(counts(0, 100, 0))));
	}

	@Test
	void sectionTableListsTheCountsInOrder() {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("cases", 2L);
		counts.put("failed jobs", 0L);
		assertEquals("<table class=\"example-counts\"><tr><th>cases</th><td>2</td></tr><tr><th>failed jobs</th><td>0</td></tr></table>",
				RunCountsSection.table(counts));
	}

	@Test
	void unionTakesTheLargestLabelOfAnyRater() throws Exception {
		Image a = Image.of(LINE, new int[] {0, 1, 0, 2});
		Image b = Image.of(LINE, new int[] {0, 0, 3, 1});
		Consensus c = new UnionStrategy().combine("case", null, List.of(a, b), LINE);
		assertArrayEquals(new int[] {0, 1, 3, 2}, c.labels().ints());
		assertEquals(2, c.raterStatistics().get("raters"));
	}

	@Test
	void textFormatWritesTheGoldenFileAndReadsItBack(@TempDir Path dir) throws Exception {
		ImageGeometry g = new ImageGeometry(new long[] {2, 2}, new double[] {0.5, 2}, new double[] {-1, 3}, ImageGeometry.identity(2));
		Image image = Image.of(g, new short[] {-3, 0, 7, 32767});
		Path file = dir.resolve("a.sstxt");
		TextImageFormat format = new TextImageFormat();
		format.write(image, file);
		assertEquals("SSTXT int16\nsize 2 2\nspacing 0.5 2.0\norigin -1.0 3.0\n-3\n0\n7\n32767\n", Files.readString(file));
		Image back = format.read(file);
		assertTrue(back.contentEquals(image), back.toString());
		Files.writeString(file, "SSTXT int16\nsize 1000 1000\nspacing 1 1\norigin 0 0\n1\n");
		ImageFormatException e = assertThrows(ImageFormatException.class, () -> format.read(file));
		assertTrue(e.getMessage().contains("more than the file holds"), e.getMessage());
	}
}
