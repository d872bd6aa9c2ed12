// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

/**
 * The perturbation catalogue of this runtime as an OSGi service (Declarative Services): every
 * contribution to {@value PerturbationCatalog#EXTENSION_POINT}, following the extension registry, so
 * that a bundle installed at run time adds its perturbations and an uninstalled one takes them
 * away. Inject it ({@code @Reference}) or get it from the service registry; plain-Java code uses
 * {@link PerturbationCatalog#installed()}, which delegates here when this service runs.
 */
public interface PerturbationCatalogService {

	/** @return the catalogue as the registry holds it now (an immutable snapshot) */
	PerturbationCatalog catalog();

	/** @param listener called after perturbations were contributed or removed */
	void addChangeListener(Runnable listener);

	/** @param listener a listener given to {@link #addChangeListener} */
	void removeChangeListener(Runnable listener);
}
