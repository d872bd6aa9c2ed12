// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.results;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.segsense.engine.JobReplay;
import org.segsense.image.Image;
import org.segsense.ui.viewer.ImageViewer;

/**
 * One job of a run, recomputed by {@link JobReplay} (the run's own job path, bit-identical prediction): the image
 * viewer shows the network's input (the perturbed channel 0; first the unperturbed input when the job evaluated on the
 * input grid, {@code mapPredictionBack}; a chooser switches between the two) with the agreement of prediction and reference as an overlay —
 * {@value #AGREE} green where both have the same non-zero label, {@value #PREDICTION_ONLY} red where the prediction
 * says a label the reference does not, {@value #REFERENCE_ONLY} blue where the reference has a label the prediction
 * missed — and beside it the job's stored metrics. Widget data {@value #KEY}: this composite.
 */
final class JobView extends SashForm {

	static final String KEY = "segsense.results.job";
	static final int AGREE = 1, PREDICTION_ONLY = 2, REFERENCE_ONLY = 3;
	private static final Map<Integer, RGB> COLOURS = Map.of(AGREE, new RGB(40, 200, 60), PREDICTION_ONLY, new RGB(230, 40, 40), REFERENCE_ONLY,
			new RGB(50, 110, 255));

	private final ImageViewer viewer;
	private final Label title;
	private final Table metrics;
	private final org.eclipse.swt.widgets.Combo background;
	private Image overlay;
	private JobReplay.Images shown;

	JobView(Composite parent) {
		super(parent, SWT.HORIZONTAL);
		setData(KEY, this);
		viewer = new ImageViewer(this, SWT.NONE);
		Composite side = new Composite(this, SWT.NONE);
		side.setLayout(new GridLayout(1, false));
		title = new Label(side, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		background = new org.eclipse.swt.widgets.Combo(side, SWT.READ_ONLY | SWT.DROP_DOWN);
		background.setItems("Perturbed input (the network's input)", "Input (unperturbed)");
		background.select(0);
		background.setData(KEY + ".background", Boolean.TRUE);
		background.addListener(SWT.Selection, e -> showBackground());
		Label legend = new Label(side, SWT.WRAP);
		legend.setText("Overlay: green = prediction and reference agree, red = predicted only, blue = in the reference only (missed).");
		legend.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		metrics = new Table(side, SWT.BORDER | SWT.FULL_SELECTION);
		metrics.setHeaderVisible(false);
		metrics.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new TableColumn(metrics, SWT.LEFT).setText("column");
		new TableColumn(metrics, SWT.RIGHT).setText("value");
		setWeights(70, 30);
	}

	/** Shows a recomputed job with its row of the jobs table and a note (null: none) above its metrics (call on the UI thread). */
	void show(JobReplay.Images images, List<String> columns, String[] cells, String note) {
		shown = images;
		setData(KEY + ".images", images);
		background.select("mapPredictionBack".equals(images.evaluation()) || images.perturbed().isEmpty() ? 1 : 0);
		overlay = agreement(images.prediction(), images.reference());
		setData(KEY + ".overlay", overlay);
		showBackground();
		title.setText(images.jobKey() + " (evaluation: " + images.evaluation() + ")" + (note == null ? "" : "\n" + note));
		setData(KEY + ".note", note);
		metrics.removeAll();
		for (int c = 0; c < columns.size(); c++) {
			new TableItem(metrics, SWT.NONE).setText(new String[] { columns.get(c), cells[c] });
		}
		for (TableColumn c : metrics.getColumns()) {
			c.pack();
		}
		title.getParent().layout(true, true);
	}

	private void showBackground() {
		if (shown != null) {
			Image image = background.getSelectionIndex() == 0 && !shown.perturbed().isEmpty() ? shown.perturbed().get(0) : shown.input().get(0);
			Image labels = overlay;
			viewer.setImage(image).thenRun(() -> viewer.setLabels(labels, COLOURS));
		}
	}

	/** @return the overlay: {@link #AGREE}, {@link #PREDICTION_ONLY}, {@link #REFERENCE_ONLY} or 0, on the prediction's grid */
	static Image agreement(Image prediction, Image reference) {
		int n = (int) prediction.voxelCount();
		byte[] v = new byte[n];
		for (int i = 0; i < n; i++) {
			int p = (int) prediction.getDouble(i, 0), r = (int) reference.getDouble(i, 0);
			v[i] = (byte) (p != 0 && p == r ? AGREE : p != 0 ? PREDICTION_ONLY : r != 0 ? REFERENCE_ONLY : 0);
		}
		return Image.ofUInt8(prediction.geometry(), v);
	}

	/** @return the overlay shown, or null */
	Image overlay() {
		return overlay;
	}

	/** @return the viewer */
	ImageViewer viewer() {
		return viewer;
	}
}
