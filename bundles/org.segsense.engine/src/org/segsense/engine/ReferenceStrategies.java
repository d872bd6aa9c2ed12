// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.segsense.engine.internal.ContributedReferenceStrategies;
import org.segsense.model.SegsensePackage;

/**
 * The one place that chooses a {@link ReferenceStrategy} for a study's reference: a map from the
 * reference's EClass to the strategy contributed for it through {@value #EXTENSION_POINT} (the engine
 * contributes the four built-ins in its plugin.xml). Outside OSGi (plain Java) the built-ins are used.
 */
public final class ReferenceStrategies {

	/** The extension point of reference strategies. */
	public static final String EXTENSION_POINT = "org.segsense.reference.strategies";

	/**
	 * One strategy and the kind of reference it builds.
	 *
	 * @param reference the reference's EClass
	 * @param strategy the strategy
	 * @param contributor the contributing bundle ({@value #BUILT_IN} outside OSGi)
	 */
	public record Contribution(EClass reference, ReferenceStrategy strategy, String contributor) {
	}

	/** The contributor of the built-ins outside OSGi. */
	public static final String BUILT_IN = "built-in";

	private static volatile ReferenceStrategies installed;

	private final Map<EClass, Contribution> byEClass = new LinkedHashMap<>();
	private final List<String> problems;

	private ReferenceStrategies(List<Contribution> contributions, List<String> problems) {
		contributions.forEach(c -> byEClass.putIfAbsent(c.reference(), c));
		this.problems = List.copyOf(problems);
	}

	/** @return the strategies contributed in this runtime (read once), or the built-ins outside OSGi */
	public static ReferenceStrategies installed() {
		ReferenceStrategies s = installed;
		if (s == null) {
			synchronized (ReferenceStrategies.class) {
				s = installed;
				if (s == null) {
					List<Contribution> all = new ArrayList<>();
					List<String> problems = new ArrayList<>();
					boolean registry;
					try {
						registry = ContributedReferenceStrategies.read(all, problems);
					} catch (LinkageError notInOsgi) {
						registry = false;
					}
					installed = s = new ReferenceStrategies(registry ? all : builtIn(), problems);
				}
			}
		}
		return s;
	}

	/** @return the four built-in strategies (plain Java) */
	static List<Contribution> builtIn() {
		return List.of(new Contribution(SegsensePackage.Literals.GROUND_TRUTH_REFERENCE, new GroundTruthStrategy(), BUILT_IN),
				new Contribution(SegsensePackage.Literals.MAJORITY_VOTE_REFERENCE, new MajorityVoteStrategy(), BUILT_IN),
				new Contribution(SegsensePackage.Literals.BINARY_STAPLE_REFERENCE, new BinaryStapleStrategy(), BUILT_IN),
				new Contribution(SegsensePackage.Literals.MULTI_LABEL_STAPLE_REFERENCE, new MultiLabelStapleStrategy(), BUILT_IN));
	}

	/** @return every strategy, in registry order */
	public List<Contribution> all() {
		return List.copyOf(byEClass.values());
	}

	/** @return one line per ignored contribution */
	public List<String> problems() {
		return problems;
	}

	/**
	 * @param reference the study's reference, or null
	 * @return its strategy among the installed ones, or null when the reference is null or of a kind no strategy handles
	 */
	public static ReferenceStrategy of(org.segsense.model.ReferenceStrategy reference) {
		if (reference == null) {
			return null;
		}
		Contribution c = installed().byEClass.get(reference.eClass());
		return c == null ? null : c.strategy();
	}

	/** @return the name of a study's reference for the provenance ({@code none} without one, else its strategy's or its EClass's name) */
	public static String name(org.segsense.model.ReferenceStrategy reference) {
		ReferenceStrategy s = of(reference);
		return reference == null ? "none" : s != null ? s.name() : reference.eClass().getName();
	}

	/** @return the label undecided voxels get, explicitly set in the study, else 0 */
	static int undecidedLabel(org.segsense.model.ReferenceStrategy reference) {
		ReferenceStrategy s = of(reference);
		return s == null ? 0 : s.undecidedLabel(reference);
	}
}
