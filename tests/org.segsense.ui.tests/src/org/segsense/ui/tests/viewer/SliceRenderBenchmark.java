// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.viewer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.ui.viewer.ImageViewer;
import org.segsense.ui.viewer.SliceRenderer;
import org.segsense.ui.viewer.SliceView;
import org.segsense.ui.viewer.ViewPlane;

/**
 * Benchmark, not a timed test: the time to render one slice view of a 256³ int16 image (sampling,
 * window/level, overlay, SWT image) in a 1500 × 600 viewer, and the background preparation
 * (conversion + percentiles). Figures go to target/benchmarks/slice-render.txt and stdout; the
 * assertions only check that every render produced pixels.
 */
@Tag("benchmark")
class SliceRenderBenchmark {

    @Test
    void sliceRenderTimeAt256Cubed() throws Exception {
        ImageGeometry g = new ImageGeometry(new long[] {256, 256, 256}, new double[] {0.9, 0.9, 1.2}, new double[] {0, 0, 0},
                ImageGeometry.identity(3));
        short[] v = new short[256 * 256 * 256];
        byte[] l = new byte[v.length];
        for (int z = 0, n = 0; z < 256; z++) {
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++, n++) {
                    double r = Math.sqrt((x - 128) * (x - 128) + (y - 128) * (y - 128) + (z - 128) * (z - 128));
                    v[n] = (short) (r < 100 ? 800 + (x ^ y ^ z) % 200 : 50);
                    l[n] = (byte) (r < 40 ? 1 : r < 60 ? 2 : 0);
                }
            }
        }
        Image image = Image.of(g, PixelType.INT16, 1, v);
        Image labels = Image.ofUInt8(g, l);
        ImageViewer viewer = Ui.on(() -> {
            Shell s = new Shell(Ui.display());
            s.setLayout(new FillLayout());
            ImageViewer iv = new ImageViewer(s, 0);
            s.setSize(1500, 600);
            s.open();
            return iv;
        });
        long t0 = System.nanoTime();
        Ui.await(Ui.on(() -> viewer.setImage(image)));
        long prepare = System.nanoTime() - t0;
        Ui.await(Ui.on(() -> viewer.setLabels(labels, null)));
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "image 256^3 int16; background preparation (float conversion + percentiles) %.0f ms%n", prepare / 1e6));
        // Warm-up: every plane, so the JIT has compiled the render loops before anything is timed.
        Ui.run(() -> {
            for (int i = 0; i < 60; i++) {
                for (ViewPlane plane : ViewPlane.values()) {
                    viewer.view(plane).step(i % 2 == 0 ? 1 : -1);
                    viewer.view(plane).renderSlice();
                }
            }
        });
        for (ViewPlane plane : ViewPlane.values()) {
            SliceView view = viewer.view(plane);
            long[][] nanos = Ui.on(() -> {
                long[][] t = new long[2][60];
                SliceRenderer renderer = new SliceRenderer();
                org.eclipse.swt.graphics.Rectangle r = view.getClientArea();
                double s = view.scale();
                double[] right = plane.right();
                double[] down = plane.down();
                for (int i = 0; i < 60; i++) {
                    view.step(i % 2 == 0 ? 1 : -1);
                    assertNotNull(view.renderSlice());
                    t[0][i] = view.lastRenderNanos();
                    long start = System.nanoTime();
                    renderer.render(r.width, r.height, view.screenToWorld(0.5, 0.5), new double[] {right[0] / s, right[1] / s, right[2] / s},
                            new double[] {down[0] / s, down[1] / s, down[2] / s}, viewer.volume(), viewer.volume().channel(0),
                            viewer.window(), viewer.level(), null, null, 0);
                    t[1][i] = System.nanoTime() - start;
                }
                return t;
            });
            long[] all = nanos[0].clone();
            long[] pixels = nanos[1].clone();
            Arrays.sort(all);
            Arrays.sort(pixels);
            org.eclipse.swt.graphics.Point size = Ui.on(view::getSize);
            report.append(String.format(Locale.ROOT,
                    "%-8s view %dx%d px: whole render (sampling, window/level, overlay, SWT image) median %.2f ms, min %.2f ms;"
                            + " sampling + window/level alone median %.2f ms, min %.2f ms (60 slices)%n",
                    plane.title(), size.x, size.y, all[30] / 1e6, all[0] / 1e6, pixels[30] / 1e6, pixels[0] / 1e6));
            assertTrue(all[0] > 0 && pixels[0] > 0);
        }
        report.append(String.format(Locale.ROOT, "load average while measuring: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        Ui.run(() -> viewer.getShell().dispose());
        Path out = Path.of("target", "benchmarks", "slice-render.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
    }
}
