// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.model.ModelInspectionService;
import org.segsense.workflows.model.ModelInspectionServiceImpl;

/**
 * What {@code segsense model inspect} reports about the selected variant's model folder, shown on the Models
 * page: the engine that recognises it, its signatures with tensor shapes (the one the variant calls marked),
 * its operations and the safety verdict. Computed by {@link ModelInspectionService} in a background
 * {@link Job} (shown in the Progress view); a newer request cancels the older one and only the newest result
 * is shown. A folder that is missing or not a model shows the service's message.
 */
final class ModelInspectionPanel {

	private final Text text;
	private final AtomicLong newest = new AtomicLong();
	private Job running;

	ModelInspectionPanel(FormToolkit tk, Composite parent) {
		text = tk.createText(parent, "", SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setData(Ids.KEY, Ids.INSPECTION);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
		gd.heightHint = 190;
		gd.widthHint = 500;
		text.setLayoutData(gd);
		text.addListener(SWT.Dispose, e -> cancel());
	}

	/** Shows a message instead of an inspection (e.g. no variant selected). */
	void message(String message) {
		cancel();
		text.setText(message);
	}

	/** Inspects {@code folder} in the background; {@code signatureKey} is the signature the variant calls. */
	void inspect(String variantId, Path folder, String signatureKey) {
		long id = newest.incrementAndGet();
		if (running != null) {
			running.cancel();
		}
		text.setText("Inspecting " + folder + "\u2026");
		running = Job.create("Inspecting the model of variant " + variantId, (IProgressMonitor monitor) -> {
			String shown;
			try {
				shown = describe(service().inspect(folder, monitor), signatureKey);
			} catch (WorkflowException e) {
				shown = e.getMessage();
			} catch (RuntimeException | LinkageError e) {
				shown = "Inspecting " + folder + " failed: " + e;
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			String result = shown;
			if (!text.isDisposed()) {
				text.getDisplay().asyncExec(() -> {
					if (id == newest.get() && !text.isDisposed()) {
						text.setText(result);
					}
				});
			}
			return Status.OK_STATUS;
		});
		running.schedule();
	}

	private void cancel() {
		newest.incrementAndGet();
		if (running != null) {
			running.cancel();
		}
	}

	static String describe(ModelInspectionService.Inspection i, String signatureKey) {
		StringBuilder s = new StringBuilder();
		s.append("Engine: ").append(i.engine() == null ? "no installed engine recognises this folder" : i.engine()).append('\n');
		s.append("Folder: ").append(i.folder()).append(" (").append(size(i.bytes())).append("; tags ").append(String.join(", ", i.tags()))
				.append(")\n");
		String key = signatureKey == null || signatureKey.isBlank() ? "serving_default" : signatureKey;
		if (!i.signatures().containsKey(key)) {
			s.append("The variant calls signature '").append(key).append("', which this model does not have: set the signature key to one of ")
					.append(i.signatures().keySet()).append(".\n");
		}
		for (Map.Entry<String, List<String>> e : i.signatures().entrySet()) {
			s.append("Signature ").append(e.getKey()).append(e.getKey().equals(key) ? "  (called by this variant)" : "").append('\n');
			e.getValue().forEach(l -> s.append("    ").append(l).append('\n'));
		}
		s.append("Operations: ").append(i.nodes()).append(" nodes of ").append(i.operationTypes()).append(" types\n");
		s.append("Verdict: ").append(i.verdict()).append('\n');
		i.unsafe().forEach(u -> s.append("    ").append(u).append('\n'));
		return s.toString().stripTrailing();
	}

	static String size(long bytes) {
		return bytes < 1000 ? bytes + " bytes" : bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
				: String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
	}

	/** @return the registered service (Declarative Services), or a plain instance outside OSGi */
	static ModelInspectionService service() {
		Bundle bundle = FrameworkUtil.getBundle(ModelInspectionPanel.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<ModelInspectionService> ref = context == null ? null : context.getServiceReference(ModelInspectionService.class);
		ModelInspectionService s = ref == null ? null : context.getService(ref);
		return s != null ? s : new ModelInspectionServiceImpl();
	}
}
