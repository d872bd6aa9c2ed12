// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.ModelVariant;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.editor.StudyEditor;
import org.segsense.workflows.augment.AugmentationStudyService;

/**
 * Training of the selected augmentation study: Train (a background {@link TrainingJob}; Progress view and
 * status line show it), Cancel, a status line, the live {@link LossChart}, and "Add trained variants to" a
 * study chosen among this study and the other study files of the project folder — one command, undoable in
 * whichever editor holds that study (a file no editor has open is changed and saved directly).
 */
final class TrainingSection {

	private final AugmentationPage page;
	private final Button train;
	private final Button cancel;
	private final Label status;
	private final LossChart chart;
	private final Combo target;
	private final Button addToStudy;
	private final List<Path> targets = new ArrayList<>();
	private TrainingJob job;
	private TrainingJob finished;

	TrainingSection(AugmentationPage page, FormToolkit tk, Composite body) {
		this.page = page;
		Composite c = AugmentationPage.section(tk, body, "Training",
				"Trains every variant once per seed in the background (models/STUDY/VARIANT/seed-SEED); networks already trained with the"
						+ " same settings are reused, so Train after Cancel resumes.");
		((GridData) c.getParent().getLayoutData()).horizontalSpan = 3;
		((GridData) c.getParent().getLayoutData()).grabExcessVerticalSpace = true;
		((GridData) c.getParent().getLayoutData()).verticalAlignment = SWT.FILL;
		c.setLayout(new GridLayout(6, false));
		train = AugmentationPage.button(tk, c, "Train", TrainingIds.TRAIN, this::train);
		cancel = AugmentationPage.button(tk, c, "Cancel", TrainingIds.CANCEL, () -> {
			if (job != null) {
				job.cancel();
			}
		});
		status = tk.createLabel(c, "", SWT.WRAP);
		status.setData(Ids.KEY, TrainingIds.STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tk.createLabel(c, "Add trained variants to:");
		target = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
		target.setData(Ids.KEY, TrainingIds.TARGET);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		addToStudy = AugmentationPage.button(tk, c, "Add", TrainingIds.ADD_TO_STUDY, this::addToStudy);
		addToStudy.setToolTipText("Adds the networks of the last training to the chosen study as model variants STUDY-VARIANT-sSEED.");
		chart = new LossChart(c);
		GridData cd = new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1);
		cd.heightHint = 170;
		chart.control().setLayoutData(cd);
	}

	LossChart chart() {
		return chart;
	}

	/** @return the running or last training job, or null */
	TrainingJob job() {
		return job != null ? job : finished;
	}

	private void train() {
		AugmentationStudy a = page.study();
		if (a == null || job != null) {
			return;
		}
		chart.clear();
		StudyEditor editor = page.editor();
		TrainingJob j = new TrainingJob(service(), editor.study(), editor.file(), a.getId(), new TrainingJob.Listener() {
			@Override
			public void step(String network, int iteration, int iterations, double loss) {
				chart.add(network, iteration, iterations, loss);
			}

			@Override
			public void note(String text) {
				status.getDisplay().asyncExec(() -> {
					if (!status.isDisposed()) {
						status.setText(text);
						status.getParent().layout();
					}
				});
			}
		});
		j.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				status.getDisplay().asyncExec(() -> {
					job = null;
					if (event.getResult().getSeverity() == IStatus.OK) {
						finished = j;
					}
					if (!status.isDisposed()) {
						page.refresh();
					}
				});
			}
		});
		job = j;
		status.setText("Training " + a.getId() + "\u2026");
		j.schedule();
		refresh();
	}

	private static AugmentationStudyService service() {
		BundleContext context = FrameworkUtil.getBundle(TrainingSection.class).getBundleContext();
		ServiceReference<AugmentationStudyService> ref = context == null ? null : context.getServiceReference(AugmentationStudyService.class);
		AugmentationStudyService s = ref == null ? null : context.getService(ref);
		if (s == null) {
			throw new IllegalStateException("AugmentationStudyService is not registered: the bundle org.segsense.workflows (and Felix SCR) must be started.");
		}
		return s;
	}

	private void addToStudy() {
		int i = target.getSelectionIndex();
		if (finished == null || i < 0 || i >= targets.size()) {
			return;
		}
		Path file = targets.get(i);
		List<ModelVariant> trained = finished.trained();
		StudyEditor holder = i == 0 ? page.editor() : openEditorOf(file);
		try {
			if (holder != null) {
				holder.execute(TrainedVariants.command(holder.getEditingDomain(), holder.study(), file.getParent(), trained, finished.projectDir()));
			} else {
				TrainedVariants.addToFile(file, trained, finished.projectDir());
			}
			status.setText("Added " + trained.size() + " trained variant(s) to " + file.getFileName() + (holder != null ? " (unsaved; undo with Ctrl+Z)." : "."));
		} catch (Exception e) {
			status.setText("Cannot add the trained variants to " + file + ": " + e.getMessage());
		}
	}

	private static StudyEditor openEditorOf(Path file) {
		for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage p : w.getPages()) {
				for (IEditorReference r : p.getEditorReferences()) {
					if (r.getEditor(false) instanceof StudyEditor e && e.file().equals(file.toAbsolutePath().normalize())) {
						return e;
					}
				}
			}
		}
		return null;
	}

	/** This study first, then the other study files of its folder. */
	private void refreshTargets() {
		Path own = page.editor().file().toAbsolutePath().normalize();
		List<Path> now = new ArrayList<>(List.of(own));
		try (Stream<Path> s = Files.list(own.getParent())) {
			s.filter(p -> p.getFileName().toString().endsWith(".segsense") && !p.getFileName().toString().startsWith(".") && !p.equals(own))
					.map(p -> p.toAbsolutePath().normalize()).sorted().forEach(now::add);
		} catch (IOException e) {
			// this study only
		}
		if (!now.equals(targets)) {
			int old = target.getSelectionIndex();
			targets.clear();
			targets.addAll(now);
			List<String> items = new ArrayList<>();
			items.add("this study (" + own.getFileName() + ")");
			now.subList(1, now.size()).forEach(p -> items.add(p.getFileName().toString()));
			target.setItems(items.toArray(String[]::new));
			target.select(old >= 0 && old < items.size() ? old : 0);
		}
	}

	void refresh() {
		if (train.isDisposed()) {
			return;
		}
		refreshTargets();
		train.setEnabled(job == null && page.study() != null && !page.study().getVariants().isEmpty());
		cancel.setEnabled(job != null);
		addToStudy.setEnabled(job == null && finished != null && !finished.trained().isEmpty());
	}
}
