// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.model.AugmentationStep;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.Case;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.ui.editor.Ids;

/**
 * The preview grid: {@value #COUNT} random samples ({@link AugmentationSamples}) of the selected variant's
 * catalogue steps on a chosen case, drawn with the variant's seed in a background job, each shown as its middle
 * axial slice with the labels tinted and the steps that were applied beneath it.
 */
final class SamplesSection {

	static final int COUNT = 8;
	static final int PIXELS = 120;

	private final AugmentationPage page;
	private final FormToolkit tk;
	private final Combo cases;
	private final Button show;
	private final Label status;
	private final Composite grid;
	private final List<org.eclipse.swt.graphics.Image> images = new ArrayList<>();
	private volatile Job job;

	SamplesSection(AugmentationPage page, FormToolkit tk, Composite body) {
		this.page = page;
		this.tk = tk;
		Composite c = AugmentationPage.section(tk, body, "Augmentation samples",
				"Random samples of the selected variant's catalogue steps on a whole case (training perturbs patches; the built-in presets are not shown).");
		((GridData) c.getParent().getLayoutData()).horizontalSpan = 3;
		c.setLayout(new GridLayout(4, false));
		tk.createLabel(c, "Case:");
		cases = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
		cases.setData(Ids.KEY, TrainingIds.SAMPLE_CASE);
		show = AugmentationPage.button(tk, c, "Show samples", TrainingIds.SHOW_SAMPLES, this::show);
		status = tk.createLabel(c, "", SWT.WRAP);
		status.setData(Ids.KEY, TrainingIds.SAMPLES_STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		grid = tk.createComposite(c);
		grid.setData(Ids.KEY, TrainingIds.SAMPLES);
		grid.setLayout(new GridLayout(COUNT, true));
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1));
		grid.addListener(SWT.Dispose, e -> images.forEach(org.eclipse.swt.graphics.Image::dispose));
	}

	private List<Case> caseList() {
		return page.editor().study().getCases().stream().filter(x -> !x.getChannels().isEmpty()).toList();
	}

	private void show() {
		AugmentationVariant v = page.variant();
		int i = cases.getSelectionIndex();
		List<Case> all = caseList();
		if (v == null || i < 0 || i >= all.size() || job != null) {
			return;
		}
		Case c = all.get(i);
		Path project = page.editor().file().getParent();
		Path channel = project.resolve(c.getChannels().get(0).getPath());
		Path labels = c.getLabelImage() == null ? null : project.resolve(c.getLabelImage().getPath());
		List<AugmentationStep> steps = v.getAugmentation() == null ? List.of() : new ArrayList<>(EcoreUtil.copyAll(v.getAugmentation().getSteps()));
		long seed = v.getSeed();
		PerturbationCatalog catalog = page.editor().catalog();
		status.setText("Drawing " + COUNT + " samples of " + c.getId() + "\u2026");
		Job j = new Job("Augmentation samples of " + c.getId()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Image im = ImageIO.read(channel);
					Image lab = labels == null ? null : ImageIO.read(labels);
					double[] w = AugmentationSamples.window(im);
					List<AugmentationSamples.Sample> samples = AugmentationSamples.draw(im, lab, steps, catalog, seed, COUNT);
					List<ImageData> data = new ArrayList<>();
					List<String> captions = new ArrayList<>();
					for (AugmentationSamples.Sample s : samples) {
						data.add(AugmentationSamples.slice(s.image(), s.labels(), w[0], w[1]).scaledTo(PIXELS, PIXELS));
						captions.add(s.applied().isEmpty() ? "unchanged" : String.join(" + ", s.applied()));
					}
					grid.getDisplay().asyncExec(() -> shown(data, captions, c.getId() + ", seed " + seed + " onwards"));
					return Status.OK_STATUS;
				} catch (Exception | OutOfMemoryError e) {
					String msg = channel + ": cannot draw augmentation samples (" + e.getMessage() + ").";
					grid.getDisplay().asyncExec(() -> shown(List.of(), List.of(), msg));
					return Status.OK_STATUS;
				} finally {
					job = null;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == AugmentationPage.TRAINING_FAMILY;
			}
		};
		job = j;
		j.schedule();
	}

	private void shown(List<ImageData> data, List<String> captions, String text) {
		if (grid.isDisposed()) {
			return;
		}
		for (Control child : grid.getChildren()) {
			child.dispose();
		}
		images.forEach(org.eclipse.swt.graphics.Image::dispose);
		images.clear();
		for (int k = 0; k < data.size(); k++) {
			Composite cell = tk.createComposite(grid);
			cell.setLayout(new GridLayout(1, false));
			Label pic = tk.createLabel(cell, "");
			org.eclipse.swt.graphics.Image img = new org.eclipse.swt.graphics.Image(grid.getDisplay(), data.get(k));
			images.add(img);
			pic.setImage(img);
			pic.setData(Ids.KEY, TrainingIds.SAMPLE + k);
			Label caption = tk.createLabel(cell, captions.get(k), SWT.WRAP);
			GridData cd = new GridData(SWT.FILL, SWT.TOP, true, false);
			cd.widthHint = PIXELS;
			caption.setLayoutData(cd);
		}
		status.setText(text);
		Composite body = page.getManagedForm().getForm().getBody();
		for (Composite c = grid; c != null && c != body; c = c.getParent()) {
			c.layout(true, true); // the section caches its client's size
		}
		page.getManagedForm().getForm().reflow(true);
		page.getManagedForm().getForm().showControl(grid);
	}

	/** @return the images the grid shows (for tests) */
	List<ImageData> shownImages() {
		return images.stream().map(org.eclipse.swt.graphics.Image::getImageData).toList();
	}

	void refresh() {
		List<Case> all = caseList();
		String[] items = all.stream().map(Case::getId).toArray(String[]::new);
		if (!java.util.Arrays.equals(items, cases.getItems())) {
			int old = cases.getSelectionIndex();
			cases.setItems(items);
			cases.select(old >= 0 && old < items.length ? old : 0);
		}
		show.setEnabled(page.variant() != null && items.length > 0);
	}
}
