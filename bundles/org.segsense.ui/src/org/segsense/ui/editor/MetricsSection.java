// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricDescriptor;
import org.segsense.model.MetricSpec;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;

/**
 * The study's metrics: a list, "Add" offering every metric of the catalogue (built-in and contributed by
 * plug-ins, following bundles installed at run time through {@link CatalogListener}), and the
 * selected metric's id (its name in the results), the labels it scores (empty: every non-background
 * label) and its parameters as a form generated from {@link MetricParameters} (e.g. NSD's tolerance).
 */
final class MetricsSection implements AutoCloseable {

	private final StudyEditor editor;
	private final Table table;
	private final Combo addType;
	private final Composite details;
	private final Text id;
	private final Label type;
	private final Text labels;
	private final ParameterForm parameters;
	private final CatalogListener<?> listener;
	private List<MetricDescriptor> offered = List.of();
	private MetricSpec selected;

	MetricsSection(StudyEditor editor, FormToolkit tk, Composite client, Decorations decorations, Runnable onCatalogChange) {
		this.editor = editor;
		Composite list = tk.createComposite(client);
		GridLayout ll = new GridLayout(3, false);
		ll.marginWidth = 0;
		list.setLayout(ll);
		GridData ld = new GridData(SWT.FILL, SWT.FILL, false, false);
		ld.widthHint = 560;
		list.setLayoutData(ld);
		table = tk.createTable(list, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		table.setData(Ids.KEY, Ids.METRICS);
		table.setHeaderVisible(true);
		GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		td.heightHint = 150;
		table.setLayoutData(td);
		for (String[] c : new String[][] {{"Id", "95"}, {"Metric", "290"}, {"Parameters", "110"}, {"Labels", "50"}}) {
			TableColumn col = new TableColumn(table, SWT.LEFT);
			col.setText(c[0]);
			col.setWidth(Integer.parseInt(c[1]));
		}
		table.addListener(SWT.Selection, e -> {
			int i = table.getSelectionIndex();
			selected = i < 0 ? null : editor.study().getMetrics().get(i);
			refresh();
		});
		addType = new Combo(list, SWT.READ_ONLY | SWT.DROP_DOWN);
		addType.setData(Ids.KEY, Ids.METRIC_ADD_TYPE);
		addType.setToolTipText("Every installed metric, built-in and contributed by plug-ins.");
		addType.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		fillCatalogue();
		Button add = tk.createButton(list, "Add", SWT.PUSH);
		add.setData(Ids.KEY, Ids.METRIC_ADD);
		add.addListener(SWT.Selection, e -> {
			if (addType.getSelectionIndex() >= 0) {
				addMetric(offered.get(addType.getSelectionIndex()));
			}
		});
		Button remove = tk.createButton(list, "Remove", SWT.PUSH);
		remove.setData(Ids.KEY, Ids.METRIC_REMOVE);
		remove.addListener(SWT.Selection, e -> removeMetric());

		details = tk.createComposite(client);
		details.setLayout(new GridLayout(2, false));
		details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		Fields fields = new Fields(editor, tk, decorations);
		fields.label(details, "Id:", "The metric's name in the results and reports; unique among the study's metrics.");
		id = fields.attribute(details, Ids.METRIC_ID, SWT.SINGLE | SWT.BORDER, () -> selected, Literals.IDENTIFIED__ID);
		fields.label(details, "Metric:", "The catalogue's metric this computes.");
		type = tk.createLabel(details, "", SWT.WRAP);
		type.setData(Ids.KEY, Ids.METRIC_TYPE);
		GridData yd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		yd.horizontalIndent = 8;
		yd.widthHint = 300;
		type.setLayoutData(yd);
		decorations.add(type, () -> selected, Literals.METRIC_SPEC__METRIC_TYPE);
		fields.label(details, "Labels:", "The label values to score, separated by commas or spaces; empty: every non-background label.");
		labels = fields.text(details, Ids.METRIC_LABELS, SWT.SINGLE | SWT.BORDER, this::setLabels);
		labels.setMessage("every non-background label");
		labels.setToolTipText("The label values to score, e.g. \"1 2\"; empty: every non-background label of the model variant.");
		decorations.add(labels, () -> selected, Literals.METRIC_SPEC__LABELS);
		Label p = tk.createLabel(details, "Parameters (empty: the default):");
		p.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		parameters = new ParameterForm(editor, tk, details);
		((GridData) parameters.control().getLayoutData()).horizontalSpan = 2;
		listener = CatalogListener.metrics(() -> {
			if (!addType.isDisposed()) {
				fillCatalogue();
				onCatalogChange.run();
			}
		});
	}

	private void fillCatalogue() {
		offered = MetricCatalog.installed().descriptors();
		addType.setItems(offered.stream().map(d -> d.name() + " (" + d.id() + ")").toArray(String[]::new));
		if (!offered.isEmpty()) {
			addType.select(0);
		}
	}

	/** @return the selected metric, or null */
	MetricSpec metric() {
		return selected;
	}

	/** Adds a metric of {@code d}'s type, its id the type's (numbered when taken), and selects it. */
	void addMetric(MetricDescriptor d) {
		Study study = editor.study();
		String newId = d.id();
		for (int n = 2; taken(study, newId); n++) {
			newId = d.id() + "-" + n;
		}
		MetricSpec m = SegsenseFactory.eINSTANCE.createMetricSpec();
		m.setId(newId);
		m.setMetricType(d.id());
		selected = m;
		editor.execute(AddCommand.create(editor.getEditingDomain(), study, Literals.STUDY__METRICS, m));
	}

	private static boolean taken(Study study, String id) {
		return study.getMetrics().stream().anyMatch(m -> id.equals(m.getId()));
	}

	private void removeMetric() {
		if (selected != null) {
			MetricSpec m = selected;
			selected = null;
			editor.execute(RemoveCommand.create(editor.getEditingDomain(), editor.study(), Literals.STUDY__METRICS, m));
		}
	}

	private void setLabels(String text) {
		MetricSpec m = selected;
		if (m == null) {
			return;
		}
		List<Integer> values = new ArrayList<>();
		try {
			for (String s : text.trim().split("[,\\s]+")) {
				if (!s.isEmpty()) {
					values.add(Integer.parseInt(s));
				}
			}
		} catch (NumberFormatException e) {
			refresh(); // not whole numbers: the model's labels come back
			return;
		}
		if (!values.equals(m.getLabels())) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), m, Literals.METRIC_SPEC__LABELS, values));
		}
	}

	void refresh() {
		if (table.isDisposed()) {
			return;
		}
		List<MetricSpec> all = editor.study().getMetrics();
		if (selected != null && !all.contains(selected)) {
			selected = null;
		}
		if (selected == null && !all.isEmpty()) {
			selected = all.get(0);
		}
		table.removeAll();
		MetricCatalog catalog = MetricCatalog.installed();
		for (MetricSpec m : all) {
			TableItem item = new TableItem(table, SWT.NONE);
			String name = catalog.find(String.valueOf(m.getMetricType())).map(MetricDescriptor::name).orElse(m.getMetricType() + " (not installed)");
			item.setText(new String[] {String.valueOf(m.getId()), name,
					m.getParameters().stream().map(v -> v.getName() + "=" + v.getValue()).collect(Collectors.joining(", ")), labelsText(m)});
		}
		table.setSelection(selected == null ? -1 : all.indexOf(selected));
		for (org.eclipse.swt.widgets.Control c : details.getChildren()) {
			c.setEnabled(selected != null);
		}
		Fields.show(id, selected == null ? "" : selected.getId());
		MetricDescriptor d = selected == null ? null : catalog.find(String.valueOf(selected.getMetricType())).orElse(null);
		type.setText(selected == null ? "Add a metric: choose one under the list and press Add."
				: d == null ? "'" + selected.getMetricType() + "' is not an installed metric"
						: d.name() + " (" + d.id() + ", " + (d.unit().isEmpty() ? "" : d.unit() + ", ") + (d.higherIsBetter() ? "higher is better" : "lower is better")
								+ ", from " + d.contributor() + ")");
		type.setToolTipText(d == null ? null : d.description());
		Fields.show(labels, selected == null ? "" : labelsText(selected));
		String metricType = selected == null ? null : selected.getMetricType();
		parameters.show(selected, Literals.METRIC_SPEC__PARAMETERS, MetricParameters.of(metricType),
				MetricParameters.of(metricType).isEmpty() ? "None: " + (d == null ? "this metric" : d.name()) + " takes no parameters." : null);
		details.layout(true, true);
	}

	private static String labelsText(MetricSpec m) {
		return m.getLabels().stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	@Override
	public void close() {
		listener.close();
	}
}
