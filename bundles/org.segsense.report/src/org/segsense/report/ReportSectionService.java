// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

/**
 * The report sections of this runtime as an OSGi service (Declarative Services): every contribution
 * to {@value ReportSections#EXTENSION_POINT} in its order, following the extension registry, so that
 * a bundle installed at run time adds its sections and an uninstalled one takes them away. Inject
 * it ({@code @Reference}) or get it from the service registry; plain-Java code uses
 * {@link ReportSections#installed(java.util.List)}, which delegates here when this service runs.
 */
public interface ReportSectionService {

	/** @return the sections as the registry holds them now (an immutable snapshot) */
	ReportSections.Catalog catalog();

	/** @param listener called after sections were contributed or removed */
	void addChangeListener(Runnable listener);

	/** @param listener a listener given to {@link #addChangeListener} */
	void removeChangeListener(Runnable listener);
}
