// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.transform.Euler2DTransform;
import org.segsense.image.transform.Euler3DTransform;
import org.segsense.image.transform.TranslationTransform;

/** Closed-form checks of the resampler and interpolators (no ITK needed). */
class ResamplerTest {

    static Image ramp(long nx, long ny, long nz, int nc) {
        return ramp(nx, ny, nz, nc, true);
    }

    /**
     * A test image; {@code oblique = false} gives an axis-aligned grid with power-of-two spacings, on
     * which index → physical → index is exact in floating point.
     */
    static Image ramp(long nx, long ny, long nz, int nc, boolean oblique) {
        ImageGeometry g = oblique
                ? new ImageGeometry(new long[] {nx, ny, nz}, new double[] {1.5, 0.75, 2}, new double[] {3, -4, 5},
                        Euler3DTransform.rotationMatrix(0.2, -0.1, 0.3, false))
                : new ImageGeometry(new long[] {nx, ny, nz}, new double[] {1, 0.5, 2}, new double[] {3, -4, 5},
                        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        float[] f = new float[(int) (nx * ny * nz) * nc];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) ((i * 7919L) % 1000) - 300;
        }
        return Image.of(g, PixelType.FLOAT32, nc, f);
    }

    /**
     * The identity reproduces the image: exactly (nearest, linear) where index → physical → index is
     * exact, and within rounding (1e-9 of the range) on an oblique grid — where ITK, which makes the
     * same round trip, shows the same last-bit differences (and an integer same-type output may then
     * truncate a value to one less, in ITK as here).
     */
    @Test
    void identityReproducesTheImage() {
        for (boolean oblique : new boolean[] {false, true}) {
            Image in = ramp(13, 11, 9, 1, oblique);
            for (Interpolation m : Interpolation.values()) {
                Image out = Resampler.of(in).interpolation(m).resample();
                assertEquals(in.geometry(), out.geometry());
                float[] a = in.floats(), b = out.floats();
                for (int i = 0; i < a.length; i++) {
                    double tol = m == Interpolation.BSPLINE ? 1e-3 : oblique && m == Interpolation.LINEAR ? 1e-6 : 0;
                    assertEquals(a[i], b[i], tol, m + " voxel " + i + (oblique ? " (oblique)" : ""));
                }
            }
        }
    }

    @Test
    void integerVoxelTranslationShiftsExactly() {
        ImageGeometry g = new ImageGeometry(new long[] {10, 8, 6}, new double[] {2, 3, 4}, new double[] {0, 0, 0},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        float[] f = new float[480];
        for (int i = 0; i < f.length; i++) {
            f[i] = i;
        }
        Image in = Image.of(g, f);
        // output-to-input: x_in = x_out + (2, −3, 4) mm = +1, −1, +1 voxel
        for (Interpolation m : new Interpolation[] {Interpolation.NEAREST, Interpolation.LINEAR}) {
            Image out = Resampler.of(in).interpolation(m).transform(new TranslationTransform(2, -3, 4)).defaultValue(-1).resample();
            float[] o = out.floats();
            for (int z = 0; z < 6; z++) {
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 10; x++) {
                        int sx = x + 1, sy = y - 1, sz = z + 1;
                        float expected = sx < 10 && sy >= 0 && sz < 6 ? f[sx + 10 * (sy + 8 * sz)] : -1;
                        assertEquals(expected, o[x + 10 * (y + 8 * z)], m + " at " + x + "," + y + "," + z);
                    }
                }
            }
        }
    }

    @Test
    void quarterTurnAboutCubeCentrePermutesVoxels() {
        int n = 7;
        ImageGeometry g = new ImageGeometry(new long[] {n, n, n}, new double[] {1, 1, 1}, new double[] {0, 0, 0},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        float[] f = new float[n * n * n];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) Math.sin(i) * 100;
        }
        Image in = Image.of(g, f);
        for (Interpolation m : Interpolation.values()) {
            Image out = Resampling.rotateTranslate(in, new double[] {0, 0, 90}, new double[3], null, m, 0, false);
            float[] o = out.floats();
            for (int z = 0; z < n; z++) {
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        // Rz(90°): (x−c, y−c) ↦ (−(y−c), x−c), c = 3
                        int sx = 3 - (y - 3), sy = x;
                        double tol = m == Interpolation.NEAREST ? 0 : m == Interpolation.LINEAR ? 1e-9 : 1e-3;
                        assertEquals(f[sx + n * (sy + n * z)], o[x + n * (y + n * z)], tol, m + " at " + x + "," + y + "," + z);
                    }
                }
            }
        }
    }

    @Test
    void borderRuleHalfVoxel() {
        ImageGeometry g = new ImageGeometry(new long[] {5, 4, 3}, new double[] {1, 1, 1}, new double[] {0, 0, 0},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        float[] f = new float[60];
        java.util.Arrays.fill(f, 10);
        Image in = Image.of(g, f);
        ImageInterpolator lin = ImageInterpolator.of(in, Interpolation.LINEAR);
        assertTrue(lin.isInsideBuffer(new double[] {-0.5, 0, 0}));
        assertTrue(lin.isInsideBuffer(new double[] {4.4999, 3.4999, 2.4999}));
        assertTrue(!lin.isInsideBuffer(new double[] {4.5, 0, 0}));
        assertTrue(!lin.isInsideBuffer(new double[] {-0.5000001, 0, 0}));
        assertTrue(!lin.isInsideBuffer(new double[] {Double.NaN, 0, 0}));
        assertEquals(10, lin.evaluate(-0.5, 3.4, 2.49), 0);
        // translation by −0.5 voxel: the first column maps to −0.5 (inside), by +0.5 the last maps to 4.5 (outside)
        float[] minus = Resampler.of(in).transform(new TranslationTransform(-0.5, 0, 0)).defaultValue(-1).resample().floats();
        float[] plus = Resampler.of(in).transform(new TranslationTransform(0.5, 0, 0)).defaultValue(-1).resample().floats();
        for (int i = 0; i < 60; i++) {
            assertEquals(10, minus[i]);
            assertEquals(i % 5 == 4 ? -1 : 10, plus[i]);
        }
    }

    @Test
    void nearestRoundsHalfUpAsItk() {
        assertEquals(3, ImageInterpolator.roundHalfUp(2.5));
        assertEquals(0, ImageInterpolator.roundHalfUp(-0.5));
        assertEquals(-1, ImageInterpolator.roundHalfUp(-1.5));
        assertEquals(2, ImageInterpolator.roundHalfUp(2.4999999));
        assertEquals(4, ImageInterpolator.roundHalfUp(3.5));
    }

    @Test
    void integerOutputClampsAndTruncates() {
        assertEquals(255, OutputStore.cast(300.7, PixelType.UINT8));
        assertEquals(0, OutputStore.cast(-3.2, PixelType.UINT8));
        assertEquals(12, OutputStore.cast(12.99, PixelType.UINT8));
        assertEquals(-12, OutputStore.cast(-12.99, PixelType.INT16));
        assertEquals(-32768, OutputStore.cast(-1e9, PixelType.INT16));
        assertEquals(Float.MAX_VALUE, OutputStore.cast(1e300, PixelType.FLOAT32));
        double[] vals = {-5.5, 0.4, 254.99, 1e6};
        byte[] b = new byte[4];
        OutputStore.store(b, PixelType.UINT8, 0, vals, 4);
        assertArrayEquals(new byte[] {0, 0, (byte) 254, (byte) 255}, b);
    }

    @Test
    void resultDoesNotDependOnThreads() {
        Image in = ramp(40, 33, 21, 2);
        Euler3DTransform t = Euler3DTransform.ofDegrees(new double[] {3, 5, -7}, Resampling.imageCentre(in.geometry()),
                new double[] {1, 2, 3});
        for (Interpolation m : Interpolation.values()) {
            float[] one = Resampler.of(in).interpolation(m).transform(t).threads(1).resample().floats();
            float[] three = Resampler.of(in).interpolation(m).transform(t).threads(3).resample().floats();
            float[] pool = Resampler.of(in).interpolation(m).transform(t).resample().floats();
            assertArrayEquals(one, three);
            assertArrayEquals(one, pool);
        }
    }

    /**
     * The float32 fast path (interval search, two-pass interior) gives bit for bit what the general
     * double path gives (float64 output, then cast to float), inside, at the border and outside.
     */
    @Test
    void floatFastPathEqualsGeneralPath() {
        Image in = ramp(47, 38, 29, 1);
        Euler3DTransform t = Euler3DTransform.ofDegrees(new double[] {4, -6, 9}, Resampling.imageCentre(in.geometry()),
                new double[] {2.5, -3.25, 1});
        for (Interpolation m : new Interpolation[] {Interpolation.NEAREST, Interpolation.LINEAR}) {
            float[] fast = Resampler.of(in).interpolation(m).transform(t).defaultValue(-7).resample().floats();
            double[] general = Resampler.of(in).interpolation(m).transform(t).defaultValue(-7).outputPixelType(PixelType.FLOAT64)
                    .resample().doubles();
            int outside = 0;
            for (int i = 0; i < fast.length; i++) {
                assertEquals((float) general[i], fast[i], 0f, m + " voxel " + i);
                if (fast[i] == -7f) {
                    outside++;
                }
            }
            assertTrue(outside > 0 && outside < fast.length / 2, m + ": the case has border and outside voxels (" + outside + ")");
        }
    }

    @Test
    void twoDimensionalImages() {
        ImageGeometry g = new ImageGeometry(new long[] {6, 5}, new double[] {1, 1}, new double[] {0, 0}, new double[] {1, 0, 0, 1});
        float[] f = new float[30];
        for (int i = 0; i < 30; i++) {
            f[i] = i;
        }
        Image in = Image.of(g, f);
        float[] o = Resampler.of(in).interpolation(Interpolation.NEAREST).transform(new TranslationTransform(1, 0)).resample().floats();
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 6; x++) {
                assertEquals(x < 5 ? f[x + 1 + 6 * y] : 0, o[x + 6 * y]);
            }
        }
        Image bs = Resampler.of(in).interpolation(Interpolation.BSPLINE).resample();
        assertArrayEquals(f, bs.floats(), 1e-4f);
        Image rot = Resampler.of(in).interpolation(Interpolation.LINEAR)
                .transform(Euler2DTransform.ofDegrees(180, new double[] {2.5, 2}, null)).resample();
        assertEquals(f[5 + 6 * 4], rot.floats()[0], 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Resampler.of(in).transform(new TranslationTransform(1, 2, 3)).resample());
    }

    @Test
    void sameTypeAndVectorOutput() {
        Image in = ramp(9, 8, 7, 3, false).convert(PixelType.INT16);
        Image out = Resampler.of(in).interpolation(Interpolation.LINEAR).sameTypeOutput(true).resample();
        assertEquals(PixelType.INT16, out.pixelType());
        assertEquals(3, out.components());
        assertArrayEquals(in.shorts(), out.shorts());
    }

    @Test
    void bsplineDecompositionInterpolatesSamples() {
        double[] data = {1, 4, -2, 7, 3, 3, 0, 9, 5, -1, 2, 8, 6, 4, 4, 1, 0, 2, 3, 7, 1, 5};
        double[] c = data.clone();
        BSplineDecomposition.coefficientsInPlace(c, data.length, 1, 1, 1, 1);
        for (int i = 0; i < data.length; i++) {
            int l = Math.abs(i - 1), r = i + 1 >= data.length ? 2 * (data.length - 1) - (i + 1) : i + 1;
            double v = (c[l] + 4 * c[i] + c[r]) / 6;
            assertEquals(data[i], v, 1e-9, "sample " + i);
        }
    }

    @Test
    void interpolationNames() {
        assertEquals(Interpolation.NEAREST, Interpolation.fromName("nearest"));
        assertEquals(Interpolation.BSPLINE, Interpolation.fromName("BSpline"));
        assertThrows(IllegalArgumentException.class, () -> Interpolation.fromName("sinc"));
        assertThrows(IllegalArgumentException.class,
                () -> Resampling.rotateTranslate(ramp(3, 3, 3, 1), new double[2], new double[3], null, Interpolation.LINEAR, 0, false));
    }
}
