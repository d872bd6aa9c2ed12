// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;

/**
 * {@code segsense train --architecture tractseg} on a tiny fibre phantom (TractSeg's layout), then {@code segsense infer}
 * with the model: one 0/1 component per bundle.
 */
class TractSegTrainCommandTest {

	@TempDir
	Path dir;

	private static Properties metadata(Path model) throws Exception {
		Properties p = new Properties();
		try (var in = Files.newBufferedReader(model.resolve("segsense-model.properties"))) {
			p.load(in);
		}
		return p;
	}

	private Path phantom(int bundles) {
		Path d = dir.resolve("phantom");
		Cli.Result r = Cli.run("phantom", "fibres", d.toString(), "--size", "16,16,16", "--bundles", Integer.toString(bundles), "--seed", "2");
		assertEquals(0, r.exitCode(), r::toString);
		return d;
	}

	private static String[] train(Path peaks, Path labels, Path out, String... more) {
		List<String> a = new ArrayList<>(List.of("train", "--architecture", "tractseg", "--image", peaks.toString(), "--labels",
				labels.toString(), "--base-filters", "2", "--depth", "1", "--patch", "16", "--batch", "2", "--iterations", "4", "--threads",
				"1", "--seed", "7", "--out", out.toString()));
		a.addAll(List.of(more));
		return a.toArray(String[]::new);
	}

	@Test
	void trainsOnTheBundleFolderAndInferWritesOneComponentPerBundle() throws Exception {
		Path d = phantom(3);
		Path model = dir.resolve("model");
		Cli.Result r = Cli.run(train(d.resolve("peaks.nii.gz"), d.resolve("bundle_segmentations"), model));
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().contains("iteration 4/4"), r::toString);
		assertTrue(r.out().contains("bundles bundle_1,bundle_2,bundle_3"), r::toString);
		Properties p = metadata(model);
		assertEquals("2", p.getProperty("dimensions"));
		assertEquals("sigmoid-multilabel", p.getProperty("outputKind"));
		assertEquals("bundle_1,bundle_2,bundle_3", p.getProperty("labelNames"));
		assertEquals("9", p.getProperty("inputChannels"));
		assertEquals("x,y,z", p.getProperty("sliceOrientations"));
		assertEquals("mean", p.getProperty("fusion"));
		assertEquals("4", p.getProperty("iterations"));

		Path seg = dir.resolve("seg.nii.gz");
		Cli.Result inf = Cli.run("infer", "--model", model.toString(), "--threads", "1", d.resolve("peaks.nii.gz").toString(), seg.toString());
		assertEquals(0, inf.exitCode(), inf::toString);
		assertTrue(inf.out().contains("sigmoid-multilabel"), inf::toString);
		assertTrue(inf.out().contains("bundle 3:"), inf::toString);
		Image labels = ImageIO.read(seg);
		assertEquals(3, labels.components(), labels::toString);
		assertEquals(3, labels.dimension());
		long voxels = labels.geometry().voxelCount();
		for (long v = 0; v < voxels; v++) {
			for (int c = 0; c < 3; c++) {
				double x = labels.getDouble(v, c);
				assertTrue(x == 0 || x == 1, "0/1 per bundle, not " + x);
			}
		}
	}

	@Test
	void trainsOnA4DBundleFileWithNamesAndRefusesBadBundles() throws Exception {
		Path d = phantom(2);
		// TractSeg's other layout: one 4-D file, one volume per bundle
		Image b1 = ImageIO.read(d.resolve("bundle_segmentations/bundle_1.nii.gz"));
		Image b2 = ImageIO.read(d.resolve("bundle_segmentations/bundle_2.nii.gz"));
		ImageGeometry g = b1.geometry();
		int n = (int) g.voxelCount();
		float[] v = new float[2 * n];
		for (int i = 0; i < n; i++) {
			v[i] = (float) b1.getDouble(i, 0);
			v[n + i] = (float) b2.getDouble(i, 0);
		}
		ImageGeometry g4 = g.withVolumes(2);
		Path file4 = dir.resolve("bundles.nii.gz");
		ImageIO.write(Image.of(g4, v), file4);
		Path model = dir.resolve("m4");
		Cli.Result r = Cli.run(train(d.resolve("peaks.nii.gz"), file4, model, "--bundle-names", "CST_left,AF_left"));
		assertEquals(0, r.exitCode(), r::toString);
		assertEquals("CST_left,AF_left", metadata(model).getProperty("labelNames"));

		// one name too few: exit 2 naming the file and the option
		Cli.Result bad = Cli.run(train(d.resolve("peaks.nii.gz"), file4, dir.resolve("m5"), "--bundle-names", "CST_left"));
		assertEquals(2, bad.exitCode(), bad::toString);
		assertTrue(bad.err().contains(file4.toString()) && bad.err().contains("--bundle-names"), bad::toString);
		assertTrue(!Files.exists(dir.resolve("m5").resolve("saved_model.pb")));

		// an empty bundle folder: exit 2 naming it
		Path empty = Files.createDirectories(dir.resolve("empty"));
		Cli.Result none = Cli.run(train(d.resolve("peaks.nii.gz"), empty, dir.resolve("m6")));
		assertEquals(2, none.exitCode(), none::toString);
		assertTrue(none.err().contains(empty.toString()) && none.err().contains("bundle_segmentations"), none::toString);

		// the 3-D trainers' patch presets do not reorient peaks: exit 2 naming the option and the catalogue steps to use
		Cli.Result aug = Cli.run(train(d.resolve("peaks.nii.gz"), d.resolve("bundle_segmentations"), dir.resolve("m7"), "--augment", "flip"));
		assertEquals(2, aug.exitCode(), aug::toString);
		assertTrue(aug.err().contains("--augment 'flip'") && aug.err().contains("--augment-step"), aug::toString);
	}

	@Test
	void catalogueAugmentStepsTrainAndAreRecordedInTheModel() throws Exception {
		Path d = phantom(2);
		Path model = dir.resolve("aug");
		Cli.Result r = Cli.run(train(d.resolve("peaks.nii.gz"), d.resolve("bundle_segmentations"), model, "--augment-step",
				"rotation:rx=-10..10,ry=-10..10,rz=-10..10,p=0.5", "--augment-step", "peak-amplitude-scale:factor=0.8..1.2"));
		assertEquals(0, r.exitCode(), r::toString);
		assertEquals("rotation(rx=-10..10,ry=-10..10,rz=-10..10,p=0.5)+peak-amplitude-scale(factor=0.8..1.2,p=1)",
				metadata(model).getProperty("augmentation"));

		// a range outside the parameter's: exit 2 naming the parameter and its range
		Cli.Result bad = Cli.run(train(d.resolve("peaks.nii.gz"), d.resolve("bundle_segmentations"), dir.resolve("bad"), "--augment-step",
				"peak-drop:keep=0..2"));
		assertEquals(2, bad.exitCode(), bad::toString);
		assertTrue(bad.err().contains("keep") && bad.err().contains("peak-drop"), bad::toString);
	}
}
