// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.model.PerturbationAxis;
import org.segsense.ui.preview.PerturbationPreview;
import org.segsense.workflows.preview.PreviewService;
import org.segsense.workflows.preview.PreviewServiceImpl;

/**
 * The live preview of the Perturbations page: a {@link PerturbationPreview} of the editor's study <em>as edited</em>
 * (saved or not) for the page's selected axis, with its own case chooser and a slider over the axis' sweep values.
 * The page calls {@link #show()} after every change of the study and when it becomes visible; a preview is
 * computed only while the page is visible, and only when the study or the axis changed. Relative paths resolve
 * against the study file's folder, as a run of the file resolves them.
 */
final class PreviewSection {

	private final StudyEditor editor;
	private final Supplier<PerturbationAxis> axis;
	private final PerturbationPreview preview;

	PreviewSection(StudyEditor editor, FormToolkit tk, Composite parent, Supplier<PerturbationAxis> axis) {
		this.editor = editor;
		this.axis = axis;
		Composite c = OverviewPage.section(tk, parent, "Live preview",
				"What the selected axis does to a case: the job's own input at the slider's value, computed from the study as edited.");
		GridData gd = (GridData) c.getParent().getLayoutData();
		gd.grabExcessVerticalSpace = true;
		gd.heightHint = 600; // at least; it fills the page's height
		gd.widthHint = 640;
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		c.setLayout(layout);
		preview = new PerturbationPreview(c, SWT.NONE, service());
		preview.setData(Ids.KEY, Ids.PREVIEW);
		preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		preview.setAxisChooserVisible(false);
	}

	/** Previews the editor's study for the selected axis (the preview skips what did not change). */
	void show() {
		if (preview.isDisposed()) {
			return;
		}
		preview.showEdited(editor.study(), editor.file());
		PerturbationAxis a = axis.get();
		String id = a == null ? null : a.getId();
		if (id != null && !Objects.equals(id, preview.axisId())) {
			preview.select(null, id);
		}
	}

	/** @return the preview service registered by org.segsense.workflows, else one made here */
	private static PreviewService service() {
		Bundle b = FrameworkUtil.getBundle(PreviewSection.class);
		BundleContext c = b == null ? null : b.getBundleContext();
		ServiceReference<PreviewService> ref = c == null ? null : c.getServiceReference(PreviewService.class);
		PreviewService s = ref == null ? null : c.getService(ref);
		return s != null ? s : new PreviewServiceImpl();
	}
}
