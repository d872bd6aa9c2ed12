package org.segsense.image.resample.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampling;

/**
 * Median wall-clock times of {@link Resampling#rotateTranslate} on a synthetic {@code N³} float32
 * image (spacing 1 mm, identity direction) with a small rotation {@link #ROTATION_DEGREES} and
 * translation {@link #TRANSLATION_MM} about the image centre, float32 output, for each interpolator.
 * The time covers the whole call (for B-spline including the coefficient computation), as ITK's
 * {@code ResampleImageFilter::Update()} does. The JIT is warmed up first.
 * <p>
 * The same case in ITK 5.2: write {@link #image(int)} as MetaImage and run
 * {@code resample_ref IN.mha OUT.mha --rotate 3,-2,5 --translate 1.5,-0.5,0.25 --interpolator M --repeat 5}
 * (tests/itk-reference/build-resample.sh), which prints {@code time_ms} for {@code Update()} only.
 */
public final class ResampleBenchmark {

    /** RX, RY, RZ in degrees. */
    public static final double[] ROTATION_DEGREES = {3, -2, 5};
    /** TX, TY, TZ in mm. */
    public static final double[] TRANSLATION_MM = {1.5, -0.5, 0.25};

    private ResampleBenchmark() {
    }

    /**
     * @param n edge length
     * @return the deterministic benchmark image: smooth structure plus a deterministic texture
     */
    public static Image image(int n) {
        ImageGeometry g = new ImageGeometry(new long[] {n, n, n}, new double[] {1, 1, 1}, new double[] {0, 0, 0},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        float[] f = new float[n * n * n];
        int i = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    f[i] = (float) (100 * Math.sin(0.1 * x) * Math.cos(0.13 * y) + 50 * Math.sin(0.07 * z) + ((i * 2654435761L) >>> 24 & 31));
                    i++;
                }
            }
        }
        return Image.of(g, PixelType.FLOAT32, 1, f);
    }

    /**
     * Measures the median time of each interpolator.
     *
     * @param n edge length of the cube (e.g. 128)
     * @param runs timed runs per interpolator (≥ 1), after warm-up
     * @return median milliseconds by interpolator name ({@code nearest}, {@code linear}, {@code bspline}),
     *         in that order
     */
    public static Map<String, Double> medianMs(int n, int runs) {
        Image in = image(n);
        Map<String, Double> result = new LinkedHashMap<>();
        for (Interpolation m : Interpolation.values()) {
            for (int w = 0; w < 3; w++) {
                run(in, m);
            }
            double[] t = new double[Math.max(1, runs)];
            for (int r = 0; r < t.length; r++) {
                long t0 = System.nanoTime();
                run(in, m);
                t[r] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(t);
            result.put(m.cliName(), t[t.length / 2]);
        }
        return result;
    }

    private static Image run(Image in, Interpolation m) {
        return Resampling.rotateTranslate(in, ROTATION_DEGREES, TRANSLATION_MM, null, m, 0, false);
    }

    /**
     * Prints the medians. Arguments: {@code [N [RUNS]]}, default 128 and 7.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Map<String, Double> r = medianMs(n, runs);
        System.out.printf(Locale.ROOT, "resample %d^3 float32, %d threads (median of %d runs)%n", n,
                java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1, runs);
        for (Map.Entry<String, Double> e : r.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-8s %8.1f ms%n", e.getKey(), e.getValue());
        }
    }
}
