// SPDX-License-Identifier: EPL-2.0
/**
 * The built-in perturbations (noise, blur, bias field, intensity changes, k-space artefacts, flips,
 * spatial transforms) contributed to the perturbation catalogue.
 */
package org.segsense.perturb.builtin;
