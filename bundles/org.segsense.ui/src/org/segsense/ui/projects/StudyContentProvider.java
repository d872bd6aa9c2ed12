// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.segsense.model.Study;

/**
 * The Project Explorer's children of a study file ({@code *.segsense}): its cases, model variants and axes,
 * and below them what the {@code org.segsense.model.edit} item providers give as children (a case's channels,
 * an axis' sweep, …). Read-only; a study is loaded when it is first expanded or labelled ({@link StudyFiles}),
 * and a changed, replaced or deleted file is loaded again and its subtree refreshed.
 */
public final class StudyContentProvider implements ICommonContentProvider, IResourceChangeListener {

	private StructuredViewer viewer;

	@Override
	public void init(ICommonContentExtensionSite config) {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		this.viewer = v instanceof StructuredViewer s ? s : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (StudyFiles.isStudyFile(parent)) {
			Study study = StudyFiles.get((IFile) parent).study();
			if (study == null) {
				return new Object[0];
			}
			List<Object> children = new ArrayList<>();
			children.addAll(study.getCases());
			children.addAll(study.getModelVariants());
			children.addAll(study.getAxes());
			return children.toArray();
		}
		if (parent instanceof EObject o && ItemProviders.FACTORY.adapt(o, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p) {
			Collection<?> children = p.getChildren(o);
			return children.toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof EObject o) {
			EObject container = o.eContainer();
			return container instanceof Study s ? StudyFiles.fileOf(s) : container;
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (StudyFiles.isStudyFile(element)) {
			return true; // not loaded until expanded
		}
		return getChildren(element).length > 0;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		List<IFile> changed = new ArrayList<>();
		try {
			event.getDelta().accept(d -> {
				if (StudyFiles.isStudyFile(d.getResource())
						&& (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					StudyFiles.forget((IFile) d.getResource());
					changed.add((IFile) d.getResource());
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		StructuredViewer v = viewer;
		if (!changed.isEmpty() && v != null && !v.getControl().isDisposed()) {
			v.getControl().getDisplay().asyncExec(() -> {
				if (!v.getControl().isDisposed()) {
					changed.stream().filter(IFile::exists).forEach(f -> v.refresh(f, true));
				}
			});
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	@Override
	public void restoreState(IMemento memento) {
	}

	@Override
	public void saveState(IMemento memento) {
	}
}
