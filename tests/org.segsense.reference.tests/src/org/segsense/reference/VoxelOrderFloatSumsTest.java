// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Blocked float additions against the plain sequential loop (brute force), bit for bit. */
class VoxelOrderFloatSumsTest {

    private static float loop(float s, float x, int m) {
        for (int i = 0; i < m; i++) {
            s += x;
        }
        return s;
    }

    private static void check(float s, float x, int m) {
        float expected = loop(s, x, m);
        float actual = VoxelOrderFloatSums.addRepeated(s, x, m);
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(actual),
                () -> "s=" + s + " x=" + x + " m=" + m + ": loop " + expected + ", blocked " + actual);
    }

    @Test
    void repeatedAdditionsEqualTheSequentialLoop() {
        SplittableRandom random = new SplittableRandom(7);
        // exact binary fractions make ties (x / ulp ending in .5) once the sum is large enough
        float[] special = {0.5f, 1f, 0.25f, 0.125f, 0.75f, 1.5f, 0.1f, 1e-7f, 0.999999f, 3e-8f, 6e-8f, Float.MIN_VALUE};
        for (int i = 0; i < 20000; i++) {
            float s = switch (random.nextInt(4)) {
                case 0 -> 0f;
                case 1 -> (float) (random.nextDouble() * 100);
                case 2 -> (float) (random.nextDouble() * (1 << 25));
                default -> (float) Math.scalb(random.nextDouble(), random.nextInt(60) - 30);
            };
            float x = random.nextBoolean() ? special[random.nextInt(special.length)]
                    : (float) Math.scalb(random.nextDouble(), random.nextInt(40) - 30);
            int m = random.nextInt(8) == 0 ? random.nextInt(1_000_000) : random.nextInt(500);
            check(s, x, m);
        }
        // sums that cross 2^23 and 2^24 (where adding 1 stops counting) and ties at large sums
        check(8_000_000f, 1f, 10_000_000);
        check(8_388_000f, 0.5f, 2_000);
        check(16_777_000f, 0.75f, 3_000);
        check(0f, 0.3f, 3_000_000);
        check(1e-40f, Float.MIN_VALUE, 100_000);
    }

    @Test
    void runsEncodeTheTupleSequence() {
        VoxelOrderFloatSums.Runs runs = VoxelOrderFloatSums.runs(new int[] {3, 3, 1, 1, 1, 3, 0});
        assertEquals(4, runs.count);
        assertArrayEquals(new int[] {3, 1, 3, 0}, runs.tuple);
        assertArrayEquals(new int[] {2, 3, 1, 1}, runs.length);
        assertEquals(0, VoxelOrderFloatSums.runs(new int[0]).count);
    }
}
