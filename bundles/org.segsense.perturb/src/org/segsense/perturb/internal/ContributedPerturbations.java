// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.perturb.spi.Perturbation;

/** Reads {@value PerturbationCatalog#EXTENSION_POINT}; isolated so that plain Java never loads registry classes. */
public final class ContributedPerturbations {

	private ContributedPerturbations() {
	}

	/**
	 * @param into receives the perturbations
	 * @param problems receives one line per ignored contribution
	 */
	public static void read(List<PerturbationDescriptor> into, List<String> problems) {
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
	 * @param into receives the perturbations
	 * @param problems receives one line per ignored contribution
	 */
	public static void read(IExtensionRegistry registry, List<PerturbationDescriptor> into, List<String> problems) {
		for (IConfigurationElement e : registry.getConfigurationElementsFor(PerturbationCatalog.EXTENSION_POINT)) {
			String contributor = e.getContributor().getName();
			String id = e.getAttribute("id");
			try {
				if (into.stream().anyMatch(p -> p.id().equals(id))) {
					problems.add("perturbation '" + id + "' of " + contributor + " ignored: the id is already used");
					continue;
				}
				List<ParameterSpec> params = new ArrayList<>();
				for (IConfigurationElement p : e.getChildren("parameter")) {
					params.add(new ParameterSpec(p.getAttribute("name"), p.getAttribute("unit"), number(p, "min"), number(p, "max"),
							number(p, "default"), Boolean.parseBoolean(p.getAttribute("integer")), p.getAttribute("description")));
				}
				Object impl = e.createExecutableExtension("class");
				if (!(impl instanceof Perturbation perturbation)) {
					problems.add("perturbation '" + id + "' of " + contributor + " ignored: its class does not implement "
							+ Perturbation.class.getName());
					continue;
				}
				into.add(new PerturbationDescriptor(id, e.getAttribute("name"), e.getAttribute("category"), e.getAttribute("description"),
						params, contributor, perturbation));
			} catch (CoreException | RuntimeException | LinkageError ex) {
				problems.add("perturbation '" + id + "' of " + contributor + " ignored: " + ex.getMessage());
			}
		}
	}

	private static double number(IConfigurationElement p, String attribute) {
		String v = p.getAttribute(attribute);
		if (v == null) {
			throw new IllegalArgumentException("parameter '" + p.getAttribute("name") + "' has no " + attribute);
		}
		return switch (v.trim()) {
			case "inf", "+inf", "Infinity" -> Double.POSITIVE_INFINITY;
			case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
			default -> Double.parseDouble(v.trim());
		};
	}
}
