// SPDX-License-Identifier: EPL-2.0
/**
 * SegSense's image value type: {@link org.segsense.image.Image} (one primitive voxel array plus
 * {@link org.segsense.image.ImageGeometry} and {@link org.segsense.image.PixelType}) and
 * {@link org.segsense.image.ImageInfo}.
 * <p>
 * Geometry follows ITK 5.2: physical space LPS in millimetres; a continuous index {@code i} maps to
 * {@code origin + D · (spacing ⊙ i)}; the direction matrix is row-major with column j the direction
 * of axis j; voxels are stored x fastest with vector components interleaved per voxel.
 */
package org.segsense.image;
