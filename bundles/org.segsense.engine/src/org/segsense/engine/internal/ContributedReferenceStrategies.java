// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.internal;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.segsense.engine.ReferenceStrategies;
import org.segsense.engine.ReferenceStrategy;
import org.segsense.model.SegsensePackage;

/** Reads {@value ReferenceStrategies#EXTENSION_POINT}; isolated so that plain Java never loads registry classes. */
public final class ContributedReferenceStrategies {

	private ContributedReferenceStrategies() {
	}

	/**
	 * @param into receives the strategies, in registry order
	 * @param problems receives one line per ignored contribution
	 * @return false when there is no extension registry (plain Java)
	 */
	public static boolean read(List<ReferenceStrategies.Contribution> into, List<String> problems) {
		IExtensionRegistry registry;
		try {
			registry = RegistryFactory.getRegistry();
		} catch (LinkageError notInOsgi) {
			return false;
		}
		if (registry == null) {
			return false;
		}
		for (IConfigurationElement e : registry.getConfigurationElementsFor(ReferenceStrategies.EXTENSION_POINT)) {
			String contributor = e.getContributor().getName();
			String name = e.getAttribute("reference");
			String what = "reference strategy for '" + name + "' of " + contributor + " ignored: ";
			try {
				String nsUri = e.getAttribute("nsURI") != null ? e.getAttribute("nsURI") : SegsensePackage.eNS_URI;
				EPackage p = SegsensePackage.eNS_URI.equals(nsUri) ? SegsensePackage.eINSTANCE : EPackage.Registry.INSTANCE.getEPackage(nsUri);
				EClassifier c = p == null || name == null ? null : p.getEClassifier(name);
				if (!(c instanceof EClass eClass) || eClass.isAbstract() || !SegsensePackage.Literals.REFERENCE_STRATEGY.isSuperTypeOf(eClass)) {
					problems.add(what + "no concrete reference EClass of that name in " + nsUri);
					continue;
				}
				if (into.stream().anyMatch(x -> x.reference() == eClass)) {
					problems.add(what + "that reference already has a strategy");
					continue;
				}
				Object impl = e.createExecutableExtension("class");
				if (!(impl instanceof ReferenceStrategy strategy)) {
					problems.add(what + "its class does not implement " + ReferenceStrategy.class.getName());
					continue;
				}
				into.add(new ReferenceStrategies.Contribution(eClass, strategy, contributor));
			} catch (CoreException | RuntimeException | LinkageError ex) {
				problems.add(what + ex.getMessage());
			}
		}
		return true;
	}
}
