// SPDX-License-Identifier: EPL-2.0
/**
 * Interpolation and resampling conformant with ITK 5.2's {@code itk::ResampleImageFilter}.
 * <ul>
 * <li>{@link org.segsense.image.resample.Interpolation}: nearest neighbour
 * ({@code itk::NearestNeighborInterpolateImageFunction}, ties round half up), linear
 * ({@code itk::LinearInterpolateImageFunction}, clamps to the edge) and cubic B-spline
 * ({@code itk::BSplineInterpolateImageFunction}, order 3, mirror boundaries, coefficients from
 * {@code itk::BSplineDecompositionImageFilter}, see {@link org.segsense.image.resample.BSplineDecomposition}).</li>
 * <li>{@link org.segsense.image.resample.ImageInterpolator}: an image prepared for interpolation
 * (B-spline coefficients computed once), reusable across many resamplings.</li>
 * <li>{@link org.segsense.image.resample.Resampler}: the filter. It maps each <em>output</em> voxel
 * through the transform to the <em>input</em> (ITK's output-to-input direction, see
 * {@link org.segsense.image.transform.Transform}); points up to half a voxel outside the input grid
 * are still interpolated, points further out get the default value.</li>
 * <li>{@link org.segsense.image.resample.Resampling}: the {@code segsense image resample} contract in
 * one call.</li>
 * </ul>
 * Multi-component (vector) images are interpolated component by component. Vector components are
 * <em>not</em> rotated here; a perturbation that moves vector-valued images must reorient them itself.
 */
package org.segsense.image.resample;
