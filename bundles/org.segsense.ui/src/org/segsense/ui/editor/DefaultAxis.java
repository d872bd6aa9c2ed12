// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.PerturbationDescriptor;

/**
 * The axis a perturbation gets when it is added to a study (the Perturbations page's Add, the New Study
 * wizard): id the perturbation's id (made unique in the study with {@code -2}, {@code -3}, …), name its name;
 * it sweeps the first declared parameter linearly from its default to its maximum (from the minimum when the
 * default is the maximum) in 5 steps (fewer for an integer parameter with a shorter range). An unbounded side
 * (an infinite maximum or minimum, e.g. intensity-offset's offset) is replaced by the default plus (or minus)
 * 4 × max(|default|, 1), so the sweep's values are finite. A perturbation without parameters gets no sweep.
 */
public final class DefaultAxis {

	private DefaultAxis() {
	}

	/** @return a new axis of {@code d} for {@code study} (not added to it) */
	public static PerturbationAxis of(PerturbationDescriptor d, Study study) {
		PerturbationAxis axis = SegsenseFactory.eINSTANCE.createPerturbationAxis();
		String id = d.id();
		for (int n = 2; idTaken(study, id); n++) {
			id = d.id() + "-" + n;
		}
		axis.setId(id);
		axis.setName(d.name());
		axis.setPerturbationType(d.id());
		if (!d.parameters().isEmpty()) {
			ParameterSpec p = d.parameters().get(0);
			axis.setSweptParameter(p.name());
			axis.setUnit(p.unit().isEmpty() ? null : p.unit());
			RangeSweep r = SegsenseFactory.eINSTANCE.createRangeSweep();
			double span = 4 * Math.max(Math.abs(p.defaultValue()), 1);
			double max = Double.isFinite(p.maximum()) ? p.maximum() : p.defaultValue() + span;
			double min = Double.isFinite(p.minimum()) ? p.minimum() : p.defaultValue() - span;
			r.setStart(p.defaultValue() < max ? p.defaultValue() : min);
			r.setStop(p.defaultValue() < max ? max : p.defaultValue());
			r.setSteps(p.integer() ? (int) Math.min(5, r.getStop() - r.getStart() + 1) : 5);
			axis.setSweep(r);
		}
		return axis;
	}

	private static boolean idTaken(Study study, String id) {
		return study.getAxes().stream().anyMatch(a -> id.equals(a.getId()));
	}
}
