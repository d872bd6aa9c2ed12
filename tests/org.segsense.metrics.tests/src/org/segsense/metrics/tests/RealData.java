// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.TestData;
import org.segsense.testing.Volume;

/**
 * Real test images for the {@code @Tag("itk")} tests, fetched by {@link TestData} (a failed fetch FAILS
 * the calling test, it never skips) and read with SegSense's {@link ImageIO} (NIfTI reader
 * conformance-tested against ITK by the image bundle's tests; the host {@code org.segsense.metrics}
 * already has {@code Require-Bundle: org.segsense.image}, which a fragment shares).
 */
final class RealData {

    private RealData() {
    }

    /** Reads a fetched image file, e.g. {@code read("mricron/ch2.nii.gz")}, as a 3-D volume of integer values. */
    static Volume read(String relative) throws IOException {
        Path p = TestData.file(relative);
        try {
            Image image = ImageIO.read(p);
            return Volume.of(p, image.geometry().size(), image.components(), image.geometry().spacing(), image.toDoubleArray());
        } catch (ImageFormatException e) {
            throw new AssertionError("Cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
