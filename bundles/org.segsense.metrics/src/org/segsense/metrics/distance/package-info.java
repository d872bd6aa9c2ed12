// SPDX-License-Identifier: EPL-2.0
/**
 * Exact Euclidean distance transforms on anisotropic voxel grids, the basis of the surface-distance
 * metrics.
 */
package org.segsense.metrics.distance;
