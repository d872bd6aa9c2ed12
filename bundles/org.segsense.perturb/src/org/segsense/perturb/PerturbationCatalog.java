// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.segsense.image.registry.LiveService;
import org.segsense.model.validation.ParameterCatalog;
import org.segsense.model.validation.ParameterCatalog.ParameterBounds;
import org.segsense.perturb.internal.ContributedPerturbations;

/**
 * Every perturbation of this runtime: the contributions to {@value #EXTENSION_POINT}, in registry
 * order. Outside OSGi there are none unless assembled with {@link #of(List)}. Inside OSGi the
 * {@link PerturbationCatalogService} hands out the current catalogue.
 */
public final class PerturbationCatalog {

	/** The extension point perturbations are contributed to. */
	public static final String EXTENSION_POINT = "org.segsense.perturb.perturbations";

	private static volatile PerturbationCatalog installed;

	private final List<PerturbationDescriptor> perturbations;
	private final List<String> problems;

	private PerturbationCatalog(List<PerturbationDescriptor> perturbations, List<String> problems) {
		this.perturbations = List.copyOf(perturbations);
		this.problems = List.copyOf(problems);
	}

	/**
	 * The perturbations of this runtime. Inside OSGi this is the live {@link PerturbationCatalogService}
	 * (a bundle installed at run time is seen); prefer injecting that service. Without it (plain Java,
	 * Declarative Services not running) this bridge reads the extension registry once and caches it.
	 *
	 * @return the perturbations contributed in this runtime
	 */
	public static PerturbationCatalog installed() {
		PerturbationCatalog live = LiveService.call(PerturbationCatalog.class, PerturbationCatalogService.class,
				PerturbationCatalogService::catalog);
		if (live != null) {
			return live;
		}
		PerturbationCatalog c = installed;
		if (c == null) {
			synchronized (PerturbationCatalog.class) {
				c = installed;
				if (c == null) {
					List<PerturbationDescriptor> all = new ArrayList<>();
					List<String> problems = new ArrayList<>();
					ContributedPerturbations.read(all, problems);
					installed = c = new PerturbationCatalog(all, problems);
				}
			}
		}
		return c;
	}

	/** @return a catalog of exactly these (plain Java, tests) */
	public static PerturbationCatalog of(List<PerturbationDescriptor> perturbations) {
		return new PerturbationCatalog(perturbations, List.of());
	}

	/**
	 * @param perturbations the perturbations
	 * @param problems contributions that were ignored, with the reason
	 * @return a catalog of exactly these (the catalogue service, embedding)
	 */
	public static PerturbationCatalog of(List<PerturbationDescriptor> perturbations, List<String> problems) {
		return new PerturbationCatalog(perturbations, problems);
	}

	/** @return all perturbations */
	public List<PerturbationDescriptor> all() {
		return perturbations;
	}

	/** @return contributions that were ignored, with the reason */
	public List<String> problems() {
		return problems;
	}

	/** @return the perturbation with this id, if installed */
	public Optional<PerturbationDescriptor> byId(String id) {
		return perturbations.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/**
	 * @param id a perturbation id
	 * @return the perturbation
	 * @throws IllegalArgumentException naming the installed ids
	 */
	public PerturbationDescriptor require(String id) {
		return byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown perturbation '" + id + "'; installed: "
				+ String.join(", ", perturbations.stream().map(PerturbationDescriptor::id).toList()) + " (segsense perturb --list)."));
	}

	/** @return the catalog as the study model's validation sees it (ids, parameter names, bounds) */
	public ParameterCatalog asParameterCatalog() {
		Map<String, Map<String, ParameterBounds>> m = new LinkedHashMap<>();
		for (PerturbationDescriptor p : perturbations) {
			Map<String, ParameterBounds> params = new LinkedHashMap<>();
			p.parameters().forEach(s -> params.put(s.name(), new ParameterBounds(s.minimum(), s.maximum(), s.unit())));
			m.put(p.id(), params);
		}
		return ParameterCatalog.of(m);
	}
}
