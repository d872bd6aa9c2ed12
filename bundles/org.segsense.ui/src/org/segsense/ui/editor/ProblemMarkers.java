// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.forms.editor.IFormPage;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.model.validation.ObjectPaths;
import org.segsense.model.validation.Problem;
import org.segsense.model.validation.StudyValidation;
import org.segsense.perturb.PerturbationCatalog;

/**
 * The study editor's validation problems as Problems-view markers ({@value #TYPE}, a problem marker) on the study
 * file, when the editor's input is a workspace file. The markers follow the <em>editor's state</em>, saved or not
 * (as JDT's reconciled problems do): written {@value #DELAY_MS} ms after the last change, in a {@link WorkspaceJob}
 * with the file's marker rule, rewritten only when the problems changed. When the editor is closed without saving,
 * they are rewritten from the saved file, so they describe the file again.
 *
 * <p>A marker's message is the problem's message; its location ({@link IMarker#LOCATION}, the Problems view's
 * Location column) and {@value #OBJECT_PATH} attribute are the object path, e.g.
 * {@code /study[id=s]/axes[id=a]/sweep/steps}; {@value #CODE} is the rule; the severity is the problem's.
 * {@link #reveal} opens the page that edits the marker's object.
 */
final class ProblemMarkers {

	/** The marker type (plugin.xml). */
	static final String TYPE = "org.segsense.ui.problem";
	/** Marker attribute: the object path of the problem. */
	static final String OBJECT_PATH = "objectPath";
	/** Marker attribute: the validation rule. */
	static final String CODE = "code";
	/** The family of the marker jobs. */
	static final Object FAMILY = ProblemMarkers.class;
	/** The debounce delay. */
	static final long DELAY_MS = 300;

	private final StudyEditor editor;
	private final IFile file;
	private final MarkerJob job;

	private ProblemMarkers(StudyEditor editor, IFile file) {
		this.editor = editor;
		this.file = file;
		this.job = new MarkerJob(file);
		editor.onChange(this::changed);
		changed();
	}

	/** @return the markers of {@code editor}, or null when its input is not a workspace file */
	static ProblemMarkers install(StudyEditor editor, IEditorInput input) {
		return input instanceof IFileEditorInput f ? new ProblemMarkers(editor, f.getFile()) : null;
	}

	private void changed() {
		job.write(List.copyOf(editor.problems()));
	}

	/** The editor closes: when it is dirty, the markers are rewritten from the saved file. */
	void close(boolean dirty) {
		if (dirty) {
			job.write(null);
		}
	}

	/** Writes a list of problems (or those of the saved file: null) on the file, debounced. */
	private static final class MarkerJob extends WorkspaceJob {

		private final IFile file;
		private volatile List<Problem> pending;
		private volatile boolean fromFile;
		private List<Problem> written;

		MarkerJob(IFile file) {
			super("Updating the SegSense problems of " + file.getName());
			this.file = file;
			setSystem(true);
			setRule(file.getWorkspace().getRuleFactory().markerRule(file));
		}

		void write(List<Problem> problems) {
			fromFile = problems == null;
			pending = problems;
			cancel();
			schedule(fromFile ? 0 : DELAY_MS);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			if (!file.exists()) {
				return Status.OK_STATUS;
			}
			List<Problem> problems = fromFile ? savedProblems(file) : pending;
			if (problems == null || problems.equals(written)) {
				return Status.OK_STATUS;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Problem p : problems) {
				Map<String, Object> a = new HashMap<>();
				a.put(IMarker.MESSAGE, p.message());
				a.put(IMarker.LOCATION, p.path());
				a.put(OBJECT_PATH, p.path());
				a.put(CODE, p.code());
				a.put(IMarker.SEVERITY, switch (p.severity()) {
					case ERROR -> IMarker.SEVERITY_ERROR;
					case WARNING -> IMarker.SEVERITY_WARNING;
					case INFO -> IMarker.SEVERITY_INFO;
				});
				file.createMarker(TYPE, a);
			}
			written = problems;
			return Status.OK_STATUS;
		}
	}

	/** The problems of the saved file, as the editor validates (one problem when it cannot be loaded). */
	static List<Problem> savedProblems(IFile file) {
		Path path = file.getLocation().toFile().toPath();
		try {
			Study study = StudyResources.load(path);
			return StudyValidation.validate(study, path.getParent(), PerturbationCatalog.installed().asParameterCatalog());
		} catch (StudyLoadException | RuntimeException e) {
			return List.of(new Problem(Problem.Severity.ERROR, "/", String.valueOf(e.getMessage()), "Study.loads"));
		}
	}

	/**
	 * Reveals a marker's object: the deepest object of the edited study whose path begins the marker's object
	 * path is offered to each page that can show it ({@link Reveals}); the Overview (with the problem list) else.
	 */
	static void reveal(StudyEditor editor, IMarker marker, List<?> pages) {
		String path = marker.getAttribute(OBJECT_PATH, marker.getAttribute(IMarker.LOCATION, ""));
		EObject target = editor.study();
		for (org.eclipse.emf.common.util.TreeIterator<EObject> it = EcoreUtil.getAllContents(editor.study(), true); it.hasNext();) {
			EObject o = it.next();
			String p = ObjectPaths.pathOf(o);
			if ((path.equals(p) || path.startsWith(p + "/")) && p.length() > ObjectPaths.pathOf(target).length()) {
				target = o;
			}
		}
		for (Object page : pages) {
			if (page instanceof Reveals r && r.reveal(target)) {
				editor.setActivePage(((IFormPage) page).getId());
				return;
			}
		}
		editor.setActivePage(Ids.OVERVIEW_PAGE);
	}

	/** A page that can select an object of the study (and the objects within it). */
	interface Reveals {
		/** @return true when the page shows {@code object} (now selected), false when it does not edit it */
		boolean reveal(EObject object);
	}
}
