// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segsense.engine.ReferenceStrategies;
import org.segsense.model.ConsensusReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.ReferenceStrategy;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;

/**
 * The kinds of reference a study can have: the reference strategies installed now
 * ({@link ReferenceStrategies}: ground truth, majority vote, binary and multi-label STAPLE, and any a
 * plug-in contributes), each an EClass of the model. {@link #switchTo} builds the reference of another
 * kind keeping what can be kept.
 */
final class ReferenceKinds {

	private static final Map<EClass, String> NAMES = Map.of(
			Literals.GROUND_TRUTH_REFERENCE, "Ground truth (each case's label image)",
			Literals.MAJORITY_VOTE_REFERENCE, "Majority vote of raters",
			Literals.BINARY_STAPLE_REFERENCE, "Binary STAPLE of raters (per label)",
			Literals.MULTI_LABEL_STAPLE_REFERENCE, "Multi-label STAPLE of raters");

	private ReferenceKinds() {
	}

	/** @return the installed kinds, plus {@code current}'s kind where no strategy handles it */
	static List<EClass> offered(ReferenceStrategy current) {
		List<EClass> kinds = new ArrayList<>();
		for (ReferenceStrategies.Contribution c : ReferenceStrategies.installed().all()) {
			kinds.add(c.reference());
		}
		if (current != null && !kinds.contains(current.eClass())) {
			kinds.add(current.eClass());
		}
		return kinds;
	}

	/** @return a person's name of the kind */
	static String name(EClass kind) {
		String known = NAMES.get(kind);
		if (known != null) {
			return known;
		}
		for (ReferenceStrategies.Contribution c : ReferenceStrategies.installed().all()) {
			if (c.reference() == kind) {
				return c.strategy().name() + " (" + c.contributor() + ")";
			}
		}
		return kind.getName() + " (not installed)";
	}

	/**
	 * A new reference of {@code kind} that keeps what {@code old} holds where the new kind has it: the
	 * raters between consensus kinds, and every set attribute of the same name and type (e.g. the iteration
	 * limit between the STAPLE kinds, the undecided label between majority vote and multi-label STAPLE).
	 * A consensus made from a reference without raters starts with every model variant as a rater.
	 */
	static ReferenceStrategy switchTo(EClass kind, ReferenceStrategy old, Study study) {
		ReferenceStrategy fresh = (ReferenceStrategy) EcoreUtil.create(kind);
		if (fresh instanceof ConsensusReference consensus) {
			List<ModelVariant> raters = old instanceof ConsensusReference c ? c.getRaters() : study.getModelVariants();
			consensus.getRaters().addAll(raters);
		}
		if (old != null) {
			for (EAttribute a : kind.getEAllAttributes()) {
				EAttribute same = (EAttribute) old.eClass().getEStructuralFeature(a.getName());
				if (same != null && same.getEType() == a.getEType() && old.eIsSet(same) && a.isChangeable()) {
					fresh.eSet(a, old.eGet(same));
				}
			}
		}
		return fresh;
	}
}
