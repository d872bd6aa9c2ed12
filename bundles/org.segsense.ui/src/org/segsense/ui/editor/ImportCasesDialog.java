// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.segsense.model.Case;
import org.segsense.model.Study;
import org.segsense.ui.projects.CasePairing;

/**
 * Import Cases: a folder whose image files {@link CasePairing} pairs into cases by a name pattern
 * ({@code CASE_image}, {@code CASE_label}, {@code CASE_roi} by default), one channel named as the user says.
 * The cases found are listed as the user types; OK adds them all or, when one is refused (unpaired file,
 * unreadable file, id already in the study), none.
 */
final class ImportCasesDialog extends CaseDialog<List<Case>> {

	private final Study study;
	private final Path studyDir;
	private Text folder;
	private Text image;
	private Text label;
	private Text roi;
	private Text channel;
	private Label found;

	ImportCasesDialog(Shell parent, Study study, Path studyDir) {
		super(parent, "Import Cases", Ids.IMPORT_DIALOG);
		this.study = study;
		this.studyDir = studyDir;
	}

	@Override
	void createFields(Composite grid) {
		folder = field(grid, "Folder:", "The folder that holds the case images (its subfolders are not searched).", Ids.IMPORT_FOLDER, SWT.SINGLE);
		browse(grid, folder, true, false, studyDir::toString);
		CasePairing.Pattern p = CasePairing.Pattern.DEFAULT;
		image = field(grid, "Image suffix:", "CASE + this suffix + .nii.gz (or another image extension) is the case's image.",
				Ids.IMPORT_IMAGE_SUFFIX, SWT.SINGLE);
		image.setText(p.imageSuffix());
		filler(grid);
		label = field(grid, "Label-map suffix:", "CASE + this suffix is the case's label map (required).", Ids.IMPORT_LABEL_SUFFIX, SWT.SINGLE);
		label.setText(p.labelSuffix());
		filler(grid);
		roi = field(grid, "ROI suffix:", "CASE + this suffix is the case's ROI mask (optional; empty: no ROI masks).", Ids.IMPORT_ROI_SUFFIX,
				SWT.SINGLE);
		roi.setText(p.roiSuffix());
		filler(grid);
		channel = field(grid, "Channel name:", "The name of the image channel.", Ids.IMPORT_CHANNEL, SWT.SINGLE);
		channel.setText(study.getCases().isEmpty() || study.getCases().get(0).getChannels().isEmpty() ? "image"
				: study.getCases().get(0).getChannels().get(0).getName());
		filler(grid);
		found = new Label(grid, SWT.WRAP);
		found.setData(Ids.KEY, Ids.IMPORT_FOUND);
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		gd.widthHint = 560;
		found.setLayoutData(gd);
		for (Text t : new Text[] {folder, image, label, roi}) {
			t.addListener(SWT.Modify, e -> preview());
		}
		preview();
	}

	private List<CasePairing.PairedCase> pairs() {
		String dir = folder.getText().strip();
		if (dir.isEmpty()) {
			throw new IllegalArgumentException("Choose the folder that holds the case images.");
		}
		CasePairing.Pattern pattern;
		try {
			pattern = new CasePairing.Pattern(image.getText(), label.getText(), roi.getText(), true);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("The pattern is not usable: " + e.getMessage() + ".", e);
		}
		return CasePairing.pair(studyDir.resolve(dir), pattern); // a relative folder: relative to the study's folder
	}

	private void preview() {
		try {
			List<CasePairing.PairedCase> pairs = pairs();
			found.setText(pairs.size() + (pairs.size() == 1 ? " case: " : " cases: ")
					+ String.join(", ", pairs.stream().map(CasePairing.PairedCase::id).toList()));
			showError(null);
		} catch (IllegalArgumentException e) {
			found.setText("");
			if (!folder.getText().isBlank()) {
				showError(e.getMessage());
			}
		}
	}

	@Override
	List<Case> accept() {
		return CaseFiles.imported(study, studyDir, pairs(), channel.getText());
	}
}
