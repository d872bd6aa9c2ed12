// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.segsense.image.registry.LiveExtensionComponent;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationCatalogService;
import org.segsense.perturb.PerturbationDescriptor;

/** The {@link PerturbationCatalogService}: the contributions to {@value PerturbationCatalog#EXTENSION_POINT}, kept current. */
@Component(service = PerturbationCatalogService.class, immediate = true)
public final class PerturbationCatalogComponent extends LiveExtensionComponent<PerturbationCatalog> implements PerturbationCatalogService {

	/** @param registry the extension registry (a service of org.eclipse.equinox.registry) */
	@Activate
	public PerturbationCatalogComponent(@Reference IExtensionRegistry registry) {
		super(registry, PerturbationCatalog.EXTENSION_POINT, r -> {
			List<PerturbationDescriptor> all = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			ContributedPerturbations.read(r, all, problems);
			return PerturbationCatalog.of(all, problems);
		});
	}

	@Deactivate
	void deactivate() {
		close();
	}

	@Override
	public PerturbationCatalog catalog() {
		return current();
	}
}
