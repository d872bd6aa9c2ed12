// SPDX-License-Identifier: EPL-2.0
/**
 * Spatial transforms as ITK 5.2 defines them: {@link org.segsense.image.transform.TranslationTransform},
 * {@link org.segsense.image.transform.Euler3DTransform}, {@link org.segsense.image.transform.Euler2DTransform},
 * {@link org.segsense.image.transform.Similarity3DTransform}, {@link org.segsense.image.transform.ScaleTransform}
 * and the general {@link org.segsense.image.transform.AffineTransform}.
 * <p>
 * <b>Direction convention (read this first).</b> Every transform here maps a point of the
 * <em>output</em> (resampled, fixed) space to a point of the <em>input</em> (moving) space, exactly
 * as an {@code itk::Transform} handed to {@code itk::ResampleImageFilter}: to produce output voxel
 * {@code v}, the resampler computes {@code x_in = T(x_out(v))} and interpolates the input image
 * there. A translation of {@code +5 mm} along x therefore moves the image content by
 * {@code -5 mm}. Use {@link org.segsense.image.transform.Transform#inverse()} to go the other way.
 * <p>
 * Coordinates are physical points in ITK's LPS space, in millimetres; angles are radians unless a
 * factory's name says degrees. All transforms are affine, immutable and thread-safe, and every one
 * can be expressed as an {@link org.segsense.image.transform.AffineTransform} ({@code x_in = M·x_out + offset})
 * so that the resampler can precompute an index-to-index map once instead of calling the transform
 * per voxel.
 */
package org.segsense.image.transform;
