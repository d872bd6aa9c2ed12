// SPDX-License-Identifier: EPL-2.0
/**
 * The training service: one network from command-line style options ({@code segsense train}) or from an EMF
 * {@code AugmentationVariant} with its {@code TrainingSettings}, with case loading, the overwrite policy of the
 * model folder and a record of what was trained (weights checksum, losses, time).
 */
package org.segsense.workflows.training;
