// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.backend.ImageBackend;
import org.segsense.backend.ImageBackends;
import org.segsense.backend.JavaImageBackend;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.resample.Interpolation;
import org.segsense.simpleitk.SimpleItkBackend;
import org.segsense.testing.SyntheticRaters;
import org.segsense.testing.TestData;

/**
 * The pure-Java backend checked against SimpleITK itself (ITK 5.2's filters through the binding), on the same
 * inputs: resampling (≤ 1e-4 of the input's range, geometry identical), binary STAPLE (same iteration count,
 * probabilities, sensitivities and specificities ≤ 1e-9), multi-label STAPLE (identical labels, confusion
 * matrices ≤ 1e-6, float weights on both sides), distance maps (≤ 1e-4 mm; SimpleITK's map is float32), and
 * reading/writing (geometry and voxels). Needs the SimpleITK binding (releng/simpleitk/build.sh, which
 * tests/run.sh runs first): without it these tests FAIL with the message saying how to build it.
 */
@Tag("itk")
class BackendCrossCheckTest {

	private final ImageBackend java = new JavaImageBackend();
	private final ImageBackend sitk = new SimpleItkBackend();

	private static Path t1() {
		return TestData.file("itk-examples/KmeansTest_T1UCharRaw.nii.gz");
	}

	private static Path segmentation() {
		return TestData.file("itk-examples/KmeansTest_T1KmeansPrelimSegmentation.nii.gz");
	}

	@Test
	void simpleItkIsRegisteredAsAnOsgiService() {
		assertTrue(ImageBackends.ids().contains(SimpleItkBackend.ID), ImageBackends.ids().toString());
		assertEquals(SimpleItkBackend.ID, ImageBackends.get("simpleitk").id());
		assertTrue(sitk.describe().get("version").startsWith("2.1"), sitk.describe().toString());
		assertTrue(sitk.describe().get("itk").startsWith("5.2"), sitk.describe().toString());
	}

	@Test
	void readingGivesTheSameGeometryAndVoxels() throws Exception {
		for (Path p : new Path[] {t1(), segmentation(), TestData.file("nibabel/example4d.nii.gz"), TestData.file("dipy/aniso_vox.nii.gz")}) {
			Image a = java.read(p);
			Image b = sitk.read(p);
			assertGeometry(a.geometry(), b.geometry(), 1e-12, p.toString());
			assertEquals(a.pixelType(), b.pixelType(), p.toString());
			assertTrue(a.contentEquals(b.withGeometry(a.geometry())), p + ": voxels differ"); // geometry compared above, with 0 = -0
		}
	}

	@Test
	void writtenBySimpleItkReadsBackInJava(@TempDir Path dir) throws Exception {
		Image a = java.read(t1());
		Path out = dir.resolve("t1.nii.gz");
		sitk.write(a, out);
		Image back = java.read(out);
		assertGeometry(a.geometry(), back.geometry(), 1e-5, "written by SimpleITK (origin stored as float32)");
		assertTrue(a.contentEquals(back.withGeometry(a.geometry())), "voxels differ after a SimpleITK write");
	}

	@Test
	void resamplingAgreesWithinOneTenThousandthOfTheRange() throws Exception {
		Image in = java.read(t1());
		double range = range(in);
		double[] rot = {5, -3, 10};
		double[] shift = {2.5, -1.25, 3};
		for (Interpolation m : Interpolation.values()) {
			Image a = java.resample(in, rot, shift, null, m, 0, false);
			Image b = sitk.resample(in, rot, shift, null, m, 0, false);
			assertGeometry(a.geometry(), b.geometry(), 0, m + ": geometry (0 and -0 are equal)");
			assertEquals(a.pixelType(), b.pixelType(), m + ": pixel type");
			double d = maxAbsDiff(a, b);
			System.out.printf("cross-check resample %s: max |diff| %.3g = %.3g of the range%n", m, d, d / range);
			assertTrue(d <= 1e-4 * range, m + ": max |diff| " + d + " > 1e-4 of the range " + range);
		}
	}

