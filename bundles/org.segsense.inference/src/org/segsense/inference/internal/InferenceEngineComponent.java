// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.segsense.image.registry.LiveExtensionComponent;
import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.InferenceEngineService;
import org.segsense.inference.InferenceEngines;

/** The {@link InferenceEngineService}: the contributions to {@value InferenceEngines#EXTENSION_POINT}, kept current. */
@Component(service = InferenceEngineService.class, immediate = true)
public final class InferenceEngineComponent extends LiveExtensionComponent<InferenceEngines> implements InferenceEngineService {

	/** @param registry the extension registry (a service of org.eclipse.equinox.registry) */
	@Activate
	public InferenceEngineComponent(@Reference IExtensionRegistry registry) {
		super(registry, InferenceEngines.EXTENSION_POINT, r -> {
			List<EngineDescriptor> all = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			ContributedEngines.read(r, all, problems);
			return InferenceEngines.of(all, problems);
		});
	}

	@Deactivate
	void deactivate() {
		close();
	}

	@Override
	public InferenceEngines engines() {
		return current();
	}
}
