// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;

/**
 * {@code image info} reads the header only: it describes an image whose data file is missing, refuses a
 * header naming data outside its folder unless {@code --allow-external-data}, and refuses a FIFO at once.
 */
class ImageInfoHeaderOnlyTest {

	@TempDir
	Path dir;

	@AfterEach
	void clearAllowance() {
		System.clearProperty(ImageIO.ALLOW_EXTERNAL_DATA_PROPERTY);
	}

	@Test
	void infoDescribesAHeaderWhoseDataFileIsMissing() throws Exception {
		Path nhdr = dir.resolve("a.nhdr");
		ImageIO.write(Image.ofUInt8(ImageGeometry.of(7, 6, 5), new byte[210]), nhdr);
		Files.delete(dir.resolve("a.raw"));
		Cli.Result r = Cli.run("image", "info", "--json", nhdr.toString());
		assertEquals(0, r.exitCode(), r::toString);
		assertTrue(r.out().replaceAll("\\s", "").contains("\"size\":[7,6,5]"), r::toString);
	}

	@Test
	void infoRefusesExternalDataUnlessAllowed() throws Exception {
		Path outside = dir.resolve("outside");
		Files.createDirectories(outside);
		ImageIO.write(Image.ofUInt8(ImageGeometry.of(7, 6, 5), new byte[210]), outside.resolve("b.mhd"));
		Path folder = dir.resolve("h");
		Files.createDirectories(folder);
		Path mhd = folder.resolve("b.mhd");
		Files.writeString(mhd, Files.readString(outside.resolve("b.mhd"), StandardCharsets.ISO_8859_1)
				.replace("ElementDataFile = b.raw", "ElementDataFile = ../outside/b.raw"), StandardCharsets.ISO_8859_1);
		Cli.Result refused = Cli.run("image", "info", mhd.toString());
		assertEquals(2, refused.exitCode(), refused::toString);
		assertTrue(refused.err().contains(mhd.toString()) && refused.err().contains("outside the header's folder")
				&& refused.err().contains(ImageIO.ALLOW_EXTERNAL_DATA_ENV), refused::toString);
		Cli.Result allowed = Cli.run("image", "info", "--allow-external-data", mhd.toString());
		assertEquals(0, allowed.exitCode(), allowed::toString);
	}

	@Test
	void infoRefusesAFifoWithoutBlocking() throws Exception {
		Path fifo = dir.resolve("pipe.nii.gz");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("image", "info", fifo.toString()));
		assertEquals(2, r.exitCode(), r::toString);
		assertTrue(r.err().contains("not a regular file"), r::toString);
	}
}
