// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Pairs the image files of a folder into cases by a filename pattern.
 * <p>
 * Conventions: an image file is a {@code .nii}, {@code .nii.gz}, {@code .mha}, {@code .mhd}, {@code .nrrd} or
 * {@code .nhdr} file directly in the folder (other files and subfolders are ignored). Its name without the
 * extension is {@code CASE + SUFFIX}, where the suffix is one of the pattern's three: the image (required), the
 * label map (required when {@link Pattern#labelRequired()}) and the ROI mask (optional, may be empty to not
 * look for ROI masks). The longest matching suffix wins. An image file that matches no suffix, a label map or
 * ROI mask without its image, or an image without its required label map is an unpaired file: {@link #pair}
 * refuses the whole folder, naming every unpaired file and the fix, and imports nothing.
 */
public final class CasePairing {

	private static final List<String> EXTENSIONS = List.of(".nii.gz", ".nii", ".mha", ".mhd", ".nrrd", ".nhdr");

	/** The filename pattern: {@code CASE + imageSuffix}, {@code CASE + labelSuffix}, {@code CASE + roiSuffix}. */
	public record Pattern(String imageSuffix, String labelSuffix, String roiSuffix, boolean labelRequired) {

		/** {@code case_image.nii.gz}, {@code case_label.nii.gz}, {@code case_roi.nii.gz}. */
		public static final Pattern DEFAULT = new Pattern("_image", "_label", "_roi", true);

		public Pattern {
			imageSuffix = imageSuffix == null ? "" : imageSuffix.trim();
			labelSuffix = labelSuffix == null ? "" : labelSuffix.trim();
			roiSuffix = roiSuffix == null ? "" : roiSuffix.trim();
			if (imageSuffix.isEmpty() || labelSuffix.isEmpty()) {
				throw new IllegalArgumentException("the image and label-map suffixes must not be empty (e.g. _image and _label)");
			}
			if (imageSuffix.equals(labelSuffix) || imageSuffix.equals(roiSuffix) || labelSuffix.equals(roiSuffix)) {
				throw new IllegalArgumentException("the image, label-map and ROI suffixes must differ");
			}
		}

		/** @return how the pattern reads, e.g. {@code CASE_image.*, CASE_label.*, CASE_roi.*} */
		public String describe() {
			return "CASE" + imageSuffix + ".*, CASE" + labelSuffix + ".*" + (roiSuffix.isEmpty() ? "" : ", CASE" + roiSuffix + ".*");
		}
	}

	/** One case: its id and files; {@code label} and {@code roi} may be absent. */
	public record PairedCase(String id, Path image, Optional<Path> label, Optional<Path> roi) {
	}

	private CasePairing() {
	}

	/**
	 * @return the cases of {@code folder}, sorted by id
	 * @throws IllegalArgumentException with one message naming the folder, every unpaired file and the fix
	 */
	public static List<PairedCase> pair(Path folder, Pattern pattern) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException(folder + " is not a folder: choose the folder that holds the case images.");
		}
		Map<String, Path[]> byCase = new TreeMap<>();
		List<String> unpaired = new ArrayList<>();
		for (Path file : imageFiles(folder)) {
			String stem = stem(file.getFileName().toString());
			int role = role(stem, pattern);
			if (role < 0) {
				unpaired.add(file.getFileName() + " (matches none of " + pattern.describe() + ")");
				continue;
			}
			String suffix = role == 0 ? pattern.imageSuffix() : role == 1 ? pattern.labelSuffix() : pattern.roiSuffix();
			String id = stem.substring(0, stem.length() - suffix.length());
			Path[] files = byCase.computeIfAbsent(id, k -> new Path[3]);
			if (files[role] != null) {
				unpaired.add(file.getFileName() + " (case " + id + " already has " + files[role].getFileName() + ")");
				continue;
			}
			files[role] = file;
		}
		List<PairedCase> cases = new ArrayList<>();
		byCase.forEach((id, files) -> {
			if (files[0] == null) {
				for (Path f : files) {
					if (f != null) {
						unpaired.add(f.getFileName() + " (no image " + id + pattern.imageSuffix() + ".*)");
					}
				}
			} else if (files[1] == null && pattern.labelRequired()) {
				unpaired.add(files[0].getFileName() + " (no label map " + id + pattern.labelSuffix() + ".*)");
			} else {
				cases.add(new PairedCase(id, files[0], Optional.ofNullable(files[1]), Optional.ofNullable(files[2])));
			}
		});
		if (!unpaired.isEmpty()) {
			throw new IllegalArgumentException(folder + " has unpaired files for the pattern " + pattern.describe() + ": "
					+ String.join("; ", unpaired) + ". Rename or remove them, or change the pattern; nothing was imported.");
		}
		if (cases.isEmpty()) {
			throw new IllegalArgumentException(folder + " holds no NIfTI, MetaImage or NRRD files: choose the folder that holds the case images.");
		}
		return cases;
	}

	private static List<Path> imageFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).filter(f -> extension(f.getFileName().toString()) != null).sorted().toList();
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot list " + folder + ": " + e.getMessage() + ". Check that the folder is readable.", e);
		}
	}

	private static int role(String stem, Pattern p) {
		String[] suffixes = {p.imageSuffix(), p.labelSuffix(), p.roiSuffix()};
		int best = -1;
		for (int i = 0; i < 3; i++) {
			String s = suffixes[i];
			if (!s.isEmpty() && stem.endsWith(s) && stem.length() > s.length() && (best < 0 || s.length() > suffixes[best].length())) {
				best = i;
			}
		}
		return best;
	}

	static String extension(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return EXTENSIONS.stream().filter(lower::endsWith).findFirst().orElse(null);
	}

	static String stem(String name) {
		return name.substring(0, name.length() - extension(name).length());
	}
}
