// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.segsense.report.ReportSection;
import org.segsense.report.ReportSections;
import org.segsense.report.ReportSections.Catalog;
import org.segsense.report.ReportSections.Descriptor;

/** Reads {@value ReportSections#EXTENSION_POINT}; isolated so that plain Java never loads registry classes. */
public final class ContributedSections {

	private ContributedSections() {
	}

	/**
	 * @param registry the extension registry to read
	 * @return the sections ordered by {@code order} then id, and one line per ignored contribution
	 */
	public static Catalog read(IExtensionRegistry registry) {
		List<Descriptor> into = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(ReportSections.EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			try {
				int order;
				try {
					order = Integer.parseInt(element.getAttribute("order") == null ? "1000" : element.getAttribute("order").trim());
				} catch (NumberFormatException e) {
					problems.add("report section '" + id + "' of " + contributor + ": order '" + element.getAttribute("order")
							+ "' is not a whole number; placed last");
					order = Integer.MAX_VALUE;
				}
				Object implementation = element.createExecutableExtension("class");
				if (!(implementation instanceof ReportSection section)) {
					problems.add("report section '" + id + "' of " + contributor + " ignored: its class does not implement "
							+ ReportSection.class.getName());
					continue;
				}
				if (into.stream().anyMatch(d -> d.id().equals(id))) {
					problems.add("report section '" + id + "' of " + contributor + " ignored: the id is already used");
					continue;
				}
				String name = element.getAttribute("name");
				into.add(new Descriptor(id, name == null ? id : name, order, contributor, section));
			} catch (CoreException | RuntimeException e) {
				problems.add("report section '" + id + "' of " + contributor + " ignored: " + e.getMessage());
			}
		}
		into.sort(Comparator.comparingInt(Descriptor::order).thenComparing(Descriptor::id));
		return new Catalog(into, problems);
	}
}
