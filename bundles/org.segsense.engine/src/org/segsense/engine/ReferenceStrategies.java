package org.segsense.engine;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.segsense.model.SegsensePackage;

/** The one place that chooses a {@link ReferenceStrategy} for a study's reference: by the reference's EClass. */
public final class ReferenceStrategies {

	private static final Map<EClass, ReferenceStrategy> BUILT_IN = Map.of(
			SegsensePackage.Literals.GROUND_TRUTH_REFERENCE, new GroundTruthStrategy(),
			SegsensePackage.Literals.MAJORITY_VOTE_REFERENCE, new MajorityVoteStrategy(),
			SegsensePackage.Literals.BINARY_STAPLE_REFERENCE, new BinaryStapleStrategy(),
			SegsensePackage.Literals.MULTI_LABEL_STAPLE_REFERENCE, new MultiLabelStapleStrategy());

	private ReferenceStrategies() {
	}

	/**
	 * @param reference the study's reference, or null
	 * @return its strategy, or null when the reference is null or of a kind no strategy handles
	 */
	public static ReferenceStrategy of(org.segsense.model.ReferenceStrategy reference) {
		return reference == null ? null : BUILT_IN.get(reference.eClass());
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
