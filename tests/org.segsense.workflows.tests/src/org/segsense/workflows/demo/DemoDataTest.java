// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.segsense.image.resample.Resampling;
import org.segsense.testing.Repository;

/**
 * The demo's parts that run without network or TensorFlow: the example's fetch script (checksums,
 * unavailable packages), the case geometry and the model cache key. The whole
 * demo ({@code --quick}) runs in tests/product/smoke-test.sh.
 */
class DemoDataTest {

	private static final Path SCRIPT = Repository.path("examples/cerebellum/fetch-data.sh");

	/** Runs the fetch script with {@code bin} first on the PATH; returns exit code and output. */
	private static String[] fetch(Path dest, Path bin, String... env) throws IOException, InterruptedException {
		ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), dest.toString()).redirectErrorStream(true);
		pb.environment().put("PATH", bin + ":/usr/bin:/bin");
		for (int i = 0; i < env.length; i += 2) {
			pb.environment().put(env[i], env[i + 1]);
		}
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new String[] { String.valueOf(p.waitFor()), out };
	}

	/** A folder with fake apt-get and npm that fail as they do without network or without the package. */
	private static Path failingTools(Path dir) throws IOException {
		Path bin = Files.createDirectories(dir.resolve("bin"));
		Files.writeString(bin.resolve("apt-get"), "#!/bin/sh\n[ \"$1\" = update ] && exit 0\necho \"E: Unable to locate package $3\" >&2\nexit 100\n");
		Files.writeString(bin.resolve("npm"), "#!/bin/sh\necho 'npm ERR! 404 Not Found' >&2\nexit 1\n");
		for (String t : List.of("apt-get", "npm")) {
			Files.setPosixFilePermissions(bin.resolve(t), PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return bin;
	}

	@Test
	void anUnavailablePackageGivesExit2AndSaysWhichAndWhatToDo(@TempDir Path dir) throws Exception {
		String[] r = fetch(dir.resolve("data"), failingTools(dir));
		assertEquals("2", r[0], r[1]);
		assertTrue(r[1].contains("the Debian package mricron-data is unavailable"), r[1]);
		assertTrue(r[1].contains("Unable to locate package mricron-data"), r[1]);
		assertTrue(r[1].contains("run this script again"), r[1]);
	}

	@Test
	void thePackageNameCanBeReplacedForTests(@TempDir Path dir) throws Exception {
		String[] r = fetch(dir.resolve("data"), failingTools(dir), "SEGSENSE_EXAMPLE_FAKE_PACKAGE", "segsense-no-such-package");
		assertEquals("2", r[0], r[1]);
		assertTrue(r[1].contains("the Debian package segsense-no-such-package is unavailable"), r[1]);
	}

	@Test
	void aCorruptFileInTheCacheIsDetectedAndFetchedAgain(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data");
		Files.createDirectories(data.resolve("mricron"));
		Files.writeString(data.resolve("mricron/ch2.nii.gz"), "not the image");
		String[] r = fetch(data, failingTools(dir));
		assertTrue(r[1].contains(data.resolve("mricron/ch2.nii.gz") + " does not have the expected SHA-256"), r[1]);
		assertTrue(r[1].contains("downloading Debian package mricron-data"), r[1]);
		assertEquals("2", r[0], r[1]); // the fake apt-get cannot fetch it again
	}

	@Test
	void withoutAptGetTheScriptSaysWhatItNeeds(@TempDir Path dir) throws Exception {
		Path bin = Files.createDirectories(dir.resolve("bin"));
		// a PATH with bash's basic tools but neither apt-get nor dpkg-deb
		for (String t : List.of("sha256sum", "cut", "basename", "mkdir", "rm", "tr", "ls", "head", "tail", "cp", "tar", "id", "cat")) {
			Path real = Path.of("/usr/bin", t);
			if (Files.exists(real)) {
				Files.writeString(bin.resolve(t), "#!/bin/sh\nexec " + real + " \"$@\"\n");
				Files.setPosixFilePermissions(bin.resolve(t), PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
		ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toString(), dir.resolve("data").toString()).redirectErrorStream(true);
		pb.environment().put("PATH", bin.toString());
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(2, p.waitFor(), out);
		assertTrue(out.contains("apt-get/dpkg-deb are missing"), out);
	}

	@Test
	void theBoxIsCentredAndSizedAsDocumented() {
		ImageGeometry g = DemoData.box(DemoData.MNI_BOX_CENTRE, 2);
		assertArrayEquals(new long[] { 77, 53, 49 }, g.size());
		assertArrayEquals(DemoData.MNI_BOX_CENTRE, Resampling.imageCentre(g), 1e-9);
		assertArrayEquals(new long[] { 51, 35, 33 }, DemoData.box(DemoData.MNI_BOX_CENTRE, 3).size());
	}

	@Test
	void cerebellumLabelsAre91To116AndTheMarginIsMeasured() {
		ImageGeometry g = new ImageGeometry(new long[] { 4, 1, 1 }, new double[] { 1, 1, 1 }, new double[] { 0, 58, -23 },
				new double[] { 1, 0, 0, 0, 1, 0, 0, 0, 1 });
		Image aal = Image.ofUInt8(g, new byte[] { 90, 91, 116, 117 });
		Image mask = DemoData.cerebellumMask(aal);
		assertArrayEquals(new byte[] { 0, 1, 1, 0 }, mask.bytes());
		// voxels at x = 1 and 2 mm, y and z at the centre of the 2 mm box, which reaches 77 mm to either side in x,
		// 53 mm in y and 49 mm in z (voxel edges): the margin is 49 mm
		ImageGeometry box = DemoData.box(DemoData.MNI_BOX_CENTRE, 2);
		assertEquals(49, DemoData.minimumMargin(mask, box), 1e-9);
	}

	@Test
	void theSformGeometryOfAFileSegSenseWroteIsItsGeometry(@TempDir Path dir) throws Exception {
		ImageGeometry g = new ImageGeometry(new long[] { 5, 6, 7 }, new double[] { 0.5, 1.5, 2 }, new double[] { 75.5, 110.25, -71.75 },
				new double[] { -1, 0, 0, 0, -1, 0, 0, 0, 1 });
		Path f = dir.resolve("a.nii.gz");
		ImageIO.write(Image.create(g, org.segsense.image.PixelType.FLOAT32), f);
		ImageGeometry s = DemoData.sformGeometry(f, ImageIO.read(f).geometry());
		assertArrayEquals(g.origin(), s.origin(), 1e-4);
		assertArrayEquals(g.direction(), s.direction(), 1e-6);
		assertArrayEquals(g.spacing(), s.spacing(), 1e-9);
	}

	@Test
	void theModelCacheKeyDependsOnDataSettingsAndAugmentation() {
		DemoModels.Settings s = DemoServiceImpl.mode(false, 2).training();
		List<DemoModels.Variant> variants = DemoModels.variants(Repository.path("examples/cerebellum"), "full");
		DemoModels.Variant none = variants.get(0), spatial = variants.get(2);
		String k = DemoModels.cacheKey("aa", s, none);
		assertEquals(k, DemoModels.cacheKey("aa", s, none));
		assertNotEquals(k, DemoModels.cacheKey("ab", s, none));
		assertNotEquals(k, DemoModels.cacheKey("aa", s, spatial));
		assertNotEquals(k, DemoModels.cacheKey("aa", DemoServiceImpl.mode(false, 1).training(), none));
		assertNotEquals(k, DemoModels.cacheKey("aa", DemoServiceImpl.mode(true, 2).training(), none));
	}

	@Test
	void theStudyFilesNameTheVariantsTheDemoTrains() throws IOException {
		for (String f : List.of("cerebellum.segsense", "cerebellum-staple.segsense", "cerebellum-quick.segsense", "cerebellum-staple-quick.segsense")) {
			String xml = Files.readString(Repository.path("examples/cerebellum/" + f));
			for (DemoModels.Variant v : DemoModels.variants(Repository.path("examples/cerebellum"), f.contains("quick") ? "quick" : "full")) {
				assertTrue(xml.contains("<modelVariants id=\"" + v.id() + "\""), f + " lacks variant " + v.id());
				assertTrue(xml.contains("path=\"models/" + v.id() + "\""), f + " lacks models/" + v.id());
			}
		}
	}

	/** The variants moved from Java constants into the example's augmentation-study file: the demo trains exactly what it trained before. */
	@Test
	void theAugmentationStudyFileGivesTheVariantsTheDemoTrainedBefore() {
		List<DemoModels.Variant> before = List.of(new DemoModels.Variant("none", "DeepMedic, no augmentation", "none", List.of()),
				new DemoModels.Variant("intensity", "DeepMedic, intensity shift/scale (DeepMedic-style)", "intensity", List.of()),
				new DemoModels.Variant("spatial", "DeepMedic, intensity + rotation/scaling", "intensity",
						List.of("rotation:rx=-15..15,ry=-15..15,rz=-15..15,p=0.5", "scaling:sx=0.85..1.15,sy=0.85..1.15,sz=0.85..1.15,p=0.5")));
		for (String mode : List.of("quick", "full")) {
			List<DemoModels.Variant> now = DemoModels.variants(Repository.path("examples/cerebellum"), mode);
			assertEquals(before, now, mode); // equal records: equal cache keys and equal --augment/--augment-step options
		}
	}

	@Test
	void everyTrainingLogLineIsPrefixed() {
		StringWriter sw = new StringWriter();
		PrintWriter p = DemoModels.prefixed(new PrintWriter(sw), "demo: model x: ");
		p.printf("a%nb%n");
		p.println("c");
		p.flush();
		assertEquals(("demo: model x: a%ndemo: model x: b%ndemo: model x: c%n").formatted(), sw.toString());
	}
}
