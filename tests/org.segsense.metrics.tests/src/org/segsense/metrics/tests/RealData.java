package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;

/**
 * Real test images for the {@code @Tag("itk")} tests: fetched by {@code tests/data/fetch-test-data.sh}
 * (a no-op when complete) into {@code -Dsegsense.testData}, {@code $SEGSENSE_TEST_DATA} or
 * {@code <repo>/.cache/test-data}, as the image bundle's {@code TestEnvironment} does (fragments cannot
 * share code). A failed fetch FAILS the calling test, it never skips.
 * <p>
 * The images are read with SegSense's {@link ImageIO} (NIfTI reader conformance-tested against ITK by
 * the image bundle's tests): the host {@code org.segsense.metrics} already has {@code Require-Bundle:
 * org.segsense.image}, which a fragment shares, so no Import-Package change is needed.
 */
final class RealData {

    private static Path dataDir;

    private RealData() {
    }

    /** A 3-D volume: size (x fastest), spacing (mm) and voxel values. */
    static final class Volume {
        final int[] size;
        final double[] spacing;
        final int[] values;

        Volume(int[] size, double[] spacing, int[] values) {
            this.size = size;
            this.spacing = spacing;
            this.values = values;
        }
    }

    static synchronized Path testData() {
        if (dataDir == null) {
            String configured = System.getProperty("segsense.testData", System.getenv("SEGSENSE_TEST_DATA"));
            Path root = ItkReference.repoRoot();
            Path dir = configured != null ? Path.of(configured) : root.resolve(".cache/test-data");
            Path script = root.resolve("tests/data/fetch-test-data.sh");
            try {
                Process p = new ProcessBuilder("bash", script.toString(), dir.toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    fail("tests/data/fetch-test-data.sh failed, so this real-image ITK conformance test cannot run (it needs the network once,"
                            + " or -Dsegsense.testData=DIR holding the files):\n" + out);
                }
            } catch (IOException e) {
                fail("Cannot run " + script + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while fetching test data");
            }
            dataDir = dir;
        }
        return dataDir;
    }

    /** Reads a fetched image file, e.g. {@code read("mricron/ch2.nii.gz")}, as a 3-D volume of integer values. */
    static Volume read(String relative) throws IOException {
        Path p = testData().resolve(relative);
        if (!Files.isRegularFile(p)) {
            fail("Test data file " + p + " is missing although tests/data/fetch-test-data.sh succeeded; list it in that script.");
        }
        Image image;
        try {
            image = ImageIO.read(p);
        } catch (ImageFormatException e) {
            return fail("Cannot read " + p + ": " + e.getMessage());
        }
        long[] sz = image.geometry().size();
        if (sz.length != 3 || image.components() != 1) {
            fail(p + ": expected a scalar 3-D image");
        }
        double[] d = image.toDoubleArray();
        int[] v = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            v[i] = (int) d[i];
        }
        return new Volume(new int[] {(int) sz[0], (int) sz[1], (int) sz[2]}, image.geometry().spacing(), v);
    }
}
