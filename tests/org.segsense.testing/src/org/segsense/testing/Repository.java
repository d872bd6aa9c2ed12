// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The SegSense repository the tests run in. */
public final class Repository {

    private Repository() {
    }

    /**
     * The repository root: {@code -Dsegsense.repo} when set, else the nearest folder above the working
     * directory that contains {@code mvnw} (Tycho runs tests in the test bundle's folder).
     *
     * @return the absolute repository root
     * @throws AssertionError when there is no such folder
     */
    public static Path root() {
        String configured = System.getProperty("segsense.repo");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new AssertionError("Cannot find the repository root (a folder containing mvnw) above " + start
                + "; run the tests inside the repository or pass -Dsegsense.repo=PATH.");
    }

    /**
     * @param relative a path relative to the root, e.g. {@code tests/data/fetch-test-data.sh}
     * @return that path below {@link #root()}
     */
    public static Path path(String relative) {
        return root().resolve(relative);
    }

    /**
     * The first of a system property and an environment variable that is set.
     *
     * @param property a system property name, or null
     * @param environment an environment variable name, or null
     * @return the configured value, or null when neither is set
     */
    static String setting(String property, String environment) {
        String value = property == null ? null : System.getProperty(property);
        if (value == null && environment != null) {
            value = System.getenv(environment);
        }
        return value;
    }
}
