// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.TestData;

/**
 * {@code --backend} on the image, staple and metrics commands: a DICOM folder without the SimpleITK backend and
 * an unknown backend are bad usage (exit 2) with one message naming the fix; with the SimpleITK binding (built
 * by tests/run.sh) a DICOM series folder is read and a resample runs through SimpleITK.
 */
class BackendCommandsTest {

	@TempDir
	Path dir;

	@Test
	void aFolderOnTheJavaBackendNamesTheSimpleItkBackendAndItsBuildScript() throws Exception {
		Path folder = Files.createDirectory(dir.resolve("series"));
		for (String[] args : new String[][] {{"image", "info", folder.toString()}, {"image", "resample", folder.toString(), dir.resolve("o.nii").toString()},
				{"metrics", folder.toString(), folder.toString()}}) {
			Cli.Result r = Cli.run(args);
			assertEquals(2, r.exitCode(), r::toString);
			assertTrue(r.err().contains("SimpleITK backend") && r.err().contains("releng/simpleitk/build.sh") && r.err().contains("--backend simpleitk"),
					r::toString);
		}
	}

	@Test
	void anUnknownBackendIsBadUsage() throws Exception {
		Path file = dir.resolve("a.nii");
		ImageIO.write(Image.ofUInt8(ImageGeometry.of(4, 4, 4), new byte[64]), file);
		Cli.Result r = Cli.run("image", "info", file.toString(), "--backend", "itk");
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("unknown backend 'itk'"), r::toString);
	}

	@Test
	void aDicomSeriesIsReadAndResampledThroughSimpleItk() throws Exception {
		Path folder = TestData.file("pydicom/mr700/4467").getParent();
		Cli.Result info = Cli.run("image", "info", "--json", folder.toString(), "--backend", "simpleitk");
		assertEquals(0, info.exitCode(), info::toString);
		assertTrue(info.out().replaceAll("\\s", "").contains("\"size\":[") , info::toString);
		Path out = dir.resolve("mr.nii.gz");
		Cli.Result resampled = Cli.run("image", "resample", folder.toString(), out.toString(), "--rotate", "0,0,3", "--backend", "simpleitk");
		assertEquals(0, resampled.exitCode(), resampled::toString);
		Image written = ImageIO.read(out);
		assertEquals(7, written.geometry().size(2), "the 7 slices of the series");
	}
}
