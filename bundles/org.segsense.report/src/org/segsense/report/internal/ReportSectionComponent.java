// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.internal;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.segsense.image.registry.LiveExtensionComponent;
import org.segsense.report.ReportSectionService;
import org.segsense.report.ReportSections;

/** The {@link ReportSectionService}: the contributions to {@value ReportSections#EXTENSION_POINT}, kept current. */
@Component(service = ReportSectionService.class, immediate = true)
public final class ReportSectionComponent extends LiveExtensionComponent<ReportSections.Catalog> implements ReportSectionService {

	/** @param registry the extension registry (a service of org.eclipse.equinox.registry) */
	@Activate
	public ReportSectionComponent(@Reference IExtensionRegistry registry) {
		super(registry, ReportSections.EXTENSION_POINT, ContributedSections::read);
	}

	@Deactivate
	void deactivate() {
		close();
	}

	@Override
	public ReportSections.Catalog catalog() {
		return current();
	}
}
