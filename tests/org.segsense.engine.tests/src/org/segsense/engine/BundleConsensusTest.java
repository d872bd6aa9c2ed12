// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageIO;
import org.segsense.model.BinaryStapleReference;
import org.segsense.model.MajorityVoteReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.SegsenseFactory;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.ImageStaple;
import org.segsense.reference.MajorityVote;

/**
 * Consensus references of multi-label raters (overlapping bundles): each bundle combined alone. The per-bundle
 * results are compared with running each bundle's 0/1 masks through {@link ImageStaple#binary} and
 * {@link MajorityVote#run} directly (bit for bit). Also the multi-label image helpers ({@link BundleLabels}) and
 * the grid diagonal of a 4-D grid.
 */
class BundleConsensusTest {

	private static final SegsenseFactory F = SegsenseFactory.eINSTANCE;
	private static final ImageGeometry GRID = new ImageGeometry(new long[] { 12, 10, 8 }, new double[] { 1, 1.5, 2 }, new double[] { 3, -2, 1 },
			ImageGeometry.identity(3));
	private static final int K = 3;

	@TempDir
	Path dir;

	/** Three raters' 3-bundle labels: overlapping boxes (bundle 2 inside bundle 1, bundle 3 crossing both), each rater's edges jittered. */
	private static List<Image> raters(int count) {
		List<Image> out = new ArrayList<>();
		SplittableRandom r = new SplittableRandom(11);
		int voxels = (int) GRID.voxelCount();
		for (int k = 0; k < count; k++) {
			byte[] b = new byte[voxels * K];
			for (int z = 0, v = 0; z < 8; z++) {
				for (int y = 0; y < 10; y++) {
					for (int x = 0; x < 12; x++, v++) {
						boolean noise = r.nextDouble() < 0.1;
						b[v * K] = (byte) ((x >= 2 && x < 10 && y >= 2 && y < 8) ^ noise ? 1 : 0);
						b[v * K + 1] = (byte) (x >= 4 && x < 8 && y >= 3 && y < 7 && z > k ? 1 : 0);
						b[v * K + 2] = (byte) ((z >= 3 && z < 6 && x > 5 + k) ^ (r.nextDouble() < 0.05) ? 1 : 0);
					}
				}
			}
			out.add(Image.of(GRID, PixelType.UINT8, K, b));
		}
		return out;
	}

	private static <T extends org.segsense.model.ConsensusReference> T withRaters(T reference, int count) {
		for (int i = 0; i < count; i++) {
			ModelVariant v = F.createModelVariant();
			v.setId("r" + i);
			reference.getRaters().add(v);
		}
		return reference;
	}

	/** The strategy's entry point as the run calls it (through the interface). */
	private static ReferenceStrategy.Consensus combine(ReferenceStrategy strategy, org.segsense.model.ReferenceStrategy reference, List<Image> raters)
			throws Exception {
		return strategy.combine("c1", reference, raters, GRID);
	}

	@Test
	@SuppressWarnings("unchecked")
	void binaryStaplePerBundleEqualsEachBundleAloneThroughBinaryStaple() throws Exception {
		List<Image> raters = raters(3);
		BinaryStapleReference bs = withRaters(F.createBinaryStapleReference(), 3);
		bs.setForegroundValue(255); // the one-label foreground; a bundle's masks are 0/1 whatever it is
		ReferenceStrategy.Consensus c = combine(new BinaryStapleStrategy(), bs, raters);
		assertEquals(K, c.labels().components());
		assertEquals(PixelType.UINT8, c.labels().pixelType());
		Map<String, Object> stats = c.raterStatistics();
		assertEquals(List.of(1, 2, 3), stats.get("labels"));
		assertEquals(true, stats.get("bundles"));
		List<List<Double>> sens = (List<List<Double>>) stats.get("sensitivity");
		List<List<Double>> spec = (List<List<Double>>) stats.get("specificity");
		assertEquals(3, sens.size());
		int maxIterations = 0;
		for (int k = 0; k < K; k++) {
			final int bundle = k;
			List<Image> alone = raters.stream().map(im -> BundleLabels.component(im, bundle)).toList();
			ImageStaple.BinaryResult r = ImageStaple.binary(alone, 1, BinaryStaple.Options.defaults());
			byte[] expected = new byte[(int) GRID.voxelCount()];
			for (int i = 0; i < expected.length; i++) {
				expected[i] = (byte) (r.details().probability().get(i) >= 0.5 ? 1 : 0);
			}
			assertArrayEquals(expected, BundleLabels.component(c.labels(), k).bytes(), "bundle " + (k + 1));
			for (int rater = 0; rater < 3; rater++) {
				assertEquals(r.details().sensitivity()[rater], sens.get(rater).get(k), 0, "sensitivity rater " + rater + " bundle " + (k + 1));
				assertEquals(r.details().specificity()[rater], spec.get(rater).get(k), 0);
			}
			assertEquals(r.details().iterations(), ((List<Integer>) stats.get("bundleIterations")).get(k));
			maxIterations = Math.max(maxIterations, r.details().iterations());
		}
		assertEquals(maxIterations, stats.get("iterations"));
		// the bundles overlap in the consensus too: a voxel in bundles 1 and 2
		int overlap = 0;
		for (int v = 0; v < GRID.voxelCount(); v++) {
			overlap += c.labels().getDouble(v, 0) == 1 && c.labels().getDouble(v, 1) == 1 ? 1 : 0;
		}
		assertTrue(overlap > 0);
	}

