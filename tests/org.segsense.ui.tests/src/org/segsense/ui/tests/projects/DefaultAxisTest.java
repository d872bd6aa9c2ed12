// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.model.sweep.SweepValues;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.ui.editor.DefaultAxis;

/**
 * The axis a perturbation gets when it is added (the study editor's Add, the New Study wizard): the first
 * parameter swept from its default to its maximum in 5 steps, finite also for unbounded parameters, ids unique.
 */
class DefaultAxisTest {

	private static PerturbationDescriptor one(ParameterSpec p) {
		return new PerturbationDescriptor("p", "P", "intensity", "", List.of(p), "test", null);
	}

	@Test
	void sweepsTheFirstParameterFromItsDefaultToItsMaximumInFiveSteps() {
		PerturbationAxis a = DefaultAxis.of(one(new ParameterSpec("gain", "", 0.1, 10, 1, false, "")), StudyResources.newStudy("s"));
		assertEquals("p", a.getId());
		assertEquals("gain", a.getSweptParameter());
		assertNull(a.getUnit());
		assertEquals(List.of(1.0, 3.25, 5.5, 7.75, 10.0), SweepValues.of(a.getSweep()));
		PerturbationAxis atMax = DefaultAxis.of(one(new ParameterSpec("q", "mm", 0, 2, 2, false, "")), StudyResources.newStudy("s"));
		assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0), SweepValues.of(atMax.getSweep()), "from the minimum when the default is the maximum");
		assertEquals("mm", atMax.getUnit());
	}

	@Test
	void anUnboundedParameterGetsAFiniteSweep() {
		PerturbationAxis a = DefaultAxis.of(one(new ParameterSpec("offset", "", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, false, "")),
				StudyResources.newStudy("s"));
		assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0), SweepValues.of(a.getSweep()));
		PerturbationAxis b = DefaultAxis.of(one(new ParameterSpec("x", "", 0, Double.POSITIVE_INFINITY, 5, false, "")), StudyResources.newStudy("s"));
		assertEquals(List.of(5.0, 10.0, 15.0, 20.0, 25.0), SweepValues.of(b.getSweep()));
	}

	@Test
	void everyInstalledPerturbationGetsFiniteValuesInsideItsRangeAndIdsStayUnique() {
		Study study = StudyResources.newStudy("s");
		for (PerturbationDescriptor d : PerturbationCatalog.installed().all()) {
			PerturbationAxis a = DefaultAxis.of(d, study);
			study.getAxes().add(a);
			if (d.parameters().isEmpty()) {
				continue;
			}
			ParameterSpec p = d.parameters().get(0);
			for (double v : SweepValues.of(a.getSweep())) {
				assertTrue(Double.isFinite(v) && v >= p.minimum() && v <= p.maximum(), d.id() + ": " + v + " outside " + p.range());
			}
		}
		PerturbationDescriptor first = PerturbationCatalog.installed().all().get(0);
		assertEquals(first.id() + "-2", DefaultAxis.of(first, study).getId(), "a second axis of a perturbation gets another id");
	}
}
