// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.metrics.LabelMetrics;
import org.segsense.metrics.SegmentationMetrics;
import org.segsense.metrics.distance.EuclideanDistanceTransform;
import org.segsense.testing.MetaImageFiles;
import org.segsense.testing.ProgramOutput;
import org.segsense.testing.ReferencePrograms;
import org.segsense.testing.Volume;

/**
 * ITK 5.2 conformance of the distance metrics on two real masks (full 181 × 217 × 181, 1 mm): A = the
 * brain mask of the MRIcron template ({@code ch2bet.nii.gz} &gt; 0), B = {@code ch2.nii.gz} ≥ 60 (head
 * tissue brighter than CSF).
 * <ul>
 * <li>ITK's {@code HausdorffDistanceImageFilter} on A and B (a voxel-set distance) against the directed
 * maxima/means from SegSense's {@link EuclideanDistanceTransform};</li>
 * <li>the same ITK filter on the surface masks ∂A and ∂B ({@link SegmentationMetrics#surface}): its
 * Hausdorff distance is then SegSense's surface HD and its "average Hausdorff distance" (mean of the two
 * directed means) SegSense's MASD.</li>
 * </ul>
 * Tolerance 1e-4 mm. FAILS (never skips) when the data cannot be fetched or ITK cannot be built.
 */
@Tag("itk")
class RealImageMetricsTest {

    @TempDir
    Path tmp;

    private static double[] directed(byte[] from, byte[] to, int[] size, double[] sp) {
        double[] d = EuclideanDistanceTransform.distance(to, size, sp);
        double max = 0, sum = 0;
        long n = 0;
        for (int i = 0; i < from.length; i++) {
            if (from[i] != 0) {
                max = Math.max(max, d[i]);
                sum += d[i];
                n++;
            }
        }
        return new double[] {max, sum / n};
    }

    @Test
    void hausdorffOnBrainMaskVsThresholdMatchesItk() throws IOException {
        Volume bet = RealData.read("mricron/ch2bet.nii.gz");
        Volume ch2 = RealData.read("mricron/ch2.nii.gz");
        int[] size = ch2.size;
        double[] sp = ch2.spacing;
        int n = ch2.values.length;
        byte[] a = new byte[n];
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            a[i] = bet.values[i] > 0 ? (byte) 1 : 0;
            b[i] = ch2.values[i] >= 60 ? (byte) 1 : 0;
        }
        Path pa = tmp.resolve("a.mha"), pb = tmp.resolve("b.mha");
        MetaImageFiles.writeUChar(pa, size, sp, a);
        MetaImageFiles.writeUChar(pb, size, sp, b);
        ProgramOutput out = ReferencePrograms.ALGORITHMS.run("distance/distance_ref", "hausdorff", pa.toString(), pb.toString());
        double[] dab = directed(a, b, size, sp), dba = directed(b, a, size, sp);
        double hd = Math.max(dab[0], dba[0]), avg = 0.5 * (dab[1] + dba[1]);
        double itkHd = out.numbers("hausdorff")[0], itkAvg = out.numbers("average")[0];

        byte[] sa = SegmentationMetrics.surface(a, size), sb = SegmentationMetrics.surface(b, size);
        Path psa = tmp.resolve("sa.mha"), psb = tmp.resolve("sb.mha");
        MetaImageFiles.writeUChar(psa, size, sp, sa);
        MetaImageFiles.writeUChar(psb, size, sp, sb);
        ProgramOutput sout = ReferencePrograms.ALGORITHMS.run("distance/distance_ref", "hausdorff", psa.toString(), psb.toString());
        double itkSurfHd = sout.numbers("hausdorff")[0], itkSurfAvg = sout.numbers("average")[0];
        LabelMetrics m = SegmentationMetrics.computeBinary(a, b, size, sp, 1.0);
        System.out.printf("ITK-REAL metrics ch2bet vs ch2>=60: voxel-set HD java %.6f itk %.6f, avg java %.6f itk %.6f; surface HD java %.6f"
                + " itk %.6f, MASD java %.6f itk(avg) %.6f; Dice %.5f%n", hd, itkHd, avg, itkAvg, m.hd(), itkSurfHd, m.masd(), itkSurfAvg, m.dice());
        assertEquals(itkHd, hd, 1e-4, "voxel-set Hausdorff distance (EDT) vs ITK HausdorffDistanceImageFilter");
        assertEquals(itkAvg, avg, 1e-4, "voxel-set average Hausdorff distance (EDT) vs ITK");
        assertEquals(itkSurfHd, m.hd(), 1e-4, "surface HD vs ITK Hausdorff of the surface masks");
        assertEquals(itkSurfAvg, m.masd(), 1e-4, "MASD vs ITK average Hausdorff of the surface masks");
    }
}
