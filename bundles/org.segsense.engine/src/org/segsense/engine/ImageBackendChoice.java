// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import org.segsense.backend.BackendUnavailableException;
import org.segsense.backend.ImageBackend;
import org.segsense.backend.ImageBackends;
import org.segsense.model.Study;

/**
 * The image backend a run reads its case images with: the system property {@value #PROPERTY} (set by
 * {@code segsense reproduce --backend}), else the environment variable {@value #ENV}, else the study's
 * {@code execution.imageBackend}, else {@code java}. Recorded in the provenance as {@code image.backend} and
 * {@code image.backend.KEY} (the backend's own facts, e.g. SimpleITK's version).
 */
public final class ImageBackendChoice {

	/** System property that overrides the study's backend (e.g. to reproduce a run on another backend). */
	public static final String PROPERTY = "segsense.imageBackend";
	/** Environment variable that overrides the study's backend. */
	public static final String ENV = "SEGSENSE_IMAGE_BACKEND";

	private ImageBackendChoice() {
	}

	/** @return the id of the backend a run of {@code study} uses */
	public static String id(Study study) {
		String p = System.getProperty(PROPERTY);
		if (p != null && !p.isBlank()) {
			return p.trim();
		}
		String e = System.getenv(ENV);
		if (e != null && !e.isBlank()) {
			return e.trim();
		}
		String s = study == null || study.getExecution() == null ? null : study.getExecution().getImageBackend();
		return s == null || s.isBlank() ? ImageBackends.DEFAULT : s;
	}

	/**
	 * @return the backend a run of {@code study} uses
	 * @throws StudyRunException (bad input) when it is not installed; the message says how to add it
	 */
	public static ImageBackend of(Study study) throws StudyRunException {
		try {
			ImageBackend b = ImageBackends.get(id(study));
			b.describe();
			return b;
		} catch (BackendUnavailableException e) {
			throw StudyRunException.badInput("The study's image backend: " + e.getMessage(), e);
		}
	}

	/** @return {@code image.backend} and {@code image.backend.KEY} facts for the provenance */
	static Map<String, String> provenance(ImageBackend backend) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("image.backend", backend.id());
		backend.describe().forEach((k, v) -> m.put("image.backend." + k, v));
		return m;
	}
}
