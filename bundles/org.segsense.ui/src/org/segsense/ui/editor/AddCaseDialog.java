// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.segsense.model.Case;
import org.segsense.model.Study;

/**
 * Add Case: an id, the channel image files (one per line, in the model's channel order) with their names, a
 * label map and an optional ROI mask; checked by {@link CaseFiles#newCase} when OK is pressed. A relative path typed
 * here is relative to the study's folder.
 */
final class AddCaseDialog extends CaseDialog<Case> {

	private final Study study;
	private final Path studyDir;
	private final String defaultNames;
	private Text id;
	private Text channels;
	private Text names;
	private Text label;
	private Text roi;

	AddCaseDialog(Shell parent, Study study, Path studyDir) {
		super(parent, "Add Case", Ids.CASE_DIALOG);
		this.study = study;
		this.studyDir = studyDir;
		defaultNames = study.getCases().isEmpty() ? "image"
				: String.join(", ", study.getCases().get(0).getChannels().stream().map(c -> c.getName() == null ? "" : c.getName()).toList());
	}

	@Override
	void createFields(Composite grid) {
		id = field(grid, "Case id:", "Unique in the study; empty: the first channel file's name.", Ids.CASE_ID, SWT.SINGLE);
		filler(grid);
		channels = field(grid, "Channel images:", "One image file per line, in the order the models expect their channels.", Ids.CASE_CHANNELS,
				SWT.MULTI | SWT.V_SCROLL);
		browse(grid, channels, false, true, studyDir::toString);
		names = field(grid, "Channel names:", "One name per channel, separated by commas (as the other cases name them).",
				Ids.CASE_CHANNEL_NAMES, SWT.SINGLE);
		names.setText(defaultNames);
		filler(grid);
		label = field(grid, "Label map:", "The ground-truth label map (optional: studies with a consensus reference need none).",
				Ids.CASE_LABEL, SWT.SINGLE);
		browse(grid, label, false, false, studyDir::toString);
		roi = field(grid, "ROI mask:", "Optional region-of-interest mask: metrics are computed inside it.", Ids.CASE_ROI, SWT.SINGLE);
		browse(grid, roi, false, false, studyDir::toString);
	}

	@Override
	Case accept() {
		List<Path> files = Arrays.stream(channels.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).map(studyDir::resolve).toList();
		List<String> channelNames = Arrays.stream(names.getText().split(",")).map(String::strip).toList();
		String caseId = id.getText().strip();
		if (caseId.isEmpty() && !files.isEmpty()) {
			caseId = stem(files.get(0).getFileName().toString());
		}
		return CaseFiles.newCase(study, studyDir, caseId, files, channelNames, file(label), file(roi));
	}

	/** @return the file typed in {@code t} (relative: to the study's folder), or null when empty */
	private Path file(Text t) {
		String s = t.getText().strip();
		return s.isEmpty() ? null : studyDir.resolve(s);
	}

	private static String stem(String name) {
		for (String ext : List.of(".nii.gz", ".nii", ".mha", ".mhd", ".nrrd", ".nhdr")) {
			if (name.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
				return name.substring(0, name.length() - ext.length());
			}
		}
		return name;
	}
}
