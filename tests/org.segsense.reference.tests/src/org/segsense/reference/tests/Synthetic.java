// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference.tests;

import java.util.Random;

/** Synthetic rater volumes: perturbed random blobs, per-rater jitter and noise. */
final class Synthetic {

    private Synthetic() {
    }

    /**
     * K label maps on a grid: {@code labels - 1} objects (labels 1..labels-1, later objects overwrite earlier
     * ones), each rater with its own centre/radius jitter and a fraction of random label flips.
     */
    static byte[][] raters(int[] size, int k, int labels, long seed, double noise) {
        Random rnd = new Random(seed);
        int n = size[0] * size[1] * size[2];
        int objects = Math.max(1, labels - 1) * 2;
        double[][] obj = new double[objects][];
        for (int o = 0; o < objects; o++) {
            obj[o] = new double[] {rnd.nextDouble() * size[0], rnd.nextDouble() * size[1], rnd.nextDouble() * size[2],
                2 + rnd.nextDouble() * Math.min(size[0], Math.min(size[1], size[2])) / 3.0, 1 + (o % Math.max(1, labels - 1))};
        }
        byte[][] out = new byte[k][n];
        for (int r = 0; r < k; r++) {
            byte[] m = out[r];
            for (double[] o : obj) {
                double cx = o[0] + rnd.nextGaussian();
                double cy = o[1] + rnd.nextGaussian();
                double cz = o[2] + rnd.nextGaussian();
                double rad = o[3] * (1 + 0.15 * rnd.nextGaussian());
                int lab = (int) o[4];
                for (int z = 0; z < size[2]; z++) {
                    for (int y = 0; y < size[1]; y++) {
                        for (int x = 0; x < size[0]; x++) {
                            double dx = x - cx;
                            double dy = y - cy;
                            double dz = z - cz;
                            if (dx * dx + dy * dy + dz * dz <= rad * rad) {
                                m[x + size[0] * (y + size[1] * z)] = (byte) lab;
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (rnd.nextDouble() < noise) {
                    m[i] = (byte) rnd.nextInt(labels);
                }
            }
        }
        return out;
    }

    /**
     * The STAPLE input of {@code segsense bench image --size n --raters k} (BenchImageCommand.synthetic):
     * nested ellipsoids, labels 1–3, whose centre and radii each rater perturbs.
     */
    static byte[][] nestedEllipsoidRaters(int n, int k) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20221028L);
        byte[][] labels = new byte[k][];
        for (int r = 0; r < k; r++) {
            double cx = n / 2.0 + random.nextDouble(-2, 2);
            double cy = n / 2.0 + random.nextDouble(-2, 2);
            double cz = n / 2.0 + random.nextDouble(-2, 2);
            double jitter = random.nextDouble(-1.5, 1.5);
            double[] radii = {0.35 * n + jitter, 0.25 * n + jitter, 0.15 * n + jitter};
            byte[] out = new byte[n * n * n];
            for (int z = 0; z < n; z++) {
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        double dx = x - cx;
                        double dy = (y - cy) / 0.8;
                        double dz = (z - cz) / 0.9;
                        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                        byte label = 0;
                        for (int l = 0; l < radii.length; l++) {
                            if (d <= radii[l]) {
                                label = (byte) (l + 1);
                            }
                        }
                        out[(z * n + y) * n + x] = label;
                    }
                }
            }
            labels[r] = out;
        }
        return labels;
    }
}
