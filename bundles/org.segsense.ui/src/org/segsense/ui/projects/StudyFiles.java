// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.segsense.model.Study;
import org.segsense.workflows.study.StudyService;

/**
 * The studies of the Project Explorer's study files, loaded on first use (a label or an expansion) through
 * {@link StudyService#load} and kept until the file changes ({@link #forget}); read-only: nothing here is
 * ever saved. A file that does not load keeps its error message, shown beside its name.
 */
final class StudyFiles {

	/** A loaded study file: the study, or the message why it does not load; {@code stamp} the file's modification stamp. */
	record Loaded(long stamp, Study study, String error) {
	}

	private static final Map<IFile, Loaded> CACHE = new ConcurrentHashMap<>();

	private StudyFiles() {
	}

	/** @return whether {@code element} is a study file ({@code *.segsense}) */
	static boolean isStudyFile(Object element) {
		return element instanceof IFile f && "segsense".equals(f.getFileExtension());
	}

	/** @return the study of {@code file}, loaded now when the file changed since the last load */
	static Loaded get(IFile file) {
		long stamp = file.getModificationStamp();
		Loaded cached = CACHE.get(file);
		if (cached != null && cached.stamp() == stamp) {
			return cached;
		}
		Loaded loaded;
		try {
			if (file.getLocation() == null) {
				throw new IllegalStateException(file.getFullPath() + " is not in the local file system");
			}
			loaded = new Loaded(stamp, Services.get(StudyService.class).load(file.getLocation().toFile().toPath()), null);
		} catch (RuntimeException e) {
			loaded = new Loaded(stamp, null, e.getMessage());
		}
		CACHE.put(file, loaded);
		return loaded;
	}

	/** @return the file whose loaded study is {@code study}, or null */
	static IFile fileOf(Study study) {
		return CACHE.entrySet().stream().filter(e -> e.getValue().study() == study).map(Map.Entry::getKey).findFirst().orElse(null);
	}

	/** Drops the study of {@code file}: the next use loads it again. */
	static void forget(IFile file) {
		CACHE.remove(file);
	}
}
