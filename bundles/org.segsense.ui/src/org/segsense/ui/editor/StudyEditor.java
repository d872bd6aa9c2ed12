// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.model.provider.SegsenseItemProviderAdapterFactory;
import org.segsense.model.validation.Problem;
import org.segsense.model.validation.StudyValidation;
import org.segsense.perturb.PerturbationCatalog;

/**
 * The study editor: a multi-page form editor on a study file. The study is loaded with
 * {@link StudyResources} (as {@code StudyService.load} does) into the resource set of an
 * {@link AdapterFactoryEditingDomain}; every edit of every page is an EMF command on its
 * {@link BasicCommandStack}, so Edit &gt; Undo/Redo (Ctrl+Z, Ctrl+Y) and the dirty state follow it.
 * After each command the study is validated ({@link StudyValidation} with the installed perturbation
 * catalogue) and the pages refresh their fields, decorations and the Overview's problem list.
 */
public final class StudyEditor extends FormEditor implements IEditingDomainProvider {

	/** The editor id in plugin.xml. */
	public static final String ID = "org.segsense.ui.editor.study";

	private Path file;
	private Study study;
	private AdapterFactoryEditingDomain domain;
	private ComposedAdapterFactory adapterFactory;
	private List<Problem> problems = List.of();
	private final List<Runnable> refreshers = new ArrayList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IPathEditorInput pathInput)) {
			throw new PartInitException("The study editor opens study files (*.segsense), not " + input.getName() + ".");
		}
		file = pathInput.getPath().toFile().toPath().toAbsolutePath();
		try {
			study = StudyResources.load(file);
		} catch (RuntimeException | org.segsense.model.io.StudyLoadException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new SegsenseItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack, study.eResource().getResourceSet());
		stack.addCommandStackListener(stackListener);
		super.init(site, input);
		setPartName(file.getFileName().toString());
		setTitleToolTip(file.toString());
		validate();
		markers = ProblemMarkers.install(this, input);
	}

	@Override
	protected void addPages() {
		try {
			addPage(new OverviewPage(this));
			addPage(new DataPage(this));
			addPage(new ModelsPage(this));
			addPage(new PerturbationsPage(this));
			addPage(new ReferencePage(this));
			addPage(new ExecutionPage(this));
			addPage(new org.segsense.ui.training.AugmentationPage(this));
			addPage(new SourcePage(this));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return the edited study (change it only through {@link #execute}) */
	public Study study() {
		return study;
	}

	/** @return the study file */
	public Path file() {
		return file;
	}

	/** @return the problems of the last validation, errors and warnings, with their object paths */
	public List<Problem> problems() {
		return problems;
	}

	/**
	 * Estimates the run time on the Overview from the inference times measured in an earlier run's folder
	 * (what its "Inference times from a run folder…" button does); a folder that is not a run is reported there.
	 */
	public void useInferenceTimesOf(Path runDir) {
		setActivePage(OverviewPage.ID);
		((OverviewPage) findPage(OverviewPage.ID)).useTimesOf(runDir);
	}

	/** @return the perturbations installed now (built-in and contributed) */
	public PerturbationCatalog catalog() {
		return PerturbationCatalog.installed();
	}

	/** Runs an edit on the command stack (nothing happens when the command cannot execute). */
	public void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** @param refresher run (UI thread) after every change of the study or of its problems */
	public void onChange(Runnable refresher) {
		refreshers.add(refresher);
	}

	private void commandStackChanged(EventObject event) {
		getContainer().getDisplay().asyncExec(() -> {
			if (getContainer() == null || getContainer().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			validate();
		});
	}

	/** Validates the study and refreshes every page. */
	public void validate() {
		problems = StudyValidation.validate(study, file.getParent(), catalog().asParameterCatalog());
		for (Runnable r : List.copyOf(refreshers)) {
			r.run();
		}
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			StudyResources.save(study, file);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
			for (Runnable r : List.copyOf(refreshers)) {
				r.run();
			}
		} catch (RuntimeException | org.segsense.model.io.StudySaveException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot save the study", e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("Save As is not offered: copy the study file instead.");
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	// Problems-view markers of a workspace study file (ProblemMarkers), and going to a marker's object
	private ProblemMarkers markers;

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == org.eclipse.ui.ide.IGotoMarker.class) {
			return adapter.cast((org.eclipse.ui.ide.IGotoMarker) marker -> ProblemMarkers.reveal(this, marker, new ArrayList<>(pages)));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (markers != null) {
			markers.close(isDirty());
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
		super.dispose();
	}
}
