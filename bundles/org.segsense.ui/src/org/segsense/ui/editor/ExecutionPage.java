// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.model.Device;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;

/**
 * Execution: the study's {@link ExecutionSettings} — worker threads (0: all cores), the inference engine's
 * threads per call and the CPU-stage threads (0: automatic), the inference device, and the shards a cluster
 * submission splits the study into. A study without settings shows the defaults; the first edit adds the
 * settings object with the edited value, in one command. The command line's options override each value.
 */
final class ExecutionPage extends FormPage {

	static final String ID = Ids.EXECUTION_PAGE;

	private final StudyEditor editor;
	private final Decorations decorations = new Decorations();
	private Text threads;
	private Text inferenceThreads;
	private Text cpuThreads;
	private Text shards;
	private Combo device;
	private Label threadsMeaning;
	private Label deviceMeaning;
	private Fields fields;

	ExecutionPage(StudyEditor editor) {
		super(editor, ID, "Execution");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit tk = managedForm.getToolkit();
		managedForm.getForm().setText("Execution");
		tk.decorateFormHeading(managedForm.getForm().getForm());
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new org.eclipse.swt.layout.GridLayout(2, true));
		Composite c = OverviewPage.section(tk, body, "Execution", "How a run uses this machine; results are the same whatever is chosen here.");
		((org.eclipse.swt.layout.GridLayout) c.getLayout()).numColumns = 3;
		fields = new Fields(editor, tk, decorations);
		int cores = Runtime.getRuntime().availableProcessors();
		String threadsTip = "Worker threads of a run: whole number \u2265 0; 0 uses all cores (" + cores + " on this machine)."
				+ " The --threads option of segsense run overrides it.";
		fields.label(c, "Threads:", threadsTip);
		threads = fields.text(c, Ids.THREADS, SWT.SINGLE | SWT.BORDER, s -> set(Literals.EXECUTION_SETTINGS__THREADS, s));
		threads.setToolTipText(threadsTip);
		threads.setMessage("0 = all cores");
		((GridData) threads.getLayoutData()).widthHint = 80;
		((GridData) threads.getLayoutData()).grabExcessHorizontalSpace = false;
		decorations.add(threads, this::settings, Literals.EXECUTION_SETTINGS__THREADS);
		threadsMeaning = tk.createLabel(c, "");
		threadsMeaning.setToolTipText(threadsTip);
		threadsMeaning.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		List<EEnumLiteral> literals = Literals.DEVICE.getELiterals();
		StringBuilder tip = new StringBuilder(ModelDocs.of(Literals.EXECUTION_SETTINGS__DEVICE));
		literals.forEach(l -> tip.append("\n\u2022 ").append(l.getLiteral()).append(": ").append(ModelDocs.of(l)));
		fields.label(c, "Device:", tip.toString());
		device = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
		device.setData(Ids.KEY, Ids.DEVICE);
		device.setItems(literals.stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
		device.setToolTipText(tip.toString());
		GridData dd = new GridData(SWT.FILL, SWT.CENTER, false, false);
		dd.horizontalIndent = 8;
		device.setLayoutData(dd);
		deviceMeaning = tk.createLabel(c, "", SWT.WRAP);
		deviceMeaning.setToolTipText(tip.toString());
		GridData md = new GridData(SWT.FILL, SWT.CENTER, true, false);
		md.widthHint = 250;
		deviceMeaning.setLayoutData(md);
		device.addListener(SWT.Selection, e -> setDevice(Device.get(literals.get(device.getSelectionIndex()).getValue())));
		decorations.add(device, this::settings, Literals.EXECUTION_SETTINGS__DEVICE);

		inferenceThreads = intField(c, tk, "Inference threads:", Ids.INFERENCE_THREADS, Literals.EXECUTION_SETTINGS__INFERENCE_THREADS,
				"The inference engine's threads per call: whole number \u2265 0; 0 chooses min(cores, 2 \u00b7 cores / workers)."
						+ " The --inference-threads option of segsense run overrides it.", "0 = automatic");
		cpuThreads = intField(c, tk, "CPU-stage threads:", Ids.CPU_THREADS, Literals.EXECUTION_SETTINGS__CPU_THREADS,
				"Threads that load, perturb and score (everything but inference): whole number \u2265 0; 0 uses one per worker"
						+ " (all cores on a GPU). The --cpu-threads option of segsense run overrides it.", "0 = automatic");

		Composite cluster = OverviewPage.section(tk, body, "Cluster",
				"How 'segsense slurm submit' splits the study: one array task per shard, merged afterwards.");
		((org.eclipse.swt.layout.GridLayout) cluster.getLayout()).numColumns = 3;
		shards = intField(cluster, tk, "Shards:", Ids.SHARDS, Literals.EXECUTION_SETTINGS__SHARDS,
				"Parts a cluster submission splits the study into, each an array task: whole number \u2265 1; 1 runs the study as one part."
						+ " The --shards option of segsense slurm submit overrides it; a local run ignores it.", "1 = one part");
		Label note = tk.createLabel(cluster, "Shards of equal expected cost; each resumes its own store, and the merge gives the same"
				+ " results as one run (docs/slurm.md).", SWT.WRAP);
		GridData nd = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		nd.widthHint = 300;
		note.setLayoutData(nd);
		editor.onChange(this::refresh);
		refresh();
	}

