// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.Peaks;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageIO;
import org.segsense.image.io.PeakIO;
import org.segsense.ui.viewer.ImageViewer;
import org.segsense.ui.viewer.PeakColours;
import org.segsense.ui.viewer.SliceView;
import org.segsense.ui.viewer.ViewPlane;
import org.segsense.workflows.phantom.FibrePhantom;
import org.segsense.workflows.phantom.FibrePhantomOptions;

/**
 * Peak images in the viewer: direction-encoded colour of the first peak, (|x|, |y|, |z|)·255/A with A the
 * largest first-peak amplitude, checked pixel by pixel in all three views against the closed form for a
 * field of three slabs — x &lt; 4: (−2, 0, 0) → (255, 0, 0); 4 ≤ x &lt; 8: (0, 1.2, 0) → (0, 153, 0);
 * x ≥ 8: (1.2, 0, −1.6) → (153, 0, 204) — with a random second and third peak that must not matter.
 */
class PeakPreviewTest {

    private Shell shell;
    private ImageViewer viewer;

    @BeforeEach
    void open() {
        Ui.run(() -> {
            shell = new Shell(Ui.display());
            shell.setText("SegSense peak preview test");
            shell.setLayout(new FillLayout());
            viewer = new ImageViewer(shell, SWT.NONE);
            shell.setBounds(10, 10, 1200, 520);
            shell.open();
            Ui.parkPointer();
        });
    }

    @AfterEach
    void close() {
        Ui.run(() -> shell.dispose());
    }

    static final int[][] SLAB_RGB = { { 255, 0, 0 }, { 0, 153, 0 }, { 153, 0, 204 } };

    static Image slabs() {
        ImageGeometry g = new ImageGeometry(new long[] { 12, 10, 8 }, new double[] { 1, 1.5, 2 }, new double[] { 4, -6, 10 },
                ImageGeometry.identity(3));
        float[][] first = { { -2, 0, 0 }, { 0, 1.2f, 0 }, { 1.2f, 0, -1.6f } };
        SplittableRandom r = new SplittableRandom(1);
        float[] v = new float[960 * 9];
        for (int i = 0; i < 960; i++) {
            int slab = (i % 12) / 4;
            System.arraycopy(first[slab], 0, v, i * 9, 3);
            for (int c = 3; c < 9; c++) {
                v[i * 9 + c] = (float) r.nextDouble(-3, 3);
            }
        }
        return Image.of(g, PixelType.FLOAT32, 9, v);
    }

    private void checkEveryView(ImageGeometry g) {
        int[] checked = new int[1];
        for (ViewPlane plane : ViewPlane.values()) {
            Ui.run(() -> {
                SliceView v = find(shell, "viewer." + plane.name().toLowerCase(Locale.ROOT));
                ImageData d = v.renderSlice();
                for (int y = 0; y < d.height; y += 2) {
                    for (int x = 0; x < d.width; x += 2) {
                        int[] voxel = TestImages.nearest(g, g.physicalToContinuousIndex(v.screenToWorld(x + 0.5, y + 0.5)));
                        if (voxel == null) {
                            continue;
                        }
                        int[] expected = voxel.length == 0 ? new int[3] : SLAB_RGB[voxel[0] / 4];
                        assertArrayEquals(expected, Ui.rgb(d, x, y), plane + " pixel " + x + ", " + y);
                        checked[0] += voxel.length == 0 ? 0 : 1;
                    }
                }
            });
        }
        assertTrue(checked[0] > 1000, "checked " + checked[0] + " pixels inside the image");
    }

