// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.util.Arrays;
import java.util.Objects;

/** Assertions without JUnit: a failed check throws {@link AssertionError} with JUnit-style messages. */
public final class Checks {

    private Checks() {
    }

    /**
     * Asserts that every element of {@code actual} (SegSense's) is within {@code relativeTolerance} ×
     * max(1, |expected|) of {@code expected} (ITK's), and the lengths are equal.
     *
     * @param expected ITK's values
     * @param actual SegSense's values
     * @param relativeTolerance relative tolerance (absolute below magnitude 1)
     * @param what what is compared, for the message
     */
    public static void assertClose(double[] expected, double[] actual, double relativeTolerance, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            double tol = relativeTolerance * Math.max(1.0, Math.abs(expected[i]));
            if (!(Math.abs(expected[i] - actual[i]) <= tol)) {
                throw new AssertionError(what + "[" + i + "]: ITK " + expected[i] + ", SegSense " + actual[i] + " (tolerance " + tol + ")");
            }
        }
    }

    /** Asserts {@code Objects.equals(expected, actual)}. */
    public static void assertEquals(Object expected, Object actual, String what) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError(what + " ==> expected: <" + expected + "> but was: <" + actual + ">");
        }
    }

    /** Asserts equal arrays. */
    public static void assertArrayEquals(long[] expected, long[] actual, String what) {
        if (!Arrays.equals(expected, actual)) {
            throw new AssertionError(what + " ==> expected: " + Arrays.toString(expected) + " but was: " + Arrays.toString(actual));
        }
    }
}
