// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.internal;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.spi.InferenceEngine;

/** Reads {@value InferenceEngines#EXTENSION_POINT}; isolated so that plain Java never loads registry classes. */
public final class ContributedEngines {

	private ContributedEngines() {
	}

	/**
	 * @param into receives the engines
	 * @param problems receives one line per ignored contribution
	 */
	public static void read(List<EngineDescriptor> into, List<String> problems) {
		IExtensionRegistry registry;
		try {
			registry = RegistryFactory.getRegistry();
		} catch (LinkageError notInOsgi) {
			return;
		}
		if (registry != null) {
			read(registry, into, problems);
		}
	}

	/**
	 * @param registry the extension registry to read
	 * @param into receives the engines
	 * @param problems receives one line per ignored contribution
	 */
	public static void read(IExtensionRegistry registry, List<EngineDescriptor> into, List<String> problems) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(InferenceEngines.EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			try {
				Object implementation = element.createExecutableExtension("class");
				if (!(implementation instanceof InferenceEngine engine)) {
					problems.add("engine '" + id + "' of " + contributor + " ignored: its class does not implement "
							+ InferenceEngine.class.getName());
					continue;
				}
				if (into.stream().anyMatch(e -> e.id().equals(id))) {
					problems.add("engine '" + id + "' of " + contributor + " ignored: the id is already used");
					continue;
				}
				into.add(new EngineDescriptor(id, element.getAttribute("name"), contributor, engine));
			} catch (CoreException | RuntimeException | LinkageError e) {
				problems.add("engine '" + id + "' of " + contributor + " ignored: " + e);
			}
		}
	}
}
