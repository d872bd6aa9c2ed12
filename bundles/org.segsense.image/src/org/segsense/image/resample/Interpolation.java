// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import java.util.Locale;

/**
 * The interpolation methods, each numerically equal to an ITK 5.2 image function.
 */
public enum Interpolation {
    /**
     * {@code itk::NearestNeighborInterpolateImageFunction}: the voxel whose index is
     * {@code RoundHalfIntegerUp(continuousIndex)} on each axis ({@code floor(x + 0.5)}: ties go to the
     * higher index). Use it for label maps.
     */
    NEAREST("nearest"),
    /**
     * {@code itk::LinearInterpolateImageFunction}: N-linear interpolation of the 2^N neighbours; on the
     * half-voxel rim outside the grid the value is clamped to the edge voxel. ITK's default.
     */
    LINEAR("linear"),
    /**
     * {@code itk::BSplineInterpolateImageFunction} of order 3 with its default coefficient filter
     * ({@code itk::BSplineDecompositionImageFilter}) and mirror boundary conditions. Not bounded by the
     * input range (overshoot near edges).
     */
    BSPLINE("bspline");

    private final String cliName;

    Interpolation(String cliName) {
        this.cliName = cliName;
    }

    /** @return the command-line name: {@code nearest}, {@code linear} or {@code bspline} */
    public String cliName() {
        return cliName;
    }

    /**
     * @param name {@code nearest}, {@code linear} or {@code bspline} (case-insensitive; also
     *        {@code nn}, {@code bspline3}, {@code cubic})
     * @return the method
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static Interpolation fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "nearest": case "nn": case "nearestneighbor": case "nearest-neighbour": case "nearest-neighbor": return NEAREST;
            case "linear": case "trilinear": return LINEAR;
            case "bspline": case "bspline3": case "b-spline": case "cubic": return BSPLINE;
            default:
                throw new IllegalArgumentException("Unknown interpolator '" + name + "'; use nearest, linear or bspline.");
        }
    }
}