	@Test
	void binaryStapleAgreesToOneBillionthWithTheSameIterations() {
		for (long seed : new long[] {7, 11}) {
			List<Image> raters = raters(36, 5, 2, seed);
			ImageBackend.StapleOutput a = java.binaryStaple(raters, 1, 1.0, -1);
			ImageBackend.StapleOutput b = sitk.binaryStaple(raters, 1, 1.0, -1);
			assertEquals(a.iterations(), b.iterations(), "seed " + seed + ": iterations");
			assertEquals(a.probability().geometry(), b.probability().geometry());
			double d = maxAbsDiff(a.probability(), b.probability());
			System.out.printf("cross-check binary STAPLE seed %d: %d iterations, max |p diff| %.3g%n", seed, a.iterations(), d);
			assertTrue(d <= 1e-9, "seed " + seed + ": max |p diff| " + d);
			assertArrayEquals(a.sensitivity(), b.sensitivity(), 1e-9, "sensitivity");
			assertArrayEquals(a.specificity(), b.specificity(), 1e-9, "specificity");
		}
	}

	@Test
	void multiLabelStapleGivesTheSameLabels() {
		List<Image> raters = raters(32, 4, 4, 5);
		ImageBackend.MultiLabelOutput a = java.multiLabelStaple(raters, -1);
		ImageBackend.MultiLabelOutput b = sitk.multiLabelStaple(raters, -1);
		assertEquals(a.labels().geometry(), b.labels().geometry());
		assertEquals(a.labels().pixelType(), b.labels().pixelType());
		assertTrue(a.labels().contentEquals(b.labels()), "labels differ in " + differing(a.labels(), b.labels()) + " voxels");
		double worst = 0;
		for (int k = 0; k < raters.size(); k++) {
			assertEquals(a.confusionMatrices()[k].length, b.confusionMatrices()[k].length, "rows of rater " + k);
			for (int j = 0; j < a.confusionMatrices()[k].length; j++) {
				for (int c = 0; c < a.confusionMatrices()[k][j].length; c++) {
					worst = Math.max(worst, Math.abs(a.confusionMatrices()[k][j][c] - b.confusionMatrices()[k][j][c]));
				}
			}
		}
		System.out.printf("cross-check multi-label STAPLE: labels identical, max |confusion diff| %.3g%n", worst);
		assertTrue(worst <= 1e-6, "confusion matrices differ by " + worst);
	}

	@Test
	void distanceMapsAgreeOnAnAnisotropicObliqueGrid() throws Exception {
		Image seg = java.read(segmentation());
		Image mask = Image.ofUInt8(seg.geometry(), thresholdAbove(seg, 3));
		Image a = java.distanceMap(mask);
		Image b = sitk.distanceMap(mask);
		assertEquals(a.geometry(), b.geometry());
		double d = maxAbsDiff(a, b);
		System.out.printf("cross-check distance map: max |diff| %.3g mm (max distance %.1f mm)%n", d, range(a));
		assertTrue(d <= 1e-4, "max |diff| " + d + " mm");
	}

	static void assertGeometry(ImageGeometry a, ImageGeometry b, double tol, String what) {
		assertArrayEquals(a.size(), b.size(), what + ": size");
		assertArrayEquals(a.spacing(), b.spacing(), tol, what + ": spacing");
		assertArrayEquals(a.origin(), b.origin(), tol, what + ": origin");
		assertArrayEquals(a.direction(), b.direction(), tol, what + ": direction");
	}

	private static byte[] thresholdAbove(Image im, int t) {
		byte[] m = new byte[Math.toIntExact(im.voxelCount())];
		for (int i = 0; i < m.length; i++) {
			m[i] = (byte) (im.getDouble(i, 0) > t ? 1 : 0);
		}
		return m;
	}

	private static List<Image> raters(int n, int count, int labels, long seed) {
		ImageGeometry g = new ImageGeometry(new long[] {n, n, n}, new double[] {1, 1.5, 2}, new double[] {-10, 4, 7},
				ImageGeometry.identity(3));
		List<Image> out = new ArrayList<>();
		for (byte[] r : SyntheticRaters.labelMaps(n, count, labels, seed)) {
			out.add(Image.ofUInt8(g, r));
		}
		return out;
	}

	static double range(Image im) {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (long i = 0; i < im.voxelCount(); i++) {
			double v = im.getDouble(i, 0);
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		return hi - lo;
	}

	static double maxAbsDiff(Image a, Image b) {
		assertEquals(a.voxelCount(), b.voxelCount());
		double d = 0;
		for (long i = 0; i < a.voxelCount(); i++) {
			d = Math.max(d, Math.abs(a.getDouble(i, 0) - b.getDouble(i, 0)));
		}
		return d;
	}

	private static long differing(Image a, Image b) {
		long n = 0;
		for (long i = 0; i < a.voxelCount(); i++) {
			n += a.getDouble(i, 0) != b.getDouble(i, 0) ? 1 : 0;
		}
		return n;
	}
}
