// SPDX-License-Identifier: EPL-2.0
/**
 * Perturbations of input images for sensitivity studies and, in random mode, for training-time
 * augmentation. A perturbation is one class ({@link org.segsense.perturb.spi.Perturbation}) and one
 * {@code <perturbation>} element of the extension point {@code org.segsense.perturb.perturbations}, whose
 * {@code <parameter>} children declare name, unit, range and default;
 * {@link org.segsense.perturb.PerturbationCatalog} lists what is installed. Randomness comes from a
 * {@link java.util.SplittableRandom} seeded by {@link org.segsense.perturb.Seeds#derive}.
 */
package org.segsense.perturb;
