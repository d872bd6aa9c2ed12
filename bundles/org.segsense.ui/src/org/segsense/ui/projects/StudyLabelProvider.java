// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.segsense.model.Study;

/**
 * Labels and icons of the Project Explorer's SegSense content, from the {@code org.segsense.model.edit} item
 * providers: a study file shows the study icon and its name beside the file name
 * ({@code cerebellum.segsense — Cerebellum sensitivity}), or why it does not load; the study's objects show
 * their item providers' labels and icons; a run folder (one holding {@code results.sqlite}) the run icon — its
 * status and job counts are added by {@link RunDecorator}; a SavedModel folder the model icon. Every other
 * element is left to the resource labels (null here).
 */
public final class StudyLabelProvider extends LabelProvider implements ICommonLabelProvider {

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	@Override
	public void init(ICommonContentExtensionSite config) {
	}

	@Override
	public String getText(Object element) {
		if (StudyFiles.isStudyFile(element)) {
			IFile file = (IFile) element;
			StudyFiles.Loaded loaded = StudyFiles.get(file);
			if (loaded.study() == null) {
				return file.getName() + "  [does not load: " + loaded.error() + "]";
			}
			Study s = loaded.study();
			String name = s.getName() != null && !s.getName().isBlank() ? s.getName() : s.getId();
			return name == null ? file.getName() : file.getName() + " \u2014 " + name;
		}
		return element instanceof EObject o ? withId(o, ItemProviders.text(o)) : null;
	}

	/** The item provider's text, with the object's id appended when the text lacks it (e.g. a variant without a name). */
	private static String withId(EObject o, String text) {
		var feature = o.eClass().getEStructuralFeature("id");
		Object id = feature == null ? null : o.eGet(feature);
		return id == null || text == null || text.contains(id.toString()) ? text : text + " " + id;
	}

	@Override
	public Image getImage(Object element) {
		if (StudyFiles.isStudyFile(element)) {
			return ItemProviders.icon("Study", resources);
		}
		if (element instanceof EObject) {
			return ItemProviders.image(element, resources);
		}
		if (element instanceof IFolder f && f.getLocation() != null) {
			if (f.getFile(org.segsense.engine.store.ResultStore.FILE).exists()) {
				return ItemProviders.icon("RunRecord", resources);
			}
			if (ModelFolders.isModelFolder(f)) {
				return ItemProviders.icon("ModelVariant", resources);
			}
		}
		return null;
	}

	@Override
	public String getDescription(Object element) {
		return getText(element);
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}

	@Override
	public void restoreState(IMemento memento) {
	}

	@Override
	public void saveState(IMemento memento) {
	}
}
