// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.spi;

import java.util.SplittableRandom;

import org.segsense.perturb.ParameterValues;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;

/**
 * One perturbation of an input image: the class a plug-in contributes with one {@code <perturbation>}
 * element of {@code org.segsense.perturb.perturbations}, whose {@code <parameter>} children declare the
 * parameters (name, unit, range, default). Implementations must be stateless and thread-safe: one
 * instance serves every job. All randomness must come from the given {@code random}, which SegSense
 * seeds from (study seed, job key) so that a result does not depend on order, threads or shards.
 */
public interface Perturbation {

	/**
	 * Perturbs an image.
	 *
	 * @param input the image (and labels, ROI) to perturb; never modified
	 * @param parameters the values of every declared parameter (defaults filled in, within range)
	 * @param random the job's random source
	 * @return the perturbed image, labels moved with it (spatial perturbations; nearest neighbour) and,
	 *         for spatial perturbations, the transform from perturbed to original physical points
	 */
	PerturbationResult apply(PerturbationInput input, ParameterValues parameters, SplittableRandom random);
}
