// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

/**
 * The inference engines of this runtime as an OSGi service (Declarative Services): every
 * contribution to {@value InferenceEngines#EXTENSION_POINT}, following the extension registry, so
 * that an engine bundle installed at run time is offered and an uninstalled one is not. Inject it
 * ({@code @Reference}) or get it from the service registry; plain-Java code uses
 * {@link InferenceEngines#installed()}, which delegates here when this service runs.
 */
public interface InferenceEngineService {

	/** @return the engines as the registry holds them now (an immutable snapshot) */
	InferenceEngines engines();

	/** @param listener called after engines were contributed or removed */
	void addChangeListener(Runnable listener);

	/** @param listener a listener given to {@link #addChangeListener} */
	void removeChangeListener(Runnable listener);
}
