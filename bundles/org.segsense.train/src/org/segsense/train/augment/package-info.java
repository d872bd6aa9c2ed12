// SPDX-License-Identifier: EPL-2.0
/**
 * Data augmentation of training patches (intensity, flips and perturbations of the catalogue in random
 * mode) and of whole cases ({@link org.segsense.train.augment.VolumeAugmentation}, TractSeg training).
 */
package org.segsense.train.augment;
