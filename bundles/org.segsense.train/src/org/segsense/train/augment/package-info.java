// SPDX-License-Identifier: EPL-2.0
/**
 * Data augmentation of training patches: intensity, flips and perturbations of the catalogue in random
 * mode.
 */
package org.segsense.train.augment;
