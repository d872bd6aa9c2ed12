// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;
import org.segsense.model.sweep.SweepValues;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.PerturbationDescriptor;

/**
 * Perturbations: the study's axes and design. "Add" offers every perturbation the catalogue holds now
 * (built-in and contributed by plug-ins, following bundles installed at run time); a new axis is the
 * perturbation's {@link DefaultAxis}. The selected axis shows its name, its perturbation, the swept parameter, the
 * sweep ({@link SweepEditor}) and the other parameters as a form generated from the declaration
 * ({@link ParameterForm}).
 */
final class PerturbationsPage extends FormPage implements ProblemMarkers.Reveals {

	static final String ID = Ids.PERTURBATIONS_PAGE;

	private final StudyEditor editor;
	private final Decorations decorations = new Decorations();
	private PerturbationAxis selected;
	private List<PerturbationDescriptor> offered = List.of();
	private Table axes;
	private Combo addType;
	private DesignCombo design;
	private Composite details;
	private Text name;
	private Label type;
	private Combo swept;
	private SweepEditor sweep;
	private ParameterForm parameters;
	private CatalogListener<?> catalogListener;
	private PreviewSection preview;

	PerturbationsPage(StudyEditor editor) {
		super(editor, ID, "Perturbations");
		this.editor = editor;
	}

