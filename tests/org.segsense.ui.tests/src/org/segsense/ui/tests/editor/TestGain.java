// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.editor;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.spi.Perturbation;

/**
 * The perturbation this test fragment contributes (fragment.xml). The editor tests only need its
 * declaration; applying it returns the input unchanged (the tests never run it).
 */
public final class TestGain implements Perturbation {

	@Override
	public PerturbationResult apply(PerturbationInput input, ParameterValues parameters, SplittableRandom random) {
		return new PerturbationResult(input.image(), input.labels(), null);
	}
}