	/** A whole-number field of the settings with its caption, tooltip, hint and validation decoration. */
	private Text intField(Composite parent, FormToolkit tk, String caption, String id, EAttribute attribute, String tip, String hint) {
		fields.label(parent, caption, tip);
		Text t = fields.text(parent, id, SWT.SINGLE | SWT.BORDER, s -> set(attribute, s));
		t.setToolTipText(tip);
		t.setMessage(hint);
		((GridData) t.getLayoutData()).widthHint = 80;
		((GridData) t.getLayoutData()).grabExcessHorizontalSpace = false;
		decorations.add(t, this::settings, attribute);
		tk.createLabel(parent, "").setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return t;
	}

	/** @return the study's execution settings, or null (defaults) */
	private ExecutionSettings settings() {
		return editor.study().getExecution();
	}

	private void set(EAttribute attribute, String text) {
		ExecutionSettings s = settings();
		if (s != null) {
			fields.set(s, attribute, text);
			return;
		}
		Object value;
		try {
			value = Fields.parse(attribute.getEType().getInstanceClass(), text.trim());
		} catch (NumberFormatException e) {
			refresh(); // not a number: the default comes back
			return;
		}
		if (!Objects.equals(value, attribute.getDefaultValue())) {
			create(attribute, value);
		}
	}

	private void setDevice(Device d) {
		ExecutionSettings s = settings();
		if (s == null) {
			create(Literals.EXECUTION_SETTINGS__DEVICE, d);
		} else if (s.getDevice() != d) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), s, Literals.EXECUTION_SETTINGS__DEVICE, d));
		}
	}

	/** Adds execution settings holding {@code value} (defaults otherwise) to a study that has none: one command. */
	private void create(EAttribute attribute, Object value) {
		ExecutionSettings s = SegsenseFactory.eINSTANCE.createExecutionSettings();
		s.eSet(attribute, value);
		Study study = editor.study();
		editor.execute(SetCommand.create(editor.getEditingDomain(), study, Literals.STUDY__EXECUTION, s));
	}

	private void refresh() {
		if (threads == null || threads.isDisposed()) {
			return;
		}
		ExecutionSettings s = settings();
		int n = s == null ? 0 : s.getThreads();
		Fields.show(threads, n);
		int cores = Runtime.getRuntime().availableProcessors();
		threadsMeaning.setText(n == 0 ? "all " + cores + " cores of this machine" : n > 0 ? n + (n == 1 ? " worker" : " workers") : "");
		Fields.show(inferenceThreads, s == null ? 0 : s.getInferenceThreads());
		Fields.show(cpuThreads, s == null ? 0 : s.getCpuThreads());
		Fields.show(shards, s == null ? 1 : s.getShards());
		Device d = s == null ? Device.AUTO : s.getDevice();
		device.select(d.getValue());
		deviceMeaning.setText(ModelDocs.of(Literals.DEVICE.getEEnumLiteral(d.getValue())));
		decorations.show(editor.problems());
		getManagedForm().getForm().reflow(true);
	}
}