	/** @return the selected axis, or null */
	PerturbationAxis axis() {
		return selected;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit tk = managedForm.getToolkit();
		managedForm.getForm().setText("Perturbations");
		tk.decorateFormHeading(managedForm.getForm().getForm());
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(2, false));
		// the axes and the selected axis on the left, its live preview on the right
		Composite left = tk.createComposite(body);
		left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		GridLayout leftLayout = new GridLayout(1, false);
		leftLayout.marginWidth = leftLayout.marginHeight = 0;
		left.setLayout(leftLayout);
		createAxes(tk, left);
		createDetails(tk, left);
		preview = new PreviewSection(editor, tk, body, this::axis);
		catalogListener = CatalogListener.perturbations(() -> {
			if (addType != null && !addType.isDisposed()) {
				fillCatalogue();
			}
		});
		editor.onChange(this::refresh);
		refresh();
	}

	private void createAxes(FormToolkit tk, Composite body) {
		Composite c = OverviewPage.section(tk, body, "Axes", "Each axis sweeps one parameter of one perturbation.");
		((GridData) c.getParent().getLayoutData()).widthHint = 385; // leaves the preview room
		((GridData) c.getParent().getLayoutData()).grabExcessHorizontalSpace = false;
		c.setLayout(new GridLayout(3, false));
		axes = tk.createTable(c, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		axes.setData(Ids.KEY, Ids.AXES);
		axes.setHeaderVisible(true);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		gd.heightHint = 105;
		axes.setLayoutData(gd);
		for (String[] col : new String[][] {{"Axis", "115"}, {"Perturbation", "115"}, {"Swept", "75"}, {"Values", "50"}}) {
			TableColumn t = new TableColumn(axes, SWT.LEFT);
			t.setText(col[0]);
			t.setWidth(Integer.parseInt(col[1]));
		}
		axes.addListener(SWT.Selection, e -> {
			int i = axes.getSelectionIndex();
			selected = i < 0 ? null : editor.study().getAxes().get(i);
			refresh();
		});
		addType = new Combo(c, SWT.READ_ONLY | SWT.DROP_DOWN);
		addType.setData(Ids.KEY, Ids.ADD_TYPE);
		addType.setToolTipText("Every installed perturbation, built-in and contributed by plug-ins.");
		addType.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		fillCatalogue();
		Button add = tk.createButton(c, "Add", SWT.PUSH);
		add.setData(Ids.KEY, Ids.ADD);
		add.addListener(SWT.Selection, e -> {
			if (addType.getSelectionIndex() >= 0) {
				addAxis(offered.get(addType.getSelectionIndex()));
			}
		});
		Button remove = tk.createButton(c, "Remove", SWT.PUSH);
		remove.setData(Ids.KEY, Ids.REMOVE);
		remove.addListener(SWT.Selection, e -> removeAxis());
		Composite dc = tk.createComposite(c);
		dc.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		GridLayout dl = new GridLayout(2, false);
		dl.marginWidth = 0;
		dc.setLayout(dl);
		Label l = tk.createLabel(dc, "Design:");
		l.setToolTipText("How the axes' sweeps combine into perturbation settings.");
		design = new DesignCombo(editor, dc, decorations);
	}

	private void createDetails(FormToolkit tk, Composite body) {
		details = OverviewPage.section(tk, body, "Axis", "The selected axis: what it perturbs and the values it sweeps.");
		Fields fields = new Fields(editor, tk, decorations);
		fields.label(details, "Name:", "The axis' name in reports.");
		name = fields.attribute(details, Ids.AXIS_NAME, SWT.SINGLE | SWT.BORDER, this::axis, Literals.PERTURBATION_AXIS__NAME);
		fields.label(details, "Perturbation:", "The installed perturbation this axis applies.");
		type = tk.createLabel(details, "", SWT.WRAP);
		type.setData(Ids.KEY, Ids.AXIS_TYPE);
		GridData td = new GridData(SWT.FILL, SWT.CENTER, true, false);
		td.horizontalIndent = 8;
		td.widthHint = 300;
		type.setLayoutData(td);
		decorations.add(type, this::axis, Literals.PERTURBATION_AXIS__PERTURBATION_TYPE);
		fields.label(details, "Swept parameter:", "The parameter the sweep's values are given to.");
		swept = new Combo(details, SWT.READ_ONLY | SWT.DROP_DOWN);
		swept.setData(Ids.KEY, Ids.SWEPT);
		GridData sd = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		sd.horizontalIndent = 8;
		swept.setLayoutData(sd);
		swept.addListener(SWT.Selection, e -> setSwept(swept.getText()));
		decorations.add(swept, this::axis, Literals.PERTURBATION_AXIS__SWEPT_PARAMETER);
		sweep = new SweepEditor(editor, this, tk, details, decorations);
		Label fixed = tk.createLabel(details, "Other parameters (empty: the declared default):");
		fixed.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		parameters = new ParameterForm(editor, tk, details);
		((GridData) parameters.control().getLayoutData()).horizontalSpan = 2;
	}

	private void fillCatalogue() {
		offered = editor.catalog().all();
		addType.setItems(offered.stream().map(d -> d.name() + " (" + d.id() + ")").toArray(String[]::new));
		if (!offered.isEmpty()) {
			addType.select(0);
		}
	}

	/** Adds an axis of {@code d}'s perturbation ({@link DefaultAxis}) and selects it. */
	void addAxis(PerturbationDescriptor d) {
		Study study = editor.study();
		PerturbationAxis axis = DefaultAxis.of(d, study);
		selected = axis;
		editor.execute(AddCommand.create(editor.getEditingDomain(), study, Literals.STUDY__AXES, axis));
	}

	private void removeAxis() {
		if (selected == null) {
			return;
		}
		CompoundCommand c = new CompoundCommand("Remove axis " + selected.getId());
		if (editor.study().getDesign() != null && editor.study().getDesign().getAxes().contains(selected)) {
			c.append(RemoveCommand.create(editor.getEditingDomain(), editor.study().getDesign(), Literals.DESIGN__AXES, selected));
		}
		c.append(RemoveCommand.create(editor.getEditingDomain(), editor.study(), Literals.STUDY__AXES, selected));
		selected = null;
		editor.execute(c);
	}

	private void setSwept(String parameter) {
		PerturbationAxis a = selected;
		if (a == null || parameter.equals(a.getSweptParameter())) {
			return;
		}
		CompoundCommand c = new CompoundCommand("Sweep " + parameter);
		c.append(SetCommand.create(editor.getEditingDomain(), a, Literals.PERTURBATION_AXIS__SWEPT_PARAMETER, parameter));
		editor.catalog().byId(a.getPerturbationType()).flatMap(d -> d.parameter(parameter)).ifPresent(p -> c.append(
				SetCommand.create(editor.getEditingDomain(), a, Literals.PERTURBATION_AXIS__UNIT, p.unit().isEmpty() ? null : p.unit())));
		a.getFixedParameters().stream().filter(v -> parameter.equals(v.getName())).forEach(
				v -> c.append(RemoveCommand.create(editor.getEditingDomain(), a, Literals.PERTURBATION_AXIS__FIXED_PARAMETERS, v)));
		editor.execute(c);
	}

	private void refresh() {
		if (axes == null || axes.isDisposed()) {
			return;
		}
		List<PerturbationAxis> all = editor.study().getAxes();
		if (selected != null && !all.contains(selected)) {
			selected = null;
		}
		if (selected == null && !all.isEmpty()) {
			selected = all.get(0);
		}
		axes.removeAll();
		for (PerturbationAxis a : all) {
			TableItem item = new TableItem(axes, SWT.NONE);
			int n;
			try {
				n = SweepValues.of(a.getSweep()).size();
			} catch (IllegalArgumentException e) {
				n = -1;
			}
			item.setText(new String[] {nz(a.getName(), a.getId()), nz(a.getPerturbationType(), ""), nz(a.getSweptParameter(), ""),
					n < 0 ? "too many" : String.valueOf(n)});
		}
		axes.setSelection(selected == null ? -1 : all.indexOf(selected));
		design.refresh();
		setDetailsEnabled(selected != null);
		Fields.show(name, selected == null ? "" : nz(selected.getName(), ""));
		PerturbationDescriptor d = selected == null ? null : editor.catalog().byId(selected.getPerturbationType()).orElse(null);
		type.setText(selected == null ? "Add an axis: choose a perturbation under the list and press Add."
				: d == null ? selected.getPerturbationType() + " (not installed)" : d.name() + " (" + d.id() + ", from " + d.contributor() + ")");
		type.setToolTipText(d == null ? null : d.description());
		swept.setItems(d == null ? new String[0] : d.parameters().stream().map(ParameterSpec::name).toArray(String[]::new));
		if (selected != null && selected.getSweptParameter() != null) {
			swept.setText(selected.getSweptParameter());
			swept.select(List.of(swept.getItems()).indexOf(selected.getSweptParameter()));
		}
		swept.setToolTipText(d == null || selected == null ? null
				: d.parameter(nz(selected.getSweptParameter(), "")).map(p -> p.description() + " Accepted: " + p.range() + ".").orElse(null));
		sweep.refresh();
		parameters.show(selected);
		decorations.show(editor.problems());
		details.layout(true, true);
		getManagedForm().getForm().reflow(true);
		if (isActive()) {
			preview.show();
		}
	}

	@Override
	public boolean reveal(org.eclipse.emf.ecore.EObject object) {
		for (org.eclipse.emf.ecore.EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof PerturbationAxis a) {
				selected = a;
				refresh();
				return true;
			}
			if (o instanceof org.segsense.model.Design) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && preview != null) {
			preview.show(); // edits made on other pages since
		}
	}

	private void setDetailsEnabled(boolean enabled) {
		for (org.eclipse.swt.widgets.Control c : details.getChildren()) {
			if (c != type) {
				c.setEnabled(enabled);
			}
		}
	}

	private static String nz(String s, String fallback) {
		return s == null ? fallback : s;
	}

	@Override
	public void dispose() {
		if (catalogListener != null) {
			catalogListener.close();
		}
		super.dispose();
	}
}
