// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.segsense.model.MajorityVoteReference;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.SegsensePackage;

/** The one place that chooses a reference strategy covers every kind of reference in the study model. */
class ReferenceStrategiesTest {

	@Test
	void everyConcreteReferenceKindHasAStrategyWithTheProvenanceName() {
		EClass base = SegsensePackage.Literals.REFERENCE_STRATEGY;
		Map<String, String> names = new TreeMap<>();
		for (EClassifier c : SegsensePackage.eINSTANCE.getEClassifiers()) {
			if (c instanceof EClass e && !e.isAbstract() && base.isSuperTypeOf(e)) {
				org.segsense.model.ReferenceStrategy r = (org.segsense.model.ReferenceStrategy) EcoreUtil.create(e);
				ReferenceStrategy s = ReferenceStrategies.of(r);
				assertNotNull(s, e.getName() + " has no strategy");
				assertEquals(s.name(), ReferenceStrategies.name(r));
				assertEquals(!"GroundTruthReference".equals(e.getName()), s.isConsensus(), e.getName());
				names.put(e.getName(), s.name());
			}
		}
		assertEquals(Map.of("BinaryStapleReference", "binaryStaple", "GroundTruthReference", "groundTruth", "MajorityVoteReference", "majorityVote",
				"MultiLabelStapleReference", "multiLabelStaple"), names);
		assertNull(ReferenceStrategies.of(null));
		assertEquals("none", ReferenceStrategies.name(null));
	}

	@Test
	void theFourBuiltInsAreContributedThroughTheExtensionPoint() {
		ReferenceStrategies installed = ReferenceStrategies.installed();
		assertEquals(List.of(), installed.problems());
		Map<String, String> byReference = new TreeMap<>();
		for (ReferenceStrategies.Contribution c : installed.all()) {
			assertEquals("org.segsense.engine", c.contributor(), "contributed by the engine's plugin.xml, not the plain-Java fallback");
			byReference.put(c.reference().getName(), c.strategy().getClass().getSimpleName());
		}
		assertEquals(Map.of("BinaryStapleReference", "BinaryStapleStrategy", "GroundTruthReference", "GroundTruthStrategy", "MajorityVoteReference",
				"MajorityVoteStrategy", "MultiLabelStapleReference", "MultiLabelStapleStrategy"), byReference);
		assertEquals(4, ReferenceStrategies.builtIn().size(), "the plain-Java fallback has the same four");
	}

	@Test
	void undecidedLabelOnlyWhenSetExplicitly() {
		MajorityVoteReference mv = (MajorityVoteReference) EcoreUtil.create(SegsensePackage.Literals.MAJORITY_VOTE_REFERENCE);
		assertFalse(mv.isSetUndecidedLabel());
		assertEquals(0, ReferenceStrategies.undecidedLabel(mv));
		mv.setUndecidedLabel(7);
		assertEquals(7, ReferenceStrategies.undecidedLabel(mv));
		MultiLabelStapleReference ml = (MultiLabelStapleReference) EcoreUtil.create(SegsensePackage.Literals.MULTI_LABEL_STAPLE_REFERENCE);
		ml.setUndecidedLabel(3);
		assertEquals(3, ReferenceStrategies.undecidedLabel(ml));
		assertEquals(0, ReferenceStrategies.undecidedLabel((org.segsense.model.ReferenceStrategy) EcoreUtil.create(
				SegsensePackage.Literals.BINARY_STAPLE_REFERENCE)));
		assertTrue(ReferenceStrategies.of(mv).raters(mv).isEmpty());
	}

	@Test
	void timingsTotalLeavesOutTheEngineShareOfTheInference() {
		Timings t = new Timings();
		t.load = 1_000_000;
		t.perturb = 2_000_000;
		t.infer = 10_000_000;
		t.engine = 8_000_000;
		t.reference = 3_000_000;
		t.metrics = 4_000_000;
		assertEquals(20_000_000, t.total());
		assertEquals(20.0, t.toRecord().total(), 1e-12);
		assertEquals(8.0, t.toRecord().engine(), 1e-12);
		assertEquals(10.0, t.toRecord().inference(), 1e-12);
	}
}
