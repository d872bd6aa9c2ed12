// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.models;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.segsense.inference.InferenceEngines;
import org.segsense.ui.editor.Ids;
import org.segsense.workflows.model.ModelInspectionService;

/**
 * The Models view: the SavedModel folders of the workspace's open projects ({@link ModelEntry}) on the left; for
 * the selected one, on the right, its signatures (inputs and outputs with tensor names, dtypes and shapes), the
 * safety verdict of {@link ModelInspectionService}, the training metadata ({@link TrainingFacts}) and the devices
 * each installed engine sees ({@link EngineDevices}, the engine that recognises the model marked). Finding the
 * models, reading one and listing devices run as background jobs; the list follows the workspace (a resource
 * listener: models added, removed or retrained, projects opened or closed). Double-click or
 * <i>Show in Project Explorer</i> reveals the folder there; <i>Properties</i> shows its resource properties.
 */
public final class ModelsView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.segsense.ui.models.view";
	/** Control ids (widget data {@link Ids#KEY}). */
	public static final String LIST = "models.list", HEADER = "models.header", SIGNATURES = "models.signatures", SAFETY = "models.safety",
			TRAINING = "models.training", DEVICES = "models.devices";

	private TableViewer models;
	private Label header;
	private TableViewer signatures;
	private Text safety;
	private TableViewer training;
	private TableViewer devices;
	private String recognisedBy;
	private final AtomicLong newest = new AtomicLong();
	private Job details;
	private final ModelsRefresh refresh = new ModelsRefresh(this::showModels);
	private final IResourceChangeListener listener = event -> {
		if (ModelsRefresh.affectsModels(event.getDelta())) {
			refresh.request();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		models = table(sash, LIST, new String[] {"Model", "Project"}, new int[] {260, 110},
				List.<Function<ModelEntry, String>>of(ModelEntry::relative, ModelEntry::project));
		models.addSelectionChangedListener(e -> showDetails(selected()));
		models.addDoubleClickListener(e -> ModelActions.showInProjectExplorer(getSite(), selected()));
		getSite().setSelectionProvider(models);
		contextMenu();

		Composite right = new Composite(sash, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 8;
		right.setLayout(layout);
		header = new Label(right, SWT.WRAP);
		header.setData(Ids.KEY, HEADER);
		header.setFont(JFaceResources.getBannerFont());
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		heading(right, "Signatures");
		signatures = table(right, SIGNATURES, new String[] {"Signature", "In/out", "Name", "Tensor", "DType", "Shape"},
				new int[] {120, 50, 110, 130, 80, 170}, List.<Function<SignatureRow, String>>of(SignatureRow::signature, SignatureRow::direction,
						SignatureRow::name, SignatureRow::tensor, SignatureRow::dtype, SignatureRow::shape));
		fixedRows(signatures, 3);
		heading(right, "Safety verdict");
		safety = new Text(right, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		safety.setData(Ids.KEY, SAFETY);
		GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false);
		sd.heightHint = 48;
		safety.setLayoutData(sd);
		heading(right, "Training");
		training = table(right, TRAINING, new String[] {"Setting", "Value"}, new int[] {170, 900},
				List.<Function<TrainingFacts.Row, String>>of(TrainingFacts.Row::setting, TrainingFacts.Row::value));
		heading(right, "Devices each engine sees");
		devices = table(right, DEVICES, new String[] {"Engine", "Device", "Type", "Memory", "Recognises this model"},
				new int[] {270, 300, 60, 80, 150}, List.<Function<EngineDevices.Row, String>>of(EngineDevices.Row::engine,
						r -> r.device() == null ? "" : r.device(), EngineDevices.Row::type, EngineDevices.Row::memory,
						r -> r.engine().equals(recognisedBy) ? "yes" : ""));
		fixedRows(devices, 3);
		((GridData) training.getTable().getLayoutData()).heightHint = 8 * training.getTable().getItemHeight();
		sash.setWeights(30, 70);

		showDetails(null);
		listDevices();
		refresh.request();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
	}

	private static <T> TableViewer table(Composite parent, String id, String[] titles, int[] widths, List<Function<T, String>> columns) {
		TableViewer v = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		v.getTable().setData(Ids.KEY, id);
		v.getTable().setHeaderVisible(true);
		v.getTable().setLinesVisible(true);
		v.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < titles.length; i++) {
			TableViewerColumn c = new TableViewerColumn(v, SWT.NONE);
			c.getColumn().setText(titles[i]);
			c.getColumn().setWidth(widths[i]);
			Function<T, String> f = columns.get(i);
			c.setLabelProvider(new ColumnLabelProvider() {
				@SuppressWarnings("unchecked")
				@Override
				public String getText(Object element) {
					return Objects.toString(f.apply((T) element), "");
				}
			});
		}
		if (!(parent instanceof SashForm)) {
			v.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		}
		return v;
	}

	/** Gives a table the height of {@code rows} rows and its header, not growing with the view (the training table does). */
	private static void fixedRows(TableViewer v, int rows) {
		Table t = v.getTable();
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.heightHint = Math.max(t.getHeaderHeight(), t.getItemHeight()) + rows * t.getItemHeight() + 4; // the header height is 0 before the first paint on GTK
		t.setLayoutData(gd);
	}

	private static void heading(Composite parent, String text) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(text);
		l.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	private void contextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			ModelEntry e = selected();
			Action reveal = new Action("Show in Project Explorer") {
				@Override
				public void run() {
					ModelActions.showInProjectExplorer(getSite(), e);
				}
			};
			Action properties = new Action("Properties") {
				@Override
				public void run() {
					ModelActions.showProperties(getSite());
				}
			};
			reveal.setEnabled(e != null);
			properties.setEnabled(e != null);
			m.add(reveal);
			m.add(properties);
		});
		models.getTable().setMenu(menu.createContextMenu(models.getTable()));
	}

	/** @return the selected model, or null */
	ModelEntry selected() {
		return models.getStructuredSelection().getFirstElement() instanceof ModelEntry e ? e : null;
	}

	/** Selects {@code entry} (by folder) as the user would, showing its details. */
	void select(ModelEntry entry) {
		models.setSelection(entry == null ? StructuredSelection.EMPTY : new StructuredSelection(entry), true);
	}

	/** Shows the list found by a refresh (on the UI thread), keeping the selection when its model is still there. */
	private void showModels(List<ModelEntry> found) {
		if (models.getTable().isDisposed()) {
			return;
		}
		ModelEntry was = selected();
		models.setInput(found);
		ModelEntry keep = was == null ? null : found.stream().filter(e -> e.location().equals(was.location())).findFirst().orElse(null);
		models.setSelection(keep == null ? StructuredSelection.EMPTY : new StructuredSelection(keep), true);
		if (keep != null) {
			showDetails(keep); // its files may have changed (e.g. retrained)
		}
		if (found.isEmpty()) {
			header.setText("No models in the workspace's open projects (a model is a folder holding saved_model.pb; runs/ is skipped).");
			header.getParent().layout();
		}
	}

	/** Reads the model's details in a background job; only the newest request is shown. */
	private void showDetails(ModelEntry entry) {
		long id = newest.incrementAndGet();
		if (details != null) {
			details.cancel();
		}
		signatures.setInput(List.of());
		training.setInput(List.of());
		recognisedBy = null;
		devices.refresh();
		if (entry == null) {
			header.setText("Select a model to see its signatures, training and safety verdict.");
			safety.setText("");
			header.getParent().layout();
			return;
		}
		header.setText(entry.label() + " \u2014 reading\u2026");
		safety.setText("");
		header.getParent().layout();
		ModelInspectionService service = ModelActions.inspectionService();
		details = Job.create("Reading the model " + entry.label(), (IProgressMonitor monitor) -> {
			ModelDetails d = ModelDetails.read(entry.location(), service, monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			ui(() -> {
				if (id == newest.get()) {
					show(entry, d);
				}
			});
			return Status.OK_STATUS;
		});
		details.setSystem(false);
		details.schedule();
	}

	private void show(ModelEntry entry, ModelDetails d) {
		ModelInspectionService.Inspection i = d.inspection();
		recognisedBy = i == null ? null : i.engine();
		header.setText(entry.label() + (i == null ? "" : "  \u2014  " + (i.engine() == null ? "no installed engine recognises it" : i.engine())
				+ ", " + ModelDetails.size(i.bytes()) + ", " + i.nodes() + " operations of " + i.operationTypes() + " types"));
		signatures.setInput(d.signatures());
		safety.setText(d.safety());
		List<TrainingFacts.Row> rows = d.training();
		if (d.trainingError() != null) {
			rows = List.of(new TrainingFacts.Row("Error", d.trainingError()));
		} else if (rows.isEmpty()) {
			rows = List.of(new TrainingFacts.Row("Not trained by SegSense", "no segsense-model.properties beside the model"));
		}
		training.setInput(rows);
		devices.refresh();
		header.getParent().layout();
	}

	private void listDevices() {
		devices.setInput(List.of(new EngineDevices.Row("", "listing the devices\u2026", null, "", 0)));
		Job job = Job.create("Listing the devices of the inference engines", (IProgressMonitor monitor) -> {
			List<EngineDevices.Row> rows = EngineDevices.of(InferenceEngines.installed());
			ui(() -> devices.setInput(rows));
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void ui(Runnable r) {
		if (models.getTable().isDisposed()) {
			return;
		}
		models.getTable().getDisplay().asyncExec(() -> {
			if (!models.getTable().isDisposed()) {
				r.run();
			}
		});
	}

	@Override
	public void setFocus() {
		models.getTable().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
		refresh.cancel();
		if (details != null) {
			details.cancel();
		}
		super.dispose();
	}
}
