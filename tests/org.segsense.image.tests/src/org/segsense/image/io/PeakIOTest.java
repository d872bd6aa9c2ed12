// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.Peaks;

/**
 * Peak files: the 4-D MRtrix/TractSeg layout and the two vector frames, checked against the closed
 * forms of {@link Peaks}' class comment (exact up to float32).
 */
class PeakIOTest {

    @TempDir
    Path dir;

    /** 4 × 3 × 2 voxels, 3 peaks of random components, on a grid with direction {@code d}. */
    static Image field(double[] d, long seed) {
        ImageGeometry g = new ImageGeometry(new long[] { 4, 3, 2 }, new double[] { 1.5, 2, 2.5 }, new double[] { 10, -20, 30 }, d);
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[(int) g.voxelCount() * 9];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextDouble(-1, 1);
        }
        return Image.of(g, PixelType.FLOAT32, 9, v);
    }

    @Test
    void worldRasFileHasOneVolumePerComponentWithXAndYNegated() throws Exception {
        Image peaks = field(ImageGeometry.identity(3), 1);
        Path f = dir.resolve("peaks.nii.gz");
        PeakIO.write(peaks, f, Peaks.Frame.WORLD_RAS);
        Image volumes = ImageIO.read(f);
        assertArrayEquals(new long[] { 4, 3, 2, 9 }, volumes.geometry().size());
        assertEquals(1, volumes.components());
        int voxels = 24;
        for (int v = 0; v < voxels; v++) {
            for (int c = 0; c < 9; c++) {
                double lps = peaks.getDouble(v, c);
                double ras = c % 3 == 2 ? lps : -lps;
                assertEquals(ras, volumes.getDouble((long) c * voxels + v, 0), 0, "voxel " + v + " component " + c);
            }
        }
        Image back = PeakIO.read(f, Peaks.Frame.WORLD_RAS);
        assertTrue(back.geometry().sameGridAs(peaks.geometry(), 1e-6));
        assertArrayEquals(peaks.floats(), back.floats());
    }

    /**
     * FSL's vectors are radiological whatever the storage order: (−x, y, z) of the RAS vector for an
     * axial image stored LAS (det &lt; 0, no flip) and for one stored RAS (det &gt; 0, i flipped).
     */
    @Test
    void fslFrameIsRadiologicalForBothStorageOrders() throws Exception {
        double[] las = { 1, 0, 0, 0, -1, 0, 0, 0, 1 }; // LPS directions of i → L, j → A, k → S
        double[] ras = { -1, 0, 0, 0, -1, 0, 0, 0, 1 }; // i → R, j → A, k → S
        for (double[] d : new double[][] { las, ras }) {
            Image peaks = field(d, 2);
            Path f = dir.resolve("fsl.nii");
            PeakIO.write(peaks, f, Peaks.Frame.FSL_VOXEL);
            Image volumes = ImageIO.read(f);
            for (int v = 0; v < 24; v++) {
                for (int p = 0; p < 3; p++) {
                    double x = peaks.getDouble(v, 3 * p), y = peaks.getDouble(v, 3 * p + 1), z = peaks.getDouble(v, 3 * p + 2);
                    double[] rasVector = { -x, -y, z };
                    double[] fsl = { -rasVector[0], rasVector[1], rasVector[2] };
                    for (int c = 0; c < 3; c++) {
                        assertEquals(fsl[c], volumes.getDouble((long) (3 * p + c) * 24 + v, 0), 1e-6, "voxel " + v + " peak " + p + " comp " + c);
                    }
                }
            }
            assertArrayEquals(peaks.floats(), PeakIO.read(f, Peaks.Frame.FSL_VOXEL).floats(), 1e-6f);
        }
    }

    @Test
    void obliqueGridsRoundTripInBothFrames() throws Exception {
        double c = Math.cos(0.3), s = Math.sin(0.3);
        double[] oblique = { c, -s, 0, s, c, 0, 0, 0, 1 };
        Image peaks = field(oblique, 3);
        for (Peaks.Frame frame : Peaks.Frame.values()) {
            Path f = dir.resolve(frame + ".nii.gz");
            PeakIO.write(peaks, f, frame);
            assertArrayEquals(peaks.floats(), PeakIO.read(f, frame).floats(), 1e-6f, frame.name());
        }
        // FSL voxel frame: v_LPS = D · diag(-1 if det>0) · v_file; det(D) = 1 here, so i is flipped
        Path f = dir.resolve("FSL_VOXEL.nii.gz");
        Image volumes = ImageIO.read(f);
        double x = peaks.getDouble(5, 0), y = peaks.getDouble(5, 1), z = peaks.getDouble(5, 2);
        double vi = -(c * x + s * y), vj = -s * x + c * y; // D^T v, then i negated
        assertEquals(vi, volumes.getDouble(5, 0), 1e-6);
        assertEquals(vj, volumes.getDouble(24 + 5, 0), 1e-6);
        assertEquals(z, volumes.getDouble(48 + 5, 0), 1e-6);
    }

    @Test
    void aFileThatIsNotAPeakFileIsRefusedWithItsNameAndTheFix() throws Exception {
        Path f = dir.resolve("t1.nii.gz");
        ImageIO.write(Image.of(ImageGeometry.of(4, 4, 4), new float[64]), f);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> PeakIO.read(f, Peaks.Frame.WORLD_RAS));
        assertTrue(e.getMessage().contains("t1.nii.gz") && e.getMessage().contains("3·k volumes") && e.getMessage().contains("[4, 4, 4]")
                && e.getMessage().contains("sh2peaks"), e.getMessage());
        Path g = dir.resolve("four.nii.gz");
        ImageIO.write(Image.of(ImageGeometry.of(2, 2, 2, 4), new float[32]), g);
        e = assertThrows(ImageFormatException.class, () -> PeakIO.read(g, Peaks.Frame.WORLD_RAS));
        assertTrue(e.getMessage().contains("[2, 2, 2, 4]"), e.getMessage());
        IllegalArgumentException i = assertThrows(IllegalArgumentException.class, () -> Peaks.count(Image.of(ImageGeometry.of(2, 2, 2), new float[16])));
        assertTrue(i.getMessage().contains("2 component(s)"), i.getMessage());
    }
}
