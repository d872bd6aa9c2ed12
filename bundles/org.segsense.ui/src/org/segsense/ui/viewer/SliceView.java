// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * One of the viewer's three slice views: a canvas showing the plane through the crosshair, with the
 * crosshair, the orientation markers of its {@link ViewPlane} on the four edges and its title.
 * <p>
 * Screen mapping: the image's LPS bounding box is fitted into the canvas ({@code zoom = 1}) with the
 * same number of pixels per mm along both screen axes, so anisotropic voxels keep their true aspect
 * ratio; zoom multiplies that scale and pan shifts the plane in mm. Pixel {@code (x, y)} shows the
 * nearest voxel to the LPS point at its centre {@code (x + ½, y + ½)}.
 * <p>
 * Mouse and keys: click or drag sets the crosshair; wheel, ↑/↓ and Page Up/Down step through slices;
 * Ctrl+wheel, + and − zoom; Ctrl+drag or middle drag pans; Shift+drag or right drag changes
 * window (horizontal) and level (vertical); Home resets zoom and pan.
 */
public final class SliceView extends Canvas {

    private static final int MARGIN = 22;
    private static final int NONE = 0, CROSSHAIR = 1, WINDOW = 2, PAN = 3;

    private final ImageViewer viewer;
    private final ViewPlane plane;
    private final double[] right;
    private final double[] down;
    private final double[] normal;
    private final SliceRenderer renderer = new SliceRenderer();
    private final double[] lastKey = new double[12];
    private final double[] key = new double[12];
    private Image shown;
    private double zoom = 1;
    private double panRight;
    private double panDown;
    private boolean crosshairVisible = true;
    private long lastRenderNanos;
    private int drag = NONE;
    private int dragX;
    private int dragY;
    private double dragA;
    private double dragB;

