// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.util.List;

/**
 * The image formats of this runtime as an OSGi service (Declarative Services): the readers and
 * writers contributed to the extension point {@code org.segsense.image.formats}, then the built-in
 * NIfTI, MetaImage and NRRD formats. The lists follow the extension registry: a bundle installed at
 * run time adds its formats, an uninstalled one takes them away. Outside OSGi use
 * {@link ImageIO#readers()} and {@link ImageIO#writers()}, which delegate to this service when it runs.
 */
public interface ImageFormatService {

	/** @return the readers now, contributed ones first (unmodifiable) */
	List<ImageReader> readers();

	/** @return the writers now, contributed ones first (unmodifiable) */
	List<ImageWriter> writers();

	/** @param listener called after formats were contributed or removed */
	void addChangeListener(Runnable listener);

	/** @param listener a listener given to {@link #addChangeListener} */
	void removeChangeListener(Runnable listener);
}