    private static SliceView find(org.eclipse.swt.widgets.Composite parent, String id) {
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (id.equals(c.getData("segsense.id"))) {
                return (SliceView) c;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite) {
                SliceView inner = find((org.eclipse.swt.widgets.Composite) c, id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    @Test
    void firstPeakIsShownInDirectionEncodedColour() {
        Image peaks = slabs();
        assertTrue(PeakColours.isPeakImage(peaks));
        Ui.await(Ui.on(() -> viewer.setImage(peaks)));
        checkEveryView(peaks.geometry());
        Ui.run(() -> Ui.screenshot(shell, "viewer-peaks-dec"));
    }

    /** A peak file (4-D, 9 volumes, world RAS) opened as an ordinary image shows the same colours. */
    @Test
    void aPeakFileReadAsAFourDImageShowsTheSameColours() throws Exception {
        Image peaks = slabs();
        Path dir = Files.createTempDirectory("segsense-peaks");
        Path f = dir.resolve("peaks.nii.gz");
        PeakIO.write(peaks, f, Peaks.Frame.WORLD_RAS);
        Image file = ImageIO.read(f);
        assertEquals(4, file.dimension());
        assertTrue(PeakColours.isPeakImage(file));
        Ui.await(Ui.on(() -> viewer.setImage(file)));
        checkEveryView(peaks.geometry());
        Ui.run(() -> Ui.screenshot(shell, "viewer-peaks-dec-4d-file"));
    }

    /**
     * The fibre phantom in the viewer: at its crosshair (moved onto a voxel of bundle 1) the pixel has
     * the DEC colour of that voxel's first peak; the screenshot shows the bundles.
     */
    @Test
    void aFibrePhantomShowsItsBundlesInColour() {
        FibrePhantom.Result p = FibrePhantom.generate(new FibrePhantomOptions(new int[] { 64, 64, 48 }, 2, 5, 1, 3, 0.05, 10));
        Image peaks = p.peaks();
        int[] dec = PeakColours.of(peaks);
        byte[] b1 = p.bundleMasks().get(0).bytes();
        int voxel = -1;
        for (int v = 0; v < b1.length && voxel < 0; v++) {
            voxel = b1[v] != 0 && (dec[v] >> 16 & 0xFF) + (dec[v] >> 8 & 0xFF) + (dec[v] & 0xFF) > 150 ? v : -1;
        }
        assertTrue(voxel >= 0, "a bright voxel in bundle 1");
        ImageGeometry g = peaks.geometry();
        double[] at = g.indexToPhysical(new double[] { voxel % 64, (voxel / 64) % 64, voxel / 4096 });
        Ui.await(Ui.on(() -> viewer.setImage(peaks)));
        Ui.run(() -> viewer.setCrosshair(at));
        int expected = dec[voxel];
        for (ViewPlane plane : ViewPlane.values()) {
            int[] shown = Ui.on(() -> {
                SliceView v = find(shell, "viewer." + plane.name().toLowerCase(Locale.ROOT));
                org.eclipse.swt.graphics.Point px = v.crosshairPixel();
                return Ui.rgb(v.renderSlice(), px.x, px.y);
            });
            assertArrayEquals(new int[] { expected >> 16 & 0xFF, expected >> 8 & 0xFF, expected & 0xFF }, shown, plane.name());
        }
        Ui.run(() -> Ui.screenshot(shell, "viewer-peaks-phantom"));

        // its bundle masks as one overlay (one 0/1 component per bundle): bundle 1 is drawn over the crosshair voxel
        int k = p.bundleMasks().size();
        byte[] masks = new byte[b1.length * k];
        for (int c = 0; c < k; c++) {
            byte[] m = p.bundleMasks().get(c).bytes();
            for (int v = 0; v < m.length; v++) {
                masks[v * k + c] = m[v];
            }
        }
        Ui.await(Ui.on(() -> viewer.setLabels(Image.of(g, PixelType.UINT8, k, masks), java.util.Map.of())));
        Ui.run(() -> viewer.setOverlayOpacity(0.5));
        int[] overlaid = Ui.on(() -> {
            SliceView v = find(shell, "viewer.axial");
            org.eclipse.swt.graphics.Point px = v.crosshairPixel();
            return Ui.rgb(v.renderSlice(), px.x, px.y);
        });
        assertFalse(java.util.Arrays.equals(new int[] { expected >> 16 & 0xFF, expected >> 8 & 0xFF, expected & 0xFF }, overlaid),
                "bundle 1's colour is blended over the peak colour");
        Ui.run(() -> Ui.screenshot(shell, "viewer-peaks-phantom-bundles"));
    }

    @Test
    void scalarAndIntegerImagesStayGrey() {
        assertFalse(PeakColours.isPeakImage(Image.of(ImageGeometry.of(4, 4, 4), new float[64])));
        assertFalse(PeakColours.isPeakImage(Image.of(ImageGeometry.of(4, 4, 4, 5), new float[320])));
        assertFalse(PeakColours.isPeakImage(Image.of(ImageGeometry.of(4, 4, 4), PixelType.UINT8, 3, new byte[192])));
    }
}