	@Test
	void majorityVotePerBundleEqualsEachBundleAloneAndTiesAreBackground() throws Exception {
		List<Image> raters = raters(2); // two raters: every disagreement is a tie
		MajorityVoteReference mv = withRaters(F.createMajorityVoteReference(), 2);
		mv.setUndecidedLabel(7);
		ReferenceStrategy.Consensus c = combine(new MajorityVoteStrategy(), mv, raters);
		assertEquals(K, c.labels().components());
		for (int k = 0; k < K; k++) {
			final int bundle = k;
			int[][] alone = raters.stream().map(im -> LabelImages.toInts(BundleLabels.component(im, bundle))).toArray(int[][]::new);
			int[] vote = MajorityVote.run(alone, 7);
			for (int v = 0; v < vote.length; v++) {
				assertEquals(vote[v] == 1 ? 1 : 0, (int) c.labels().getDouble(v, k), "bundle " + (k + 1) + " voxel " + v);
			}
		}
		assertEquals("majorityVote", c.raterStatistics().get("method"));
		assertEquals(List.of(1, 2, 3), c.raterStatistics().get("labels"));
	}

	@Test
	void multiLabelStapleOfOverlappingBundlesIsRefusedWithTheFix() {
		MultiLabelStapleReference ml = withRaters(F.createMultiLabelStapleReference(), 2);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new MultiLabelStapleStrategy().combine("c7", (org.segsense.model.ReferenceStrategy) ml, raters(2), GRID));
		assertTrue(e.getMessage().contains("case 'c7'") && e.getMessage().contains("overlap") && e.getMessage().contains("binaryStaple"),
				e.getMessage());
	}

	@Test
	void ratersWithDifferentBundleCountsAreRefused() {
		List<Image> raters = new ArrayList<>(raters(1));
		raters.add(BundleLabels.component(raters.get(0), 0));
		raters.set(1, Image.of(GRID, PixelType.UINT8, 2, new byte[(int) GRID.voxelCount() * 2]));
		BinaryStapleReference bs = withRaters(F.createBinaryStapleReference(), 2);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> combine(new BinaryStapleStrategy(), bs, raters));
		assertTrue(e.getMessage().contains("3 and 2"), e.getMessage());
	}

	@Test
	void aMultiLabelConsensusIsWrittenAsOneVolumePerBundleAndReadBackAsComponents() throws Exception {
		Image labels = raters(1).get(0);
		RunFolders.writeReference(dir, "c1", labels, Map.of("case", "c1"));
		Image file = ImageIO.read(RunFolders.referenceFile(dir, "c1"));
		assertEquals(4, file.geometry().dimension());
		assertEquals(K, file.geometry().size(3));
		assertEquals(1, file.components());
		for (int k = 0; k < K; k++) {
			for (int v = 0; v < GRID.voxelCount(); v += 7) {
				assertEquals(labels.getDouble(v, k), file.getDouble(k * GRID.voxelCount() + v, 0));
			}
		}
		Image back = BundleLabels.fromFile(file);
		assertTrue(back.geometry().sameGridAs(GRID, 1e-9));
		assertArrayEquals(labels.bytes(), back.bytes());
	}

	@Test
	void aBundleFolderIsReadInNaturalOrder() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("bundle_segmentations"));
		int voxels = (int) GRID.voxelCount();
		// bundle_k marks voxel k only; bundle_10 must come after bundle_2
		for (int k : new int[] { 10, 1, 2 }) {
			byte[] m = new byte[voxels];
			m[k] = 1;
			ImageIO.write(Image.ofUInt8(GRID, m), folder.resolve("bundle_" + k + ".nii.gz"));
		}
		Files.writeString(folder.resolve("README.txt"), "not a mask");
		Image labels = BundleLabels.read(folder, org.segsense.backend.ImageBackends.get("java"));
		assertEquals(3, labels.components());
		int[] order = { 1, 2, 10 };
		for (int c = 0; c < 3; c++) {
			for (int v = 0; v < 12; v++) {
				assertEquals(v == order[c] ? 1 : 0, (int) labels.getDouble(v, c), "component " + c + " voxel " + v);
			}
		}
	}

	@Test
	void theDiagonalOfA4dGridIsItsSpatialDiagonal() {
		ImageGeometry g4 = new ImageGeometry(new long[] { 12, 10, 8, 9 }, new double[] { 1, 1.5, 2, 1 }, new double[] { 0, 0, 0, 0 },
				ImageGeometry.identity(4));
		double expected = Math.sqrt(12 * 12 + 15 * 15 + 16 * 16);
		assertEquals(expected, AggregationProvenance.diagonalMm(g4), 1e-12);
		assertEquals(expected, AggregationProvenance.diagonalMm(GRID), 1e-12);
	}
}
