// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

/**
 * The three orthogonal views and how patient space (ITK's LPS: x to the patient's left, y to
 * posterior, z to superior, in mm) is laid out on the screen.
 * <p>
 * Display convention: <b>radiological</b>, as ITK-SNAP and most scanner consoles show images. The
 * axial view is seen from the feet: the patient's left is on the screen's right, anterior at the top.
 * The coronal view is seen from the front: left on the right, superior at the top. The sagittal view
 * is seen from the patient's left: anterior on the screen's left, superior at the top.
 * <p>
 * Each view is a plane of patient space, not of the voxel grid: an oblique image is resliced, so its
 * anatomy appears rotated exactly as its direction cosines say, and the orientation markers on the
 * edges are those of patient space ({@link #marker}).
 */
public enum ViewPlane {
    /** Transverse plane (constant z); normal towards superior. */
    AXIAL("Axial", new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0, 1}),
    /** Frontal plane (constant y); normal towards anterior. */
    CORONAL("Coronal", new double[] {1, 0, 0}, new double[] {0, 0, -1}, new double[] {0, -1, 0}),
    /** Median plane (constant x); normal towards the patient's left. */
    SAGITTAL("Sagittal", new double[] {0, 1, 0}, new double[] {0, 0, -1}, new double[] {1, 0, 0});

    private final String title;
    private final double[] right;
    private final double[] down;
    private final double[] normal;

    ViewPlane(String title, double[] right, double[] down, double[] normal) {
        this.title = title;
        this.right = right;
        this.down = down;
        this.normal = normal;
    }

    /** @return the view's name, e.g. "Axial" */
    public String title() {
        return title;
    }

    /** @return the LPS unit vector that points to the screen's right (a copy) */
    public double[] right() {
        return right.clone();
    }

    /** @return the LPS unit vector that points down the screen (a copy) */
    public double[] down() {
        return down.clone();
    }

    /** @return the LPS unit vector of the slice normal: "next slice" moves the plane this way (a copy) */
    public double[] normal() {
        return normal.clone();
    }

    /** @return the LPS axis (0, 1, 2) of the slice normal */
    public int normalAxis() {
        return dominantAxis(normal);
    }

    /**
     * The orientation marker shown on one edge: the patient direction the edge points to.
     *
     * @param edge one of {@code 'L'}eft, {@code 'R'}ight, {@code 'T'}op, {@code 'B'}ottom (screen edges)
     * @return "L", "R", "A", "P", "S" or "I"
     */
    public String marker(char edge) {
        switch (edge) {
            case 'R': return letter(right, 1);
            case 'L': return letter(right, -1);
            case 'B': return letter(down, 1);
            case 'T': return letter(down, -1);
            default: throw new IllegalArgumentException("Edge " + edge + " is not one of L, R, T, B.");
        }
    }

    /**
     * The patient direction an LPS vector points to most: its largest component decides.
     *
     * @param lps a vector in LPS
     * @param sign +1 for the vector, -1 for its opposite
     * @return "L", "R", "A", "P", "S" or "I"
     */
    public static String letter(double[] lps, int sign) {
        int k = dominantAxis(lps);
        boolean positive = lps[k] * sign > 0;
        switch (k) {
            case 0: return positive ? "L" : "R";
            case 1: return positive ? "P" : "A";
            default: return positive ? "S" : "I";
        }
    }

    private static int dominantAxis(double[] v) {
        int k = 0;
        for (int i = 1; i < 3; i++) {
            if (Math.abs(v[i]) > Math.abs(v[k])) {
                k = i;
            }
        }
        return k;
    }
}
