// SPDX-License-Identifier: EPL-2.0
/**
 * The built-in formats (NIfTI-1/2 and Analyze, MetaImage, NRRD) and their block-wise voxel transfer.
 * Not API: use {@link org.segsense.image.io.ImageIO}.
 */
package org.segsense.image.io.internal;
