// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.segsense.image.registry.LiveService;
import org.segsense.report.internal.ContributedSections;

/**
 * The report sections contributed through {@value #EXTENSION_POINT}, in their order. Inside OSGi the
 * {@link ReportSectionService} hands out the current sections; {@link #installed(List)} delegates to
 * it and reads the registry itself only when the service does not run.
 */
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
	 * The sections of one moment, and the contributions that were ignored.
	 *
	 * @param sections the sections, ordered
	 * @param problems one line per contribution that was ignored
	 */
	public record Catalog(List<Descriptor> sections, List<String> problems) {
		/** Immutable copies. */
		public Catalog {
			sections = List.copyOf(sections);
			problems = List.copyOf(problems);
		}
	}

	/**
	 * The installed sections: the live {@link ReportSectionService} inside OSGi, else the extension
	 * registry read now.
	 *
	 * @param problems receives one line per contribution that was ignored
	 * @return the sections, ordered
	 */
	public static List<Descriptor> installed(List<String> problems) {
		Catalog live = LiveService.call(ReportSections.class, ReportSectionService.class, ReportSectionService::catalog);
		if (live != null) {
			problems.addAll(live.problems());
			return live.sections();
		}
		List<Descriptor> out = new ArrayList<>();
		try {
			Registry.read(out, problems);
		} catch (LinkageError notInOsgi) {
			problems.add("no extension registry: no report sections are installed (run SegSense as a product)");
		}
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
			Catalog catalog = ContributedSections.read(registry);
			into.addAll(catalog.sections());
			problems.addAll(catalog.problems());
		}
	}
}
