// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import org.segsense.image.PixelType;

/**
 * Writes interpolated {@code double} values into a typed output buffer with ITK's
 * {@code ResampleImageFilter::CastComponentWithBoundsChecking}: clamp to
 * [{@code NonpositiveMin}, {@code max}] of the output type, then {@code static_cast} (truncation
 * toward zero for integers). NaN becomes 0 for integer types (C++ leaves it undefined).
 */
final class OutputStore {

    private OutputStore() {
    }

    /** @return the value the output type will hold, as a double */
    static double cast(double v, PixelType t) {
        if (t == PixelType.FLOAT64) {
            return v;
        }
        if (t == PixelType.FLOAT32) {
            return v <= -Float.MAX_VALUE ? -Float.MAX_VALUE : v >= Float.MAX_VALUE ? Float.MAX_VALUE : (float) v;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        double min = t.minValue(), max = t.maxValue();
        return v <= min ? min : v >= max ? max : (double) (long) v;
    }

    static void store(Object buffer, PixelType t, int at, double[] src, int n) {
        switch (t) {
            case FLOAT32: {
                float[] a = (float[]) buffer;
                final double lo = -Float.MAX_VALUE, hi = Float.MAX_VALUE;
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    a[at + i] = v <= lo ? -Float.MAX_VALUE : v >= hi ? Float.MAX_VALUE : (float) v;
                }
                break;
            }
            case FLOAT64:
                System.arraycopy(src, 0, buffer, at, n);
                break;
            case UINT8: {
                byte[] a = (byte[]) buffer;
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    a[at + i] = (byte) (v <= 0 ? 0 : v >= 255 ? 255 : (int) v);
                }
                break;
            }
            case INT8: {
                byte[] a = (byte[]) buffer;
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    a[at + i] = (byte) (v <= -128 ? -128 : v >= 127 ? 127 : (int) v);
                }
                break;
            }
            case UINT16: {
                short[] a = (short[]) buffer;
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    a[at + i] = (short) (v <= 0 ? 0 : v >= 65535 ? 65535 : (int) v);
                }
                break;
            }
            case INT16: {
                short[] a = (short[]) buffer;
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    a[at + i] = (short) (v <= -32768 ? -32768 : v >= 32767 ? 32767 : (int) v);
                }
                break;
            }
            case UINT32: {
                int[] a = (int[]) buffer;
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    a[at + i] = (int) (v <= 0 ? 0L : v >= 4294967295.0 ? 4294967295L : (long) v);
                }
                break;
            }
            case INT32: {
                int[] a = (int[]) buffer;
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    a[at + i] = v <= Integer.MIN_VALUE ? Integer.MIN_VALUE : v >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
                }
                break;
            }
            case INT64: {
                long[] a = (long[]) buffer;
                for (int i = 0; i < n; i++) {
                    a[at + i] = (long) src[i]; // Java saturates at the long range, as the clamp would
                }
                break;
            }
            default: { // UINT64 in signed storage
                long[] a = (long[]) buffer;
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    a[at + i] = !(v > 0) ? 0L : v >= 18446744073709551615.0 ? -1L
                            : v >= 9.223372036854775807E18 ? ((long) (v / 2)) << 1 : (long) v;
                }
                break;
            }
        }
    }
}
