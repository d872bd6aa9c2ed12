// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.preview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.studies.SyntheticProjects;

/**
 * Study files for the preview tests over {@link SyntheticProjects}' ellipsoid cases: cases c1, c2, variant
 * tight, axes rot (rotation rz 0, 10, 20 — spatial, moves the labels) and scale (intensity-scale factor
 * 0.5, 1, 1.5, 2).
 */
public final class PreviewStudies {

    private PreviewStudies() {
    }

    /** @return the study file of a new synthetic project (24³ cases) in {@code dir} */
    public static Path study(Path dir) throws Exception {
        SyntheticProjects.project(dir);
        return write(dir, "c1", "c2");
    }

    /**
     * A project with one case c1 of n³ voxels (int16 ellipsoid in noise, label map), as the latency benchmark
     * needs.
     */
    public static Path study(Path dir, int n) throws Exception {
        ImageGeometry g = new ImageGeometry(new long[] {n, n, n}, new double[] {1, 1, 1.2}, new double[] {0, 0, 0},
                ImageGeometry.identity(3));
        short[] v = new short[n * n * n];
        byte[] l = new byte[v.length];
        java.util.SplittableRandom r = new java.util.SplittableRandom(n);
        double c = n / 2.0, a = n / 3.0;
        for (int z = 0, i = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++, i++) {
                    double d = ((x - c) * (x - c) + (y - c) * (y - c) * 1.5 + (z - c) * (z - c)) / (a * a);
                    l[i] = (byte) (d < 1 ? 1 : 0);
                    v[i] = (short) ((d < 1 ? 300 : 100) + 20 * r.nextGaussian());
                }
            }
        }
        Files.createDirectories(dir.resolve("images"));
        ImageIO.write(Image.of(g, v), dir.resolve("images/c1.nii.gz"));
        ImageIO.write(Image.ofUInt8(g, l), dir.resolve("images/c1_label.nii.gz"));
        SyntheticProjects.boxModel(dir.resolve("models/tight"), 150f);
        return write(dir, "c1");
    }

    private static Path write(Path dir, String... cases) throws Exception {
        StringBuilder cs = new StringBuilder();
        for (String c : cases) {
            cs.append("""
                      <cases id="%1$s">
                        <channels name="t1" path="images/%1$s.nii.gz"/>
                        <labelImage path="images/%1$s_label.nii.gz"/>
                      </cases>
                    """.formatted(c));
        }
        Path file = dir.resolve("study.segsense");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="preview" seed="7">
                %s  <modelVariants id="tight"><savedModel path="models/tight"/></modelVariants>
                  <axes id="rot" perturbationType="rotation" sweptParameter="rz" unit="deg">
                    <sweep xsi:type="segsense:ExplicitSweep" values="0 10 20"/>
                  </axes>
                  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
                    <sweep xsi:type="segsense:ExplicitSweep" values="0.5 1 1.5 2"/>
                  </axes>
                  <design xsi:type="segsense:OneAtATimeDesign"/>
                  <reference xsi:type="segsense:GroundTruthReference"/>
                  <metrics id="dice" metricType="dice"/>
                  <execution threads="2" device="cpu"/>
                </segsense:Study>
                """.formatted(cs), StandardCharsets.UTF_8);
        return file;
    }
}