    SliceView(Composite parent, ImageViewer viewer, ViewPlane plane) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.viewer = viewer;
        this.plane = plane;
        this.right = plane.right();
        this.down = plane.down();
        this.normal = plane.normal();
        setData("segsense.id", "viewer." + plane.name().toLowerCase(Locale.ROOT));
        setToolTipText(plane.title() + ": click to move the crosshair, wheel or \u2191\u2193 for slices, Ctrl+wheel to zoom,"
                + " Ctrl+drag to pan, Shift+drag or right-drag for window/level, Home to reset");
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, e -> drag = NONE);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Dispose, e -> {
            if (shown != null) {
                shown.dispose();
            }
        });
    }

    /** @return the plane this view shows */
    public ViewPlane plane() {
        return plane;
    }

    /** @return the zoom factor, 1 = the image fits the view */
    public double zoom() {
        return zoom;
    }

    /** @param zoom the zoom factor (clamped to 0.1–64) */
    public void setZoom(double zoom) {
        this.zoom = Math.max(0.1, Math.min(64, zoom));
        redraw();
    }

    /** Resets zoom and pan. */
    public void resetView() {
        zoom = 1;
        panRight = 0;
        panDown = 0;
        redraw();
    }

    /** @param visible whether to draw the crosshair lines (the status line still follows it) */
    public void setCrosshairVisible(boolean visible) {
        crosshairVisible = visible;
        redraw();
    }

    /** @return how long the last slice render took (sampling, window/level, overlay and SWT image), ns */
    public long lastRenderNanos() {
        return lastRenderNanos;
    }

    /** @return pixels per mm at the current size and zoom, or 0 without an image */
    public double scale() {
        double[] b = viewer.bounds();
        Rectangle r = getClientArea();
        if (b == null || r.width <= 0 || r.height <= 0) {
            return 0;
        }
        double fit = Math.min(Math.max(1, r.width - 2 * MARGIN) / extent(b, right), Math.max(1, r.height - 2 * MARGIN) / extent(b, down));
        return fit * zoom;
    }

    private static double extent(double[] b, double[] axis) {
        double e = 0;
        for (int a = 0; a < 3; a++) {
            e += Math.abs(axis[a]) * (b[a + 3] - b[a]);
        }
        return Math.max(e, 1e-9);
    }

    private double[] centre() {
        double[] b = viewer.bounds();
        return new double[] {(b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2};
    }

    /**
     * The LPS point under a screen position, on the plane through the crosshair.
     *
     * @param sx continuous x (pixel x's centre is x + 0.5)
     * @param sy continuous y
     * @return the point, or null without an image
     */
    public double[] screenToWorld(double sx, double sy) {
        double s = scale();
        if (s == 0) {
            return null;
        }
        Rectangle r = getClientArea();
        double[] c = centre();
        double[] cursor = viewer.crosshair();
        double u = (sx - r.width / 2.0) / s - panRight;
        double v = (sy - r.height / 2.0) / s - panDown;
        double n = dot(cursor, normal) - dot(c, normal);
        double[] p = new double[3];
        for (int a = 0; a < 3; a++) {
            p[a] = c[a] + u * right[a] + v * down[a] + n * normal[a];
        }
        return p;
    }

    /**
     * The screen position of an LPS point projected onto this view.
     *
     * @param p LPS point
     * @return continuous screen coordinates; the pixel is their floor; null without an image
     */
    public double[] worldToScreen(double[] p) {
        double s = scale();
        if (s == 0) {
            return null;
        }
        Rectangle r = getClientArea();
        double[] c = centre();
        double u = dot(p, right) - dot(c, right);
        double v = dot(p, down) - dot(c, down);
        return new double[] {(u + panRight) * s + r.width / 2.0, (v + panDown) * s + r.height / 2.0};
    }

    /** @return the pixel (floor of {@link #worldToScreen}) that shows the crosshair, or null */
    public Point crosshairPixel() {
        double[] sc = worldToScreen(viewer.crosshair());
        return sc == null ? null : new Point((int) Math.floor(sc[0]), (int) Math.floor(sc[1]));
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /**
     * Renders the slice (if anything it depends on changed) and returns its pixels: what the canvas
     * shows beneath the crosshair and markers.
     *
     * @return the image data, or null without an image or size
     */
    public ImageData renderSlice() {
        Rectangle r = getClientArea();
        double s = scale();
        if (s == 0) {
            return null;
        }
        double[] cursor = viewer.crosshair();
        key[0] = r.width;
        key[1] = r.height;
        key[2] = s;
        key[3] = panRight;
        key[4] = panDown;
        key[5] = dot(cursor, normal);
        key[6] = viewer.version();
        if (shown != null && java.util.Arrays.equals(key, lastKey)) {
            return lastData;
        }
        long t0 = System.nanoTime();
        double[] p0 = screenToWorld(0.5, 0.5);
        double[] dx = {right[0] / s, right[1] / s, right[2] / s};
        double[] dy = {down[0] / s, down[1] / s, down[2] / s};
        ImageData data = renderer.render(r.width, r.height, p0, dx, dy, viewer.volume(), viewer.values(), viewer.window(),
                viewer.level(), viewer.labels(), viewer.labelColours(), viewer.overlayOpacity());
        if (shown != null) {
            shown.dispose();
        }
        shown = new Image(getDisplay(), data);
        lastData = data;
        System.arraycopy(key, 0, lastKey, 0, key.length);
        lastRenderNanos = System.nanoTime() - t0;
        return data;
    }

    private ImageData lastData;

    private void paint(GC gc) {
        Rectangle r = getClientArea();
        Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
        gc.setBackground(black);
        if (renderSlice() == null) {
            gc.fillRectangle(r);
            drawCentred(gc, r, viewer.isBusy() ? "Loading\u2026" : "No image");
            return;
        }
        gc.drawImage(shown, 0, 0);
        if (crosshairVisible) {
            Point c = crosshairPixel();
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GREEN));
            gc.setAlpha(200);
            gc.drawLine(c.x, 0, c.x, r.height);
            gc.drawLine(0, c.y, r.width, c.y);
            gc.setAlpha(255);
        }
        drawLabel(gc, plane.marker('L'), 4, -1, r);
        drawLabel(gc, plane.marker('R'), -4, -1, r);
        drawLabel(gc, plane.marker('T'), -1, 4, r);
        drawLabel(gc, plane.marker('B'), -1, -4, r);
        double[] cursor = viewer.crosshair();
        String[] names = {"x", "y", "z"};
        int axis = plane.normalAxis();
        String title = String.format(Locale.ROOT, "%s  %s = %.1f mm", plane.title(), names[axis], cursor[axis]);
        drawLabel(gc, title, 4, 4, r);
    }

    /** Draws text on a dark box; x/y ≥ 0: from the left/top, &lt; -1: from the right/bottom, -1: centred. */
    private void drawLabel(GC gc, String text, int x, int y, Rectangle r) {
        Point e = gc.textExtent(text);
        int px = x == -1 ? (r.width - e.x) / 2 : x >= 0 ? x : r.width - e.x + x;
        int py = y == -1 ? (r.height - e.y) / 2 : y >= 0 ? y : r.height - e.y + y;
        gc.setAlpha(160);
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(px - 2, py, e.x + 4, e.y);
        gc.setAlpha(255);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_YELLOW));
        gc.drawString(text, px, py, true);
    }

    private void drawCentred(GC gc, Rectangle r, String text) {
        Point e = gc.textExtent(text);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawString(text, (r.width - e.x) / 2, (r.height - e.y) / 2, true);
    }

    private void mouseDown(Event e) {
        setFocus();
        dragX = e.x;
        dragY = e.y;
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (e.button == 3 || (e.button == 1 && shift)) {
            drag = WINDOW;
            dragA = viewer.window();
            dragB = viewer.level();
        } else if (e.button == 2 || (e.button == 1 && ctrl)) {
            drag = PAN;
            dragA = panRight;
            dragB = panDown;
        } else if (e.button == 1) {
            drag = CROSSHAIR;
            moveCrosshairTo(e.x, e.y);
        }
    }

    private void mouseMove(Event e) {
        switch (drag) {
            case CROSSHAIR:
                moveCrosshairTo(e.x, e.y);
                break;
            case WINDOW:
                viewer.setWindowLevel(dragA * Math.exp((e.x - dragX) / 150.0), dragB - (e.y - dragY) * dragA / 300.0);
                break;
            case PAN: {
                double s = scale();
                if (s > 0) {
                    panRight = dragA + (e.x - dragX) / s;
                    panDown = dragB + (e.y - dragY) / s;
                    redraw();
                }
                break;
            }
            default:
                break;
        }
    }

    private void moveCrosshairTo(int x, int y) {
        double[] p = screenToWorld(x + 0.5, y + 0.5);
        if (p != null) {
            viewer.setCrosshair(p);
        }
    }

    private void wheel(Event e) {
        if (e.count == 0) {
            return;
        }
        if ((e.stateMask & SWT.MOD1) != 0) {
            setZoom(zoom * Math.pow(1.15, Math.signum(e.count)));
        } else {
            step((int) Math.signum(e.count));
        }
    }

    private void key(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_UP: case SWT.PAGE_UP: step(1); break;
            case SWT.ARROW_DOWN: case SWT.PAGE_DOWN: step(-1); break;
            case SWT.HOME: resetView(); break;
            default:
                if (e.character == '+' || e.character == '=') {
                    setZoom(zoom * 1.25);
                } else if (e.character == '-') {
                    setZoom(zoom / 1.25);
                }
        }
    }

    /**
     * Moves the crosshair to the next or previous slice along this view's normal (see
     * {@link VoxelGrid#sliceStep}); stays inside the image's bounding box.
     *
     * @param slices slices to move, positive towards {@link ViewPlane#normal()}
     */
    public void step(int slices) {
        ViewVolume v = viewer.volume();
        double[] b = viewer.bounds();
        if (v == null || b == null) {
            return;
        }
        int axis = plane.normalAxis();
        double[] p = viewer.crosshair();
        double moved = p[axis] + slices * normal[axis] * v.grid().sliceStep(axis);
        if (moved < b[axis] || moved > b[axis + 3]) {
            return;
        }
        p[axis] = moved;
        viewer.setCrosshair(p);
    }
}
