// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.transform.AffineTransform;
import org.segsense.image.transform.Transform;

/**
 * Resamples an image onto a grid through a transform, numerically as ITK 5.2's
 * {@code itk::ResampleImageFilter} (its linear-transform fast path).
 * <p>
 * <b>Transform direction.</b> The transform maps each <em>output</em> voxel's physical point to the
 * <em>input</em> physical point that is interpolated: output-to-input, NOT input-to-output, as in
 * ITK. To move image content by {@code +v}, pass a translation of {@code −v}.
 * <p>
 * <b>Border rule.</b> A mapped point whose continuous index is within half a voxel outside the input
 * grid on every axis ({@code −0.5 ≤ x < size − 0.5}) is interpolated (linear and nearest clamp to the
 * edge voxel, B-spline mirrors); every other point gets the {@linkplain #defaultValue default value}.
 * <p>
 * <b>Output values.</b> Interpolation is done in {@code double}. For the output type the value is
 * clamped to the type's range (for float32 to ±{@code Float.MAX_VALUE}) and then converted as C++'s
 * {@code static_cast} does — integers are <em>truncated toward zero</em>, not rounded — exactly as
 * {@code ResampleImageFilter::CastPixelWithBoundsChecking}. NaN becomes 0 for integer outputs. The
 * default value goes through the same conversion.
 * <p>
 * Defaults: identity transform, {@link Interpolation#LINEAR} (ITK's default), default value 0,
 * output grid = the input grid, output type float32. Index mapping: the output-index →
 * input-continuous-index map is affine; per output line its two end points are mapped once and the
 * points in between are interpolated ({@code start + (i/n)·(end − start)}, as ITK does), so no
 * transform is called per voxel. Lines are processed in parallel; the result does not depend on the
 * number of threads.
 * <p>
 * Dimensions: 2-D images take a 2-D transform; 3-D images a 3-D transform; 4-D images are resampled
 * volume by volume with a 3-D transform (the 4th axis keeps its size; the output grid must have the
 * same number of volumes). Vector images are resampled component by component; their vectors are not
 * reoriented.
 * <p>
 * A Resampler is a mutable builder and not thread-safe; {@link #resample()} may be called again after
 * changing settings, and reuses the prepared interpolator (B-spline coefficients) of the same input.
 */
public final class Resampler {

    private final Image input;
    private ImageInterpolator interpolator;
    private Interpolation interpolation;
    private Transform transform;
    private double defaultValue;
    private ImageGeometry outputGeometry;
    private PixelType outputType = PixelType.FLOAT32;
    private boolean sameType;
    private int threads;

    private Resampler(Image input, ImageInterpolator prepared) {
        this.input = input;
        this.interpolator = prepared;
        this.interpolation = prepared == null ? Interpolation.LINEAR : prepared.interpolation();
    }

    /**
     * @param input the image to resample
     * @return a resampler with the defaults listed in the class comment
     */
    public static Resampler of(Image input) {
        return new Resampler(Objects.requireNonNull(input, "input"), null);
    }

    /**
     * Starts from an image already prepared for interpolation (B-spline coefficients computed once
     * and shared between resamplings).
     *
     * @param prepared the interpolator; its method is the resampler's method
     * @return the resampler
     */
    public static Resampler of(ImageInterpolator prepared) {
        return new Resampler(prepared.image(), prepared);
    }

    /**
     * One-call form.
     *
     * @param input the image
     * @param transform output-to-input transform, or null for the identity
     * @param interpolation the method
     * @param defaultValue value outside the input
     * @param outputGeometry output grid, or null for the input grid
     * @param outputType output pixel type, or null for the input's type
     * @return the resampled image
     */
    public static Image resample(Image input, Transform transform, Interpolation interpolation, double defaultValue,
            ImageGeometry outputGeometry, PixelType outputType) {
        Resampler r = of(input).transform(transform).interpolation(interpolation).defaultValue(defaultValue)
                .outputGeometry(outputGeometry);
        return (outputType == null ? r.sameTypeOutput(true) : r.outputPixelType(outputType)).resample();
    }

    /**
     * @param t the output-to-input transform (see the class comment), or null for the identity;
     *        default identity
     * @return this
     */
    public Resampler transform(Transform t) {
        this.transform = t;
        return this;
    }

    /**
     * @param method the interpolation; default {@link Interpolation#LINEAR}
     * @return this
     */
    public Resampler interpolation(Interpolation method) {
        Objects.requireNonNull(method, "interpolation");
        if (method != interpolation) {
            this.interpolation = method;
            this.interpolator = null;
        }
        return this;
    }

    /**
     * @param value the value of output voxels that map outside the input (ITK's
     *        {@code DefaultPixelValue}); default 0
     * @return this
     */
    public Resampler defaultValue(double value) {
        this.defaultValue = value;
        return this;
    }

