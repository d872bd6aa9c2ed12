// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real test images, fetched by {@code tests/data/fetch-test-data.sh} (once per JVM; a no-op when
 * complete) into {@code -Dsegsense.testData}, {@code $SEGSENSE_TEST_DATA}, else
 * {@code <repo>/.cache/test-data}. When fetching fails the test FAILS with the script's output, it is
 * never skipped.
 */
public final class TestData {

    private static Path folder;
    private static String fetchFailure;

    private TestData() {
    }

    /**
     * @return the folder with the fetched files, fetching them first if needed
     * @throws AssertionError with the script's output when they cannot be fetched
     */
    public static synchronized Path folder() {
        if (folder != null) {
            return folder;
        }
        if (fetchFailure == null) {
            String configured = Repository.setting("segsense.testData", "SEGSENSE_TEST_DATA");
            Path dir = configured != null ? Path.of(configured) : Repository.path(".cache/test-data");
            Path script = Repository.path("tests/data/fetch-test-data.sh");
            ProgramOutput out = Programs.run(List.of("bash", script.toString(), dir.toString()), Map.of(), Duration.ofMinutes(30));
            if (out.exitCode() == 0) {
                folder = dir;
                return folder;
            }
            fetchFailure = "tests/data/fetch-test-data.sh failed (exit " + out.exitCode() + "), so the tests tagged 'itk' that"
                    + " compare real images with ITK cannot run (the script needs the network once, or pass"
                    + " -Dsegsense.testData=DIR or set SEGSENSE_TEST_DATA to a folder holding the files):\n" + out.text();
        }
        throw new AssertionError(fetchFailure);
    }

    /**
     * @param relative a file below the data folder, e.g. {@code mricron/ch2.nii.gz}
     * @return the fetched file
     * @throws AssertionError when it cannot be fetched or is not listed in the fetch script
     */
    public static Path file(String relative) {
        Path p = folder().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("Test data file " + p
                    + " is missing although tests/data/fetch-test-data.sh succeeded; list it in that script.");
        }
        return p;
    }
}
