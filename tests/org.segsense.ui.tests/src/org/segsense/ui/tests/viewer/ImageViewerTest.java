// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.ui.viewer.ImageViewer;
import org.segsense.ui.viewer.SliceView;
import org.segsense.ui.viewer.ViewPlane;

/**
 * The image viewer driven through its widgets on an oblique, anisotropic synthetic image; every
 * expected pixel is computed independently from {@link ImageGeometry} (brute force) and the closed
 * forms of the renderer's class comment.
 */
class ImageViewerTest {

    private Shell shell;
    private ImageViewer viewer;

    @BeforeEach
    void open() {
        Ui.run(() -> {
            shell = new Shell(Ui.display());
            shell.setText("SegSense image viewer test");
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

    private void show(Image image) {
        Ui.await(Ui.on(() -> viewer.setImage(image)));
    }

    private <T extends Control> T find(String id, Class<T> type) {
        return Ui.on(() -> type.cast(find(shell, id)));
    }

    private static Control find(Composite parent, String id) {
        for (Control c : parent.getChildren()) {
            if (id.equals(c.getData("segsense.id"))) {
                return c;
            }
            if (c instanceof Composite) {
                Control inner = find((Composite) c, id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private SliceView view(ViewPlane p) {
        return find("viewer." + p.name().toLowerCase(Locale.ROOT), SliceView.class);
    }

    private static int expectedGrey(double v, double window, double level) {
        double lo = level - window / 2;
        if (v <= lo) {
            return 0;
        }
        if (v >= lo + window) {
            return 255;
        }
        return (int) Math.round(255 * (v - lo) / window);
    }

    @Test
    void knownVoxelLiesUnderTheCrosshairInEveryViewAndInTheStatusLine() {
        Image image = TestImages.oblique();
        ImageGeometry g = image.geometry();
        show(image);
        Ui.run(() -> viewer.setWindowLevel(40000, 20000));
        int grey = expectedGrey(TestImages.MARKED_VALUE, 40000, 20000);
        double[] centre = g.indexToPhysical(new double[] {17, 5, 8});
        // A point inside the marked voxel but off its centre: the nearest voxel is still the marked one.
        double[] offCentre = g.indexToPhysical(new double[] {17.3, 4.8, 8.4});
        for (double[] p : new double[][] {centre, offCentre}) {
            Ui.run(() -> viewer.setCrosshair(p));
            String status = Ui.on(() -> find("viewer.status", Label.class).getText());
            assertTrue(status.contains(String.format(Locale.ROOT, "LPS (%.2f, %.2f, %.2f) mm", p[0], p[1], p[2])), status);
            assertTrue(status.contains("voxel [17, 5, 8]"), status);
            assertTrue(status.contains("value 30000"), status);
            for (ViewPlane plane : ViewPlane.values()) {
                SliceView v = view(plane);
                int[] shown = Ui.on(() -> {
                    Point px = v.crosshairPixel();
                    return Ui.rgb(v.renderSlice(), px.x, px.y);
                });
                assertArrayEquals(new int[] {grey, grey, grey}, shown, plane + " view: pixel under the crosshair at " + p[0] + ", " + p[1] + ", " + p[2]);
                // The same pixel on the screen (a capture of the window), crosshair lines hidden.
                int[] onScreen = Ui.on(() -> {
                    v.setCrosshairVisible(false);
                    Point px = Ui.display().map(v, shell, v.crosshairPixel());
                    ImageData captured = Ui.capture(shell);
                    int[] c = Ui.rgb(captured, px.x, px.y);
                    if (c[0] != grey) {
                        // keep what was read for the failure's diagnosis
                        org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
                        loader.data = new ImageData[] {captured};
                        loader.save("target/screenshots/failed-capture-" + plane + "-at-" + px.x + "-" + px.y + ".png", SWT.IMAGE_PNG);
                    }
                    v.setCrosshairVisible(true);
                    return c;
                });
                assertArrayEquals(new int[] {grey, grey, grey}, onScreen, plane + " view on screen");
            }
        }
        Ui.run(() -> Ui.screenshot(shell, "viewer-oblique-anisotropic"));
    }

    @Test
    void markersNameThePatientSideWhereTheDirectionCosinesPutTheData() {
        assertEquals("R", ViewPlane.AXIAL.marker('L'));
        assertEquals("L", ViewPlane.AXIAL.marker('R'));
        assertEquals("A", ViewPlane.AXIAL.marker('T'));
        assertEquals("P", ViewPlane.AXIAL.marker('B'));
        assertEquals("S", ViewPlane.CORONAL.marker('T'));
        assertEquals("A", ViewPlane.SAGITTAL.marker('L'));
        assertEquals("I", ViewPlane.SAGITTAL.marker('B'));
        // The same voxels (bright at low i) with x as is and x flipped: the bright side must carry
        // the marker of the side the direction puts it on — R for +x, L for −x.
        assertEquals("R", markerOverBrightVoxels(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, ViewPlane.AXIAL));
        assertEquals("L", markerOverBrightVoxels(new double[] {-1, 0, 0, 0, 1, 0, 0, 0, 1}, ViewPlane.AXIAL));
        assertEquals("R", markerOverBrightVoxels(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, ViewPlane.CORONAL));
        assertEquals("L", markerOverBrightVoxels(new double[] {-1, 0, 0, 0, 1, 0, 0, 0, 1}, ViewPlane.CORONAL));
        // Axis 0 along −y (anterior): low i is the posterior end; along +y it is the anterior end.
        assertEquals("P", markerOverBrightVoxelsVertically(new double[] {0, 1, 0, -1, 0, 0, 0, 0, 1}, ViewPlane.AXIAL));
        assertEquals("A", markerOverBrightVoxelsVertically(new double[] {0, -1, 0, 1, 0, 0, 0, 0, 1}, ViewPlane.AXIAL));
    }

    private String markerOverBrightVoxels(double[] direction, ViewPlane plane) {
        Image image = TestImages.bright(direction);
        show(image);
        double[] middle = image.geometry().indexToPhysical(new double[] {7.5, 7.5, 1.5});
        SliceView v = view(plane);
        return Ui.on(() -> {
            ImageData d = v.renderSlice();
            Point c = v.crosshairPixel();
            double sum = 0;
            int n = 0;
            for (int x = 0; x < d.width; x++) {
                if (Ui.rgb(d, x, c.y)[0] == 255) {
                    sum += x;
                    n++;
                }
            }
            assertTrue(n > 0, "no bright pixels on the crosshair row");
            return sum / n < v.worldToScreen(middle)[0] ? v.plane().marker('L') : v.plane().marker('R');
        });
    }

    private String markerOverBrightVoxelsVertically(double[] direction, ViewPlane plane) {
        Image image = TestImages.bright(direction);
        show(image);
        double[] middle = image.geometry().indexToPhysical(new double[] {7.5, 7.5, 1.5});
        SliceView v = view(plane);
        return Ui.on(() -> {
            ImageData d = v.renderSlice();
            Point c = v.crosshairPixel();
            double sum = 0;
            int n = 0;
            for (int y = 0; y < d.height; y++) {
                if (Ui.rgb(d, c.x, y)[0] == 255) {
                    sum += y;
                    n++;
                }
            }
            assertTrue(n > 0, "no bright pixels on the crosshair column");
            return sum / n < v.worldToScreen(middle)[1] ? v.plane().marker('T') : v.plane().marker('B');
        });
    }

    @Test
    void keysAndWheelStepThroughSlicesAndChangeTheShownPixels() {
        Image image = TestImages.oblique();
        show(image);
        SliceView axial = view(ViewPlane.AXIAL);
        double step = Ui.on(() -> viewer.volume().grid().sliceStep(2));
        byte[] before = Ui.on(() -> axial.renderSlice().data.clone());
        double z0 = Ui.on(() -> viewer.crosshair()[2]);
        Ui.run(() -> {
            Event e = new Event();
            e.keyCode = SWT.ARROW_UP;
            Ui.send(axial, SWT.KeyDown, e);
        });
        assertEquals(z0 + step, Ui.on(() -> viewer.crosshair()[2]), 1e-9);
        byte[] after = Ui.on(() -> axial.renderSlice().data.clone());
        assertFalse(java.util.Arrays.equals(before, after), "the next slice shows the same pixels");
        Ui.run(() -> {
            Event e = new Event();
            e.count = -3;
            Ui.send(axial, SWT.MouseVerticalWheel, e);
        });
        assertEquals(z0, Ui.on(() -> viewer.crosshair()[2]), 1e-9);
        assertArrayEquals(before, Ui.on(() -> axial.renderSlice().data.clone()), "back on the first slice");
        // The step of an oblique grid: the smallest move that changes some voxel index.
        ImageGeometry g = image.geometry();
        double expected = Double.MAX_VALUE;
        for (int j = 0; j < 3; j++) {
            expected = Math.min(expected, g.spacing(j) / Math.abs(g.direction(2, j)));
        }
        assertEquals(expected, step, 1e-12);
    }

    @Test
    void windowAndLevelFieldsMapValuesAsTheClosedFormSays() {
        Image image = TestImages.oblique();
        ImageGeometry g = image.geometry();
        show(image);
        Ui.run(() -> {
            Text w = (Text) find(shell, "viewer.window");
            Text l = (Text) find(shell, "viewer.level");
            w.setText("5000");
            l.setText("3000");
            Ui.send(l, SWT.DefaultSelection, new Event());
        });
        assertEquals(5000, Ui.on(viewer::window), 0);
        assertEquals(3000, Ui.on(viewer::level), 0);
        int[] counts = new int[3];
        for (ViewPlane plane : ViewPlane.values()) {
            SliceView v = view(plane);
            Ui.run(() -> {
                ImageData d = v.renderSlice();
                for (int y = 0; y < d.height; y += 3) {
                    for (int x = 0; x < d.width; x += 3) {
                        int[] voxel = TestImages.nearest(g, g.physicalToContinuousIndex(v.screenToWorld(x + 0.5, y + 0.5)));
                        if (voxel == null) {
                            continue;
                        }
                        int expected = voxel.length == 0 ? 0
                                : expectedGrey(image.getDouble(voxel[0] + 24L * (voxel[1] + 20L * voxel[2]), 0), 5000, 3000);
                        assertEquals(expected, Ui.rgb(d, x, y)[0], plane + " pixel " + x + ", " + y);
                        counts[expected == 0 ? 0 : expected == 255 ? 2 : 1]++;
                    }
                }
            });
        }
        assertTrue(counts[1] > 1000 && counts[2] > 100, "too few pixels inside the window: " + java.util.Arrays.toString(counts));
    }

    @Test
    void overlayOpacityChangesExactlyTheLabelledPixels() {
        Image image = TestImages.oblique();
        Image labels = TestImages.obliqueLabels();
        ImageGeometry g = labels.geometry();
        show(image);
        Ui.await(Ui.on(() -> viewer.setLabels(labels, Map.of(3, new RGB(255, 0, 0)))));
        Scale opacity = find("viewer.opacity", Scale.class);
        for (ViewPlane plane : ViewPlane.values()) {
            SliceView v = view(plane);
            ImageData hidden = Ui.on(() -> {
                opacity.setSelection(0);
                Ui.send(opacity, SWT.Selection, new Event());
                return (ImageData) v.renderSlice().clone();
            });
            assertEquals(0, Ui.on(viewer::overlayOpacity), 0);
            ImageData opaque = Ui.on(() -> {
                opacity.setSelection(100);
                Ui.send(opacity, SWT.Selection, new Event());
                return (ImageData) v.renderSlice().clone();
            });
            int labelled = Ui.on(() -> {
                int n = 0;
                for (int y = 0; y < opaque.height; y++) {
                    for (int x = 0; x < opaque.width; x++) {
                        int[] voxel = TestImages.nearest(g, g.physicalToContinuousIndex(v.screenToWorld(x + 0.5, y + 0.5)));
                        if (voxel == null) {
                            continue;
                        }
                        boolean isLabelled = voxel.length == 3 && labels.getDouble(voxel[0] + 24L * (voxel[1] + 20L * voxel[2]), 0) == 3;
                        int[] a = Ui.rgb(hidden, x, y);
                        int[] b = Ui.rgb(opaque, x, y);
                        assertTrue(a[0] == a[1] && a[1] == a[2], plane + ": grey expected without overlay at " + x + ", " + y);
                        if (isLabelled) {
                            assertArrayEquals(new int[] {255, 0, 0}, b, plane + ": label colour at " + x + ", " + y);
                            n++;
                        } else {
                            assertArrayEquals(a, b, plane + ": unlabelled pixel changed at " + x + ", " + y);
                        }
                    }
                }
                return n;
            });
            assertTrue(labelled > 500, plane + ": only " + labelled + " labelled pixels");
        }
        Ui.run(() -> {
            opacity.setSelection(45);
            Ui.send(opacity, SWT.Selection, new Event());
            viewer.setCrosshair(labels.geometry().indexToPhysical(new double[] {8, 7, 5}));
            Ui.screenshot(shell, "viewer-oblique-overlay");
        });
        assertTrue(Ui.on(() -> find("viewer.status", Label.class).getText()).contains("label 3"));
    }

    @Test
    void channelSelectorShowsEachComponent() {
        ImageGeometry g = ImageGeometry.of(6, 5, 4);
        float[] v = new float[6 * 5 * 4 * 3];
        for (int n = 0; n < 6 * 5 * 4; n++) {
            for (int c = 0; c < 3; c++) {
                v[n * 3 + c] = 10 * c + n % 6;
            }
        }
        show(Image.of(g, PixelType.FLOAT32, 3, v));
        Combo combo = find("viewer.channel", Combo.class);
        assertEquals(3, (int) Ui.on(combo::getItemCount));
        assertTrue(Ui.on(combo::isEnabled));
        Ui.run(() -> viewer.setCrosshair(g.indexToPhysical(new double[] {2, 3, 1})));
        assertTrue(Ui.on(() -> viewer.statusText()).contains("value 2 (component 1 of 3)"), Ui.on(() -> viewer.statusText()));
        Ui.run(() -> {
            combo.select(2);
            Ui.send(combo, SWT.Selection, new Event());
        });
        Ui.waitUntil(() -> viewer.channel() == 2 && !viewer.isBusy(), "channel 2");
        String status = Ui.on(() -> viewer.statusText());
        assertTrue(status.contains("value 22 (component 3 of 3)"), status);
    }

    @Test
    void sameGridKeepsCrosshairAndWindowOtherGridResetsThem() {
        Image image = TestImages.oblique();
        show(image);
        double[] p = image.geometry().indexToPhysical(new double[] {3, 4, 5});
        Ui.run(() -> {
            viewer.setCrosshair(p);
            viewer.setWindowLevel(123, 45);
        });
        show(image.copy());
        assertArrayEquals(p, Ui.on(viewer::crosshair), 0);
        assertEquals(123, Ui.on(viewer::window), 0);
        show(TestImages.bright(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}));
        assertNotNull(Ui.on(viewer::volume));
        assertFalse(Ui.on(viewer::window) == 123);
    }

    @Test
    void defaultWindowComesFromRobustPercentilesAndIgnoresOutliers() {
        ImageGeometry g = ImageGeometry.of(10, 10, 10);
        float[] v = new float[1000];
        for (int n = 0; n < v.length; n++) {
            v[n] = (n * 37) % 1000;
        }
        v[3] = 1e6f;
        v[500] = -1e6f;
        show(Image.of(g, v));
        float[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        double lo = sorted[(int) Math.floor(0.005 * 999)];
        double hi = sorted[(int) Math.ceil(0.995 * 999)];
        assertEquals(hi - lo, Ui.on(viewer::window), 1e-9);
        assertEquals((hi + lo) / 2, Ui.on(viewer::level), 1e-9);
        assertTrue(Ui.on(viewer::window) < 1000, "outliers widened the window");
        String text = Ui.on(() -> find("viewer.window", Text.class).getText());
        assertEquals(hi - lo, Double.parseDouble(text), 1e-3);
    }

    private static Event mouse(int button, int stateMask, int x, int y) {
        Event e = new Event();
        e.button = button;
        e.stateMask = stateMask;
        e.x = x;
        e.y = y;
        return e;
    }

    @Test
    void mouseClickMovesTheCrosshairAndDragsZoomPanAndChangeWindowLevel() {
        Image image = TestImages.oblique();
        show(image);
        SliceView coronal = view(ViewPlane.CORONAL);
        double[] before = Ui.on(viewer::crosshair);
        // Click: the crosshair goes to the point under the pixel, on the same coronal plane.
        double[] clicked = Ui.on(() -> {
            double[] p = coronal.screenToWorld(150.5, 120.5);
            Ui.send(coronal, SWT.MouseDown, mouse(1, 0, 150, 120));
            Ui.send(coronal, SWT.MouseUp, mouse(1, 0, 150, 120));
            return p;
        });
        assertArrayEquals(clicked, Ui.on(viewer::crosshair), 1e-9);
        assertEquals(before[1], clicked[1], 1e-9, "a click in the coronal view keeps y");
        // Shift+drag: window × e^(dx/150), level − dy · window / 300.
        double w0 = Ui.on(viewer::window), l0 = Ui.on(viewer::level);
        Ui.run(() -> {
            Ui.send(coronal, SWT.MouseDown, mouse(1, SWT.SHIFT, 100, 100));
            Ui.send(coronal, SWT.MouseMove, mouse(0, SWT.SHIFT | SWT.BUTTON1, 250, 40));
            Ui.send(coronal, SWT.MouseUp, mouse(1, SWT.SHIFT, 250, 40));
        });
        assertEquals(w0 * Math.E, Ui.on(viewer::window), 1e-9 * w0);
        assertEquals(l0 + 0.2 * w0, Ui.on(viewer::level), 1e-9 * w0);
        // Ctrl+wheel zooms in; Ctrl+drag pans: the point under the pointer follows the pointer.
        Ui.run(() -> {
            Event e = mouse(0, SWT.MOD1, 200, 200);
            e.count = 1;
            Ui.send(coronal, SWT.MouseVerticalWheel, e);
        });
        assertEquals(1.15, Ui.on(coronal::zoom), 1e-12);
        double[] grabbed = Ui.on(() -> coronal.screenToWorld(200.5, 200.5));
        Ui.run(() -> {
            Ui.send(coronal, SWT.MouseDown, mouse(1, SWT.MOD1, 200, 200));
            Ui.send(coronal, SWT.MouseMove, mouse(0, SWT.MOD1 | SWT.BUTTON1, 230, 210));
            Ui.send(coronal, SWT.MouseUp, mouse(1, SWT.MOD1, 230, 210));
        });
        assertArrayEquals(grabbed, Ui.on(() -> coronal.screenToWorld(230.5, 210.5)), 1e-9);
        Ui.run(() -> {
            Event e = new Event();
            e.keyCode = SWT.HOME;
            Ui.send(coronal, SWT.KeyDown, e);
        });
        assertEquals(1, Ui.on(coronal::zoom), 0);
        assertArrayEquals(clicked, Ui.on(viewer::crosshair), 1e-9, "zoom and pan do not move the crosshair");
    }

    @Test
    void anisotropicVoxelsKeepTheirAspectRatio() {
        // 10 voxels of 0.8 mm along x and 10 of 2.5 mm along z: on the coronal view the image is
        // 8 mm wide and 25 mm high, so its height in pixels is 25/8 of its width.
        ImageGeometry g = new ImageGeometry(new long[] {10, 4, 10}, new double[] {0.8, 1, 2.5}, new double[] {0, 0, 0},
                ImageGeometry.identity(3));
        float[] v = new float[400];
        java.util.Arrays.fill(v, 100);
        show(Image.of(g, v));
        SliceView coronal = view(ViewPlane.CORONAL);
        int[] extent = Ui.on(() -> {
            ImageData d = coronal.renderSlice();
            int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
            for (int y = 0; y < d.height; y++) {
                for (int x = 0; x < d.width; x++) {
                    if (Ui.rgb(d, x, y)[0] != 0) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            return new int[] {maxX - minX + 1, maxY - minY + 1};
        });
        assertEquals(25.0 / 8.0, extent[1] / (double) extent[0], 0.06, "width " + extent[0] + " px, height " + extent[1] + " px");
    }
}
