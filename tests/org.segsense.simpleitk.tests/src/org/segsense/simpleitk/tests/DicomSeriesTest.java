// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;
import org.segsense.simpleitk.SimpleItkBackend;
import org.segsense.testing.FlatJson;
import org.segsense.testing.ProgramOutput;
import org.segsense.testing.Programs;
import org.segsense.testing.ReferencePrograms;
import org.segsense.testing.TestData;

/**
 * DICOM input through the SimpleITK backend, on Debian's python3-pydicom test files, against ITK 5.2 itself
 * (tests/itk-reference/dicom/dicom_series_info: GDCMSeriesFileNames + ImageSeriesReader + GDCMImageIO):
 * the series UIDs of a folder, the geometry (≤ 1e-9) and the sum of the voxels of the series read (a 7-slice
 * oblique MR series); a folder with several series needs {@code DIR#UID}, and the error lists the UIDs.
 */
@Tag("itk")
class DicomSeriesTest {

	private final SimpleItkBackend sitk = new SimpleItkBackend();

	private static FlatJson reference(Path folder, String uid) {
		Path exe = ReferencePrograms.ALGORITHMS.program("dicom/dicom_series_info");
		List<String> cmd = uid == null ? List.of(exe.toString(), folder.toString()) : List.of(exe.toString(), folder.toString(), uid);
		ProgramOutput out = Programs.run(cmd, Map.of(), Duration.ofMinutes(2));
		assertEquals(0, out.exitCode(), out::stderr);
		return FlatJson.parse(out.stdout());
	}

	private static void assertLikeItk(FlatJson ref, Image image, String what) {
		assertArrayEquals(ref.longs("size"), image.geometry().size(), what + ": size");
		assertArrayEquals(ref.doubles("spacing"), image.geometry().spacing(), 1e-9, what + ": spacing");
		assertArrayEquals(ref.doubles("origin"), image.geometry().origin(), 1e-9, what + ": origin");
		assertArrayEquals(ref.doubles("direction"), image.geometry().direction(), 1e-9, what + ": direction");
		double sum = 0;
		for (long i = 0; i < image.voxelCount(); i++) {
			sum += image.getDouble(i, 0);
		}
		assertEquals(ref.number("sum").doubleValue(), sum, 1e-9 * Math.max(1, Math.abs(sum)), what + ": sum of the voxels");
	}

	@Test
	void aSeriesFolderIsReadWithItksGeometry() throws Exception {
		Path folder = TestData.file("pydicom/mr700/4467").getParent();
		FlatJson ref = reference(folder, null);
		Image image = sitk.read(folder);
		assertTrue(image.geometry().size(2) > 1, "a 3-D series: " + image.geometry());
		assertEquals(ref.number("files").longValue(), image.geometry().size(2), "one slice per file");
		assertLikeItk(ref, image, folder.toString());
	}

	@Test
	void aFolderWithSeveralSeriesNeedsTheUidAndTheErrorListsThem() throws Exception {
		Path folder = TestData.file("pydicom/mixed/4919").getParent();
		String[] uids = reference(folder, null).string("seriesIds").split(" ");
		assertTrue(uids.length >= 2, "several series in the folder (MR1 and MR2 of pydicom's dicomdirtests hold 6)");
		ImageFormatException e = assertThrows(ImageFormatException.class, () -> sitk.read(folder));
		assertTrue(e.getMessage().contains(uids[0]) && e.getMessage().contains(uids[1]) && e.getMessage().contains("#"), e.getMessage());
		for (String uid : uids) {
			Image image = sitk.read(Path.of(folder + "#" + uid));
			assertLikeItk(reference(folder, uid), image, folder + "#" + uid);
		}
		ImageFormatException unknown = assertThrows(ImageFormatException.class, () -> sitk.read(Path.of(folder + "#1.2.3")));
		assertTrue(unknown.getMessage().contains("no DICOM series with UID 1.2.3"), unknown.getMessage());
	}

	@Test
	void aSingleDicomFileIsReadAsItsSeries() throws Exception {
		Path file = TestData.file("pydicom/CT_small.dcm");
		Image image = sitk.read(file);
		assertEquals(128, image.geometry().size(0));
		assertEquals(128, image.geometry().size(1));
		// the pydicom folder holds CT_small.dcm and MR_small.dcm: two series, CT first or second
		for (String uid : reference(file.getParent(), null).string("seriesIds").split(" ")) {
			FlatJson ref = reference(file.getParent(), uid);
			if (ref.longs("size")[0] == 128) {
				assertLikeItk(ref, image, file.toString());
				return;
			}
		}
		throw new AssertionError("ITK found no 128x128 series next to " + file);
	}
}
