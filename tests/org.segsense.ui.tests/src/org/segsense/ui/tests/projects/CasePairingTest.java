// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.ui.projects.CasePairing;
import org.segsense.ui.projects.CasePairing.Pattern;

/** Pairing of case files by a filename pattern: suffixes, extensions, optional ROI, refusals. */
class CasePairingTest {

	@TempDir
	Path dir;

	private void files(String... names) throws Exception {
		for (String n : names) {
			Files.writeString(dir.resolve(n), n);
		}
	}

	@Test
	void pairsByCustomSuffixesAcrossFormatsAndPrefersTheLongestSuffix() throws Exception {
		// "_seg" and "_brain_seg": the longer suffix wins, so "a_brain_seg" is case a's ROI, not case "a_brain"'s label.
		files("a_t1.nii", "a_seg.nii", "a_brain_seg.nii", "b_t1.nhdr", "b_seg.nrrd", "README.md");
		Files.createDirectories(dir.resolve("sub"));
		List<CasePairing.PairedCase> cases = CasePairing.pair(dir, new Pattern("_t1", "_seg", "_brain_seg", true));
		assertEquals(2, cases.size());
		assertEquals(new CasePairing.PairedCase("a", dir.resolve("a_t1.nii"), Optional.of(dir.resolve("a_seg.nii")),
				Optional.of(dir.resolve("a_brain_seg.nii"))), cases.get(0));
		assertEquals(new CasePairing.PairedCase("b", dir.resolve("b_t1.nhdr"), Optional.of(dir.resolve("b_seg.nrrd")), Optional.empty()),
				cases.get(1));
	}

	@Test
	void refusesFilesThatMatchNoSuffixAndDuplicateRoles() throws Exception {
		files("a_image.nii.gz", "a_label.nii.gz", "a_image.mha", "scan.nii");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CasePairing.pair(dir, Pattern.DEFAULT));
		assertTrue(e.getMessage().contains("scan.nii (matches none of CASE_image.*, CASE_label.*, CASE_roi.*)"), e.getMessage());
		assertTrue(e.getMessage().contains("case a already has"), e.getMessage());
	}

	@Test
	void refusesAnEmptyFolderAMissingFolderAndEqualSuffixes() throws Exception {
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CasePairing.pair(dir, Pattern.DEFAULT)).getMessage()
				.contains("holds no NIfTI"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CasePairing.pair(dir.resolve("x"), Pattern.DEFAULT)).getMessage()
				.contains("is not a folder"));
		assertThrows(IllegalArgumentException.class, () -> new Pattern("_a", "_a", "", true));
		assertThrows(IllegalArgumentException.class, () -> new Pattern("_a", " ", "", true));
	}
}
