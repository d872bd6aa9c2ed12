package org.segsense.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The report sections contributed through {@value #EXTENSION_POINT}, in their order. */
public final class ReportSections {

	/** The extension point. */
	public static final String EXTENSION_POINT = "org.segsense.report.sections";

	/**
	 * A contributed section.
	 *
	 * @param id stable id (the HTML anchor is {@code sec-ID})
	 * @param name heading
	 * @param order position (ascending; ties by id)
	 * @param contributor the contributing bundle
	 * @param section the implementation
	 */
	public record Descriptor(String id, String name, int order, String contributor, ReportSection section) {
	}

	/**
	 * The installed sections.
	 *
	 * @param problems receives one line per contribution that was ignored
	 * @return the sections, ordered
	 */
	public static List<Descriptor> installed(List<String> problems) {
		List<Descriptor> out = new ArrayList<>();
		try {
			Registry.read(out, problems);
		} catch (LinkageError notInOsgi) {
			problems.add("no extension registry: no report sections are installed (run SegSense as a product)");
		}
		out.sort(Comparator.comparingInt(Descriptor::order).thenComparing(Descriptor::id));
		return out;
	}

	private ReportSections() {
	}

	/** Isolated so that plain Java never loads registry classes unless asked. */
	private static final class Registry {
		static void read(List<Descriptor> into, List<String> problems) {
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			if (registry == null) {
				problems.add("no extension registry: no report sections are installed");
				return;
			}
			for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
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
		}
	}
}
