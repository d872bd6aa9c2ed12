// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.transform;

import java.util.Arrays;

/**
 * A translation, as {@code itk::TranslationTransform}: {@code x_in = x_out + t}.
 * <p>
 * Direction: output point to input point (see {@link Transform}) — a positive {@code t} samples the
 * input further along the axis, so the image content moves by {@code −t}.
 */
public final class TranslationTransform implements Transform {

    private final double[] offset;

    /**
     * @param offset the translation t (mm, LPS); its length is the dimension
     */
    public TranslationTransform(double... offset) {
        if (offset.length < 1) {
            throw new IllegalArgumentException("A translation needs at least one coordinate.");
        }
        AffineTransform.checkFinite(offset, "translation");
        this.offset = offset.clone();
    }

    /** @return a copy of the translation t */
    public double[] offset() {
        return offset.clone();
    }

    @Override
    public int dimension() {
        return offset.length;
    }

    @Override
    public void transformPoint(double[] in, double[] out) {
        for (int i = 0; i < offset.length; i++) {
            out[i] = in[i] + offset[i];
        }
    }

    @Override
    public AffineTransform asAffine() {
        return AffineTransform.ofMatrixOffset(AffineTransform.identityMatrix(offset.length), offset);
    }

    @Override
    public TranslationTransform inverse() {
        double[] n = new double[offset.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = -offset[i];
        }
        return new TranslationTransform(n);
    }

    @Override
    public String toString() {
        return "TranslationTransform" + Arrays.toString(offset);
    }
}
