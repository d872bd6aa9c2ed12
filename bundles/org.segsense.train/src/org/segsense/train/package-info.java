// SPDX-License-Identifier: EPL-2.0
/**
 * Training of the built-in 3-D segmentation networks (U-Net, DeepMedic-like) with TensorFlow Java and
 * their export as SavedModels.
 */
package org.segsense.train;