    /**
     * @param geometry the output grid, or null for the input's grid (default)
     * @return this
     */
    public Resampler outputGeometry(ImageGeometry geometry) {
        this.outputGeometry = geometry;
        return this;
    }

    /**
     * Uses another image's grid as the output grid, as ITK's {@code SetReferenceImage} with
     * {@code UseReferenceImageOn}.
     *
     * @param reference the reference image
     * @return this
     */
    public Resampler referenceImage(Image reference) {
        return outputGeometry(reference.geometry());
    }

    /**
     * @param type the output pixel type; default float32
     * @return this
     */
    public Resampler outputPixelType(PixelType type) {
        this.outputType = Objects.requireNonNull(type, "type");
        this.sameType = false;
        return this;
    }

    /**
     * @param same true for an output of the input's pixel type (integer values clamped and truncated),
     *        false for {@link #outputPixelType} (default float32)
     * @return this
     */
    public Resampler sameTypeOutput(boolean same) {
        this.sameType = same;
        return this;
    }

    /**
     * @param n threads: 0 (default) uses the common fork-join pool, 1 runs on the calling thread,
     *        n &gt; 1 a pool of n threads. The result is the same for every n.
     * @return this
     */
    public Resampler threads(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Thread count " + n + " must be 0 (default pool) or positive.");
        }
        this.threads = n;
        return this;
    }

    /** @return the prepared interpolator (computed on first use) */
    public ImageInterpolator interpolator() {
        if (interpolator == null) {
            interpolator = ImageInterpolator.of(input, interpolation);
        }
        return interpolator;
    }

    /**
     * Runs the resampling.
     *
     * @return a new image on the output grid with the input's component count
     * @throws IllegalArgumentException if the transform or output grid does not fit the input's
     *         dimension (the message says how)
     */
    public Image resample() {
        ImageGeometry gin = input.geometry();
        ImageGeometry gout = outputGeometry == null ? gin : outputGeometry;
        int d = gin.dimension();
        if (gout.dimension() != d) {
            throw new IllegalArgumentException("The output grid is " + gout.dimension() + "-D but the input image is " + d + "-D.");
        }
        int sd = Math.min(d, 3);
        if (d == 4 && gout.size(3) != gin.size(3)) {
            throw new IllegalArgumentException("A 4-D image is resampled volume by volume: the output grid needs " + gin.size(3)
                    + " volumes, not " + gout.size(3) + ".");
        }
        AffineTransform affine = transform == null ? AffineTransform.identity(sd) : transform.asAffine();
        if (affine.dimension() != sd) {
            throw new IllegalArgumentException("A " + d + "-D image needs a " + sd + "-D transform, not a " + affine.dimension()
                    + "-D one.");
        }
        PixelType outType = sameType ? input.pixelType() : outputType;
        ImageInterpolator interp = interpolator();
        int nc = input.components();
        Image output = Image.create(gout, outType, nc);
        IndexMap map = new IndexMap(gin, gout, affine, sd);
        long[] size = gout.size();
        int n0 = (int) size[0];
        int ny = (int) size[1];
        int nz = sd >= 3 ? (int) size[2] : 1;
        int volumes = d >= 4 ? (int) size[3] : 1;
        int lines = ny * nz * volumes;
        double[] alpha = new double[n0];
        for (int i = 0; i < n0; i++) {
            alpha[i] = i / (double) n0;
        }
        double dflt = OutputStore.cast(defaultValue, outType);
        Object buffer = output.buffer();
        boolean direct = outType == PixelType.FLOAT32 && interp.hasFloatLine();
        LineJob job = new LineJob(map, interp, alpha, n0, nc, ny, nz, buffer, outType, dflt, direct);
        // fixed partition into blocks of whole lines; each voxel's value does not depend on it
        int linesPerBlock = Math.max(1, Math.min(64, lines / (8 * Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1))));
        int blocks = (lines + linesPerBlock - 1) / linesPerBlock;
        Runnable work = () -> IntStream.range(0, blocks).parallel()
                .forEach(b -> job.run(b * linesPerBlock, Math.min(lines, (b + 1) * linesPerBlock)));
        if (threads == 1) {
            job.run(0, lines);
        } else if (threads > 1) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(work).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Resampling was interrupted.", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException) {
                    throw (RuntimeException) c;
                }
                throw new IllegalStateException(c);
            } finally {
                pool.shutdown();
            }
        } else {
            work.run();
        }
        return output;
    }

    /**
     * Resamples ranges of output lines (line l = y + ny·(z + nz·volume)); stateless apart from its
     * per-call scratch, so ranges may run concurrently.
     */
    private static final class LineJob {
        private final IndexMap map;
        private final ImageInterpolator interp;
        private final double[] alpha;
        private final int n0;
        private final int nc;
        private final int ny;
        private final int nz;
        private final Object buffer;
        private final PixelType outType;
        private final double dflt;
        private final boolean direct;

        LineJob(IndexMap map, ImageInterpolator interp, double[] alpha, int n0, int nc, int ny, int nz, Object buffer,
                PixelType outType, double dflt, boolean direct) {
            this.map = map;
            this.interp = interp;
            this.alpha = alpha;
            this.n0 = n0;
            this.nc = nc;
            this.ny = ny;
            this.nz = nz;
            this.buffer = buffer;
            this.outType = outType;
            this.dflt = dflt;
            this.direct = direct;
        }

        void run(int from, int to) {
            double[] se = new double[15];
            int y = from % ny;
            int rest = from / ny;
            int z = rest % nz;
            int v = rest / nz;
            if (direct) {
                float[] out = (float[]) buffer;
                float fd = (float) dflt;
                ImageInterpolator.LineScratch scratch = new ImageInterpolator.LineScratch(n0);
                for (int l = from; l < to; l++) {
                    map.line(y, z, se);
                    interp.lineFloat(v, se[0], se[1], se[2], se[3] - se[0], se[4] - se[1], se[5] - se[2], alpha, n0, out, l * n0, fd, scratch);
                    if (++y == ny) {
                        y = 0;
                        if (++z == nz) {
                            z = 0;
                            v++;
                        }
                    }
                }
                return;
            }
            double[] lineBuf = new double[n0 * nc];
            for (int l = from; l < to; l++) {
                map.line(y, z, se);
                interp.line(v, se[0], se[1], se[2], se[3] - se[0], se[4] - se[1], se[5] - se[2], alpha, n0, lineBuf, dflt);
                OutputStore.store(buffer, outType, l * n0 * nc, lineBuf, n0 * nc);
                if (++y == ny) {
                    y = 0;
                    if (++z == nz) {
                        z = 0;
                        v++;
                    }
                }
            }
        }
    }

    /**
     * The output-index → input-continuous-index map, evaluated per line as ITK does: index → physical
     * point (output grid) → transform → continuous index (input grid), for the line's first voxel and
     * for one past its last.
     */
    static final class IndexMap {
        private final int sd;
        private final double[] outOrigin;
        private final double[] outIndexToPhysical;
        private final double[] m;
        private final double[] off;
        private final double[] inOrigin;
        private final double[] inPhysicalToIndex;
        private final int n0;

        IndexMap(ImageGeometry gin, ImageGeometry gout, AffineTransform t, int sd) {
            this.sd = sd;
            this.outOrigin = Arrays.copyOf(gout.origin(), sd);
            this.outIndexToPhysical = topLeft(gout.indexToPhysicalMatrix(), gout.dimension(), sd);
            this.m = t.matrix();
            this.off = t.offset();
            this.inOrigin = Arrays.copyOf(gin.origin(), sd);
            double[] a = topLeft(gin.indexToPhysicalMatrix(), gin.dimension(), sd);
            this.inPhysicalToIndex = AffineTransform.ofMatrixOffset(a, new double[sd]).inverse().matrix();
            this.n0 = (int) gout.size(0);
        }

        private static double[] topLeft(double[] mat, int d, int sd) {
            double[] r = new double[sd * sd];
            for (int i = 0; i < sd; i++) {
                for (int j = 0; j < sd; j++) {
                    r[i * sd + j] = mat[i * d + j];
                }
            }
            return r;
        }

        /**
         * Writes start (x,y,z) and end (x,y,z) continuous indices of output line (y, z) into
         * {@code se[0..5]}; {@code se[6..14]} is scratch.
         */
        void line(int y, int z, double[] se) {
            se[6] = 0;
            se[7] = y;
            se[8] = z;
            map(se, se, 0);
            se[6] = n0;
            map(se, se, 3);
        }

        private void map(double[] s9, double[] out, int at) {
            int d = sd;
            final int ix = 6, p = 9, q = 12;
            for (int i = 0; i < d; i++) {
                double s = outOrigin[i];
                for (int j = 0; j < d; j++) {
                    s += outIndexToPhysical[i * d + j] * s9[ix + j];
                }
                s9[p + i] = s;
            }
            for (int i = 0; i < d; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += m[i * d + j] * s9[p + j];
                }
                s9[q + i] = s + off[i];
            }
            for (int i = 0; i < 3; i++) {
                double s = 0;
                if (i < d) {
                    for (int j = 0; j < d; j++) {
                        s += inPhysicalToIndex[i * d + j] * (s9[q + j] - inOrigin[j]);
                    }
                }
                out[at + i] = s;
            }
        }
    }
}
