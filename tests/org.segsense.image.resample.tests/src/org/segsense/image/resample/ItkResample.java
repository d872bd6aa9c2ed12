// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.segsense.testing.ReferencePrograms;

/**
 * Runs the ITK 5.2 reference program {@code tests/itk-reference/resample/resample_ref}, built once per
 * JVM by {@link ReferencePrograms#RESAMPLE}. When ITK or the compiler is missing the calling test FAILS
 * with the build script's output; it is never skipped.
 */
final class ItkResample {

    private ItkResample() {
    }

    /**
     * Runs {@code resample_ref IN OUT OPTIONS...}.
     *
     * @return the reported {@code time_ms}, or NaN when it reports none
     */
    static double run(Path in, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of(in.toString(), out.toString()));
        args.addAll(List.of(options));
        List<double[]> time = ReferencePrograms.RESAMPLE.run("resample_ref", args.toArray(String[]::new)).allNumbers("time_ms");
        return time.isEmpty() ? Double.NaN : time.get(0)[0];
    }
}
