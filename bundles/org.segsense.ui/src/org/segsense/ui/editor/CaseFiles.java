// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageHeader;
import org.segsense.image.io.ImageIO;
import org.segsense.model.Case;
import org.segsense.model.FileReference;
import org.segsense.model.ImageChannel;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.ui.projects.CasePairing;

/**
 * New cases for the Data page, from image files the user picked or a folder paired by {@link CasePairing}.
 * <p>
 * Conventions: the files are <em>referenced</em> where they are, not copied: a file inside the study's folder is
 * written as a path relative to it ({@code images/c1.nii.gz}, '/' separated), any other file by its absolute path
 * (validation then warns that the study is not portable). Every file is checked by reading its image header; a
 * file that cannot be read, an empty or duplicate case id, or channel names that do not match the channels are
 * refused with one message naming the file or id, the problem and the fix ({@link IllegalArgumentException}),
 * and nothing is added.
 */
final class CaseFiles {

	private CaseFiles() {
	}

	/** @return how the study refers to {@code file}: relative to {@code studyDir} when inside it, else absolute */
	static String reference(Path studyDir, Path file) {
		Path f = file.toAbsolutePath().normalize();
		Path d = studyDir.toAbsolutePath().normalize();
		if (f.startsWith(d)) {
			return d.relativize(f).toString().replace('\\', '/');
		}
		return f.toString();
	}

	/** @return the file a study path refers to */
	static Path resolve(Path studyDir, String path) {
		return studyDir.resolve(path).toAbsolutePath().normalize();
	}

	/** Reads the header of {@code file}; an unreadable file is refused naming its role and the fix. */
	static ImageHeader check(Path file, String role) {
		if (!java.nio.file.Files.isRegularFile(file)) {
			throw new IllegalArgumentException("The " + role + " " + file + " does not exist" + (java.nio.file.Files.isDirectory(file) ? " as a file"
					: "") + ". Choose an existing NIfTI, MetaImage or NRRD file.");
		}
		try {
			return ImageIO.readHeader(file);
		} catch (ImageFormatException | IOException | RuntimeException e) {
			throw new IllegalArgumentException("The " + role + " " + file + " cannot be read as an image (" + e.getMessage()
					+ "). Choose a readable NIfTI (.nii, .nii.gz), MetaImage (.mha, .mhd) or NRRD (.nrrd, .nhdr) file.", e);
		}
	}

	/**
	 * A new case from picked files, checked.
	 *
	 * @param names the channels' names, one per channel
	 * @param label the label map, or null
	 * @param roi the ROI mask, or null
	 */
	static Case newCase(Study study, Path studyDir, String id, List<Path> channels, List<String> names, Path label, Path roi) {
		String caseId = id == null ? "" : id.trim();
		if (caseId.isEmpty()) {
			throw new IllegalArgumentException("The case has no id: type one (e.g. the subject's code).");
		}
		checkNewId(study, caseId, null);
		if (channels.isEmpty()) {
			throw new IllegalArgumentException("Case " + caseId + " has no image channel: choose at least one image file.");
		}
		if (names.size() != channels.size() || names.stream().distinct().count() != names.size() || names.contains("")) {
			throw new IllegalArgumentException("Case " + caseId + " has " + channels.size() + " channel file(s) but the channel names "
					+ names + ": give one distinct name per channel, in the order of the files (e.g. t1, flair).");
		}
		for (Path c : channels) {
			check(c, "channel image");
		}
		if (label != null) {
			check(label, "label map");
		}
		if (roi != null) {
			check(roi, "ROI mask");
		}
		Case c = SegsenseFactory.eINSTANCE.createCase();
		c.setId(caseId);
		for (int i = 0; i < channels.size(); i++) {
			ImageChannel ch = SegsenseFactory.eINSTANCE.createImageChannel();
			ch.setName(names.get(i));
			ch.setPath(reference(studyDir, channels.get(i)));
			c.getChannels().add(ch);
		}
		c.setLabelImage(label == null ? null : ref(studyDir, label));
		c.setRoiMask(roi == null ? null : ref(studyDir, roi));
		return c;
	}

	/** New cases from paired files (one channel named {@code channel}), checked; nothing when one is refused. */
	static List<Case> imported(Study study, Path studyDir, List<CasePairing.PairedCase> pairs, String channel) {
		String name = channel == null || channel.isBlank() ? "image" : channel.trim();
		List<Case> cases = new ArrayList<>();
		for (CasePairing.PairedCase p : pairs) {
			checkNewId(study, p.id(), p.image());
			cases.add(newCase(study, studyDir, p.id(), List.of(p.image()), List.of(name), p.label().orElse(null), p.roi().orElse(null)));
		}
		return cases;
	}

	private static void checkNewId(Study study, String id, Path file) {
		if (study.getCases().stream().anyMatch(c -> id.equals(c.getId()))) {
			throw new IllegalArgumentException("The study already has a case " + id + (file == null ? "" : " (from " + file + ")")
					+ ": give another id" + (file == null ? "" : " by renaming the file") + ", or remove the existing case first.");
		}
	}

	private static FileReference ref(Path studyDir, Path file) {
		FileReference r = SegsenseFactory.eINSTANCE.createFileReference();
		r.setPath(reference(studyDir, file));
		return r;
	}

	/** @return the first channel's file of {@code c}, if any */
	static Optional<Path> firstChannel(Path studyDir, Case c) {
		return c.getChannels().stream().filter(ch -> ch.getPath() != null && !ch.getPath().isBlank()).findFirst()
				.map(ch -> resolve(studyDir, ch.getPath()));
	}
}
