// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.segsense.image.Image;

/**
 * The SegSense image viewer: axial, coronal and sagittal views of an image in patient space
 * (radiological convention, see {@link ViewPlane}), a crosshair linked across the views, window/level,
 * zoom and pan, a label overlay and a channel selector for multi-component and 4-D images.
 * <p>
 * The status line shows the crosshair's LPS position (mm), the index of the nearest voxel and its value
 * (and label). Slow work — converting a channel, the percentiles of the default window, preparing a
 * label map — runs on a background thread; {@link #setImage} and {@link #setLabels} return futures
 * completed on the UI thread once the result is shown, and the newest request wins.
 * <p>
 * A new image on the same grid as the current one keeps the crosshair, window/level, channel and zoom
 * (so a preview can swap images under a slider); an image on another grid resets them: crosshair at
 * the centre voxel, window/level from the 0.5th–99.5th percentiles. Widgets carry
 * {@code "segsense.id"} data ({@code viewer.axial}, {@code viewer.status}, …) for tests. All methods must be
 * called on the UI thread.
 */
public final class ImageViewer extends Composite {

    private static final ExecutorService WORKER = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "SegSense image viewer");
        t.setDaemon(true);
        return t;
    });

    private final SliceView[] views = new SliceView[3];
    private final Label status;
    private final Combo channelCombo;
    private final Label channelLabel;
    private final Text windowText;
    private final Text levelText;
    private final Scale opacityScale;
    private final Label opacityLabel;
    private final List<Consumer<double[]>> crosshairListeners = new ArrayList<>();

    private ViewVolume volume;
    private float[] values;
    private int channel;
    private double[] bounds;
    private double[] crosshair = {0, 0, 0};
    private double window = 1;
    private double level = 0.5;
    private LabelVolume labels;
    private Map<Integer, RGB> givenColours;
    private LabelColours colours = LabelColours.of(0, null);
    private double opacity = 0.5;
    private long version;
    private int pending;
    private long imageRequest;
    private long labelRequest;
    private long channelRequest;
    private String message;
    private boolean syncing;
    private boolean fieldsEdited;

    /**
     * @param parent the parent
     * @param style SWT style bits of the composite
     */
    public ImageViewer(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        setLayout(layout);

        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout barLayout = new GridLayout(11, false);
        barLayout.marginHeight = 2;
        bar.setLayout(barLayout);
        channelLabel = new Label(bar, SWT.NONE);
        channelLabel.setText("Channel");
        channelLabel.setLayoutData(new GridData());
        channelCombo = new Combo(bar, SWT.READ_ONLY);
        channelCombo.setData("segsense.id", "viewer.channel");
        channelCombo.setLayoutData(new GridData(160, SWT.DEFAULT));
        channelCombo.addListener(SWT.Selection, e -> setChannel(channelCombo.getSelectionIndex()));
        new Label(bar, SWT.NONE).setText("Window");
        windowText = numberField(bar, "viewer.window");
        new Label(bar, SWT.NONE).setText("Level");
        levelText = numberField(bar, "viewer.level");
        Button auto = new Button(bar, SWT.PUSH);
        auto.setText("Auto");
        auto.setToolTipText("Window/level from the 0.5th and 99.5th percentiles of the channel");
        auto.setData("segsense.id", "viewer.auto");
        auto.addListener(SWT.Selection, e -> autoWindow());
        new Label(bar, SWT.NONE).setText("Overlay");
        opacityScale = new Scale(bar, SWT.HORIZONTAL);
        opacityScale.setData("segsense.id", "viewer.opacity");
        opacityScale.setMinimum(0);
        opacityScale.setMaximum(100);
        opacityScale.setPageIncrement(10);
        opacityScale.setLayoutData(new GridData(120, SWT.DEFAULT));
        opacityScale.addListener(SWT.Selection, e -> setOverlayOpacity(opacityScale.getSelection() / 100.0));
        opacityLabel = new Label(bar, SWT.NONE);
        opacityLabel.setLayoutData(new GridData(40, SWT.DEFAULT));
        Button reset = new Button(bar, SWT.PUSH);
        reset.setText("Reset view");
        reset.setToolTipText("Zoom to fit and undo panning in all views");
        reset.setData("segsense.id", "viewer.reset");
        reset.addListener(SWT.Selection, e -> {
            for (SliceView v : views) {
                v.resetView();
            }
        });

        Composite grid = new Composite(this, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout gridLayout = new GridLayout(3, true);
        gridLayout.marginWidth = gridLayout.marginHeight = 0;
        gridLayout.horizontalSpacing = 2;
        grid.setLayout(gridLayout);
        for (ViewPlane p : ViewPlane.values()) {
            SliceView v = new SliceView(grid, this, p);
            v.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            views[p.ordinal()] = v;
        }
        status = new Label(this, SWT.NONE);
        status.setData("segsense.id", "viewer.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        syncControls();
    }

    private Text numberField(Composite bar, String id) {
        Text t = new Text(bar, SWT.BORDER | SWT.RIGHT);
        t.setData("segsense.id", id);
        t.setLayoutData(new GridData(80, SWT.DEFAULT));
        t.addListener(SWT.Modify, e -> fieldsEdited |= !syncing);
        t.addListener(SWT.DefaultSelection, e -> applyWindowFields());
        t.addListener(SWT.FocusOut, e -> {
            if (fieldsEdited) {
                applyWindowFields();
            }
        });
        return t;
    }

    private void applyWindowFields() {
        fieldsEdited = false;
        try {
            double w = Double.parseDouble(windowText.getText().trim());
            double l = Double.parseDouble(levelText.getText().trim());
            if (w > 0 && Double.isFinite(w) && Double.isFinite(l)) {
                setWindowLevel(w, l);
                return;
            }
        } catch (NumberFormatException e) {
            // fall through: show the current values again
        }
        syncControls();
    }

    /**
     * Shows an image; the channel conversion and percentiles run off the UI thread.
     *
     * @param image the image, or null to clear the viewer
     * @return completed on the UI thread once the image is shown (or superseded by a newer request)
     */
    public CompletableFuture<Void> setImage(Image image) {
        long request = ++imageRequest;
        if (image == null) {
            volume = null;
            values = null;
            bounds = labels == null ? null : labels.grid().bounds();
            changed();
            return CompletableFuture.completedFuture(null);
        }
        ViewVolume previous = volume;
        return background(() -> {
            ViewVolume v = new ViewVolume(image);
            boolean sameGrid = previous != null && previous.grid().sameAs(v.grid()) && previous.channels() == v.channels();
            int c = sameGrid ? channel : 0;
            float[] data = v.channel(c);
            double[] range = sameGrid ? null : v.robustRange(c);
            return (Runnable) () -> {
                if (request != imageRequest) {
                    return;
                }
                volume = v;
                values = data;
                channel = c;
                message = null;
                if (range != null) {
                    window = range[1] - range[0];
                    level = (range[0] + range[1]) / 2;
                    bounds = v.grid().bounds();
                    VoxelGrid g = v.grid();
                    crosshair = g.toPhysical(new double[] {g.size(0) / 2, g.size(1) / 2, g.size(2) / 2});
                    for (SliceView view : views) {
                        view.resetView();
                    }
                }
                changed();
            };
        });
    }

    /**
     * Shows a label map over the image (its own grid; it need not match the image's).
     *
     * @param labelMap the labels (0 = none), or null to remove the overlay
     * @param labelColours colours by label (e.g. the study's); labels without one get palette colours
     * @return completed on the UI thread once the overlay is shown
     */
    public CompletableFuture<Void> setLabels(Image labelMap, Map<Integer, RGB> labelColours) {
        long request = ++labelRequest;
        givenColours = labelColours;
        if (labelMap == null) {
            labels = null;
            changed();
            return CompletableFuture.completedFuture(null);
        }
        return background(() -> {
            LabelVolume l = new LabelVolume(labelMap);
            LabelColours c = LabelColours.of(l.maxLabel(), labelColours);
            return (Runnable) () -> {
                if (request != labelRequest) {
                    return;
                }
                labels = l;
                colours = c;
                if (bounds == null) {
                    bounds = l.grid().bounds();
                }
                changed();
            };
        });
    }

    /**
     * Shows another channel (component or time point); converted off the UI thread on first use.
     *
     * @param newChannel 0 ≤ channel &lt; {@link ViewVolume#channels()}
     * @return completed on the UI thread once shown
     */
    public CompletableFuture<Void> setChannel(int newChannel) {
        ViewVolume v = volume;
        if (v == null || newChannel < 0 || newChannel >= v.channels() || (newChannel == channel && values != null)) {
            return CompletableFuture.completedFuture(null);
        }
        long request = ++channelRequest;
        return background(() -> {
            float[] data = v.channel(newChannel);
            return (Runnable) () -> {
                if (request == channelRequest && volume == v) {
                    channel = newChannel;
                    values = data;
                    changed();
                }
            };
        });
    }

    /** Sets window/level from the robust percentiles of the shown channel (off the UI thread). */
    public CompletableFuture<Void> autoWindow() {
        ViewVolume v = volume;
        int c = channel;
        if (v == null) {
            return CompletableFuture.completedFuture(null);
        }
        return background(() -> {
            double[] r = v.robustRange(c);
            return (Runnable) () -> setWindowLevel(r[1] - r[0], (r[0] + r[1]) / 2);
        });
    }

    private CompletableFuture<Void> background(Supplier<Runnable> work) {
        pending++;
        redrawViews();
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(work, WORKER).whenComplete((apply, failure) -> {
            if (isDisposed()) {
                done.complete(null);
                return;
            }
            getDisplay().asyncExec(() -> {
                pending--;
                if (isDisposed()) {
                    done.complete(null);
                    return;
                }
                if (failure != null) {
                    showMessage("Cannot show the image: " + rootMessage(failure));
                    done.completeExceptionally(failure);
                    return;
                }
                apply.run();
                redrawViews();
                done.complete(null);
            });
        });
        return done;
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /**
     * Shows a message in the status line until the next image, e.g. why a file could not be read.
     *
     * @param text the message
     */
    public void showMessage(String text) {
        message = text;
        syncControls();
        redrawViews();
    }

    /** @param newWindow window width (&gt; 0); @param newLevel window centre */
    public void setWindowLevel(double newWindow, double newLevel) {
        if (!(newWindow > 0) || !Double.isFinite(newWindow) || !Double.isFinite(newLevel)) {
            throw new IllegalArgumentException("Window " + newWindow + " must be positive and finite, level " + newLevel + " finite.");
        }
        window = newWindow;
        level = newLevel;
        changed();
    }

    /** @param alpha label overlay opacity, 0 (hidden) to 1 (opaque) */
    public void setOverlayOpacity(double alpha) {
        opacity = Math.max(0, Math.min(1, alpha));
        changed();
    }

    /**
     * Moves the crosshair; all three views show the planes through it.
     *
     * @param lps the LPS point in mm
     */
    public void setCrosshair(double[] lps) {
        if (lps[0] == crosshair[0] && lps[1] == crosshair[1] && lps[2] == crosshair[2]) {
            return;
        }
        crosshair = lps.clone();
        syncControls();
        redrawViews();
        for (Consumer<double[]> l : List.copyOf(crosshairListeners)) {
            l.accept(crosshair.clone());
        }
    }

    /** @param listener told the new LPS point whenever the crosshair moves (e.g. to link two viewers) */
    public void addCrosshairListener(Consumer<double[]> listener) {
        crosshairListeners.add(listener);
    }

    /** @param listener a listener added before */
    public void removeCrosshairListener(Consumer<double[]> listener) {
        crosshairListeners.remove(listener);
    }

    private void changed() {
        version++;
        syncControls();
        redrawViews();
    }

    private void redrawViews() {
        for (SliceView v : views) {
            v.redraw();
        }
    }

    private void syncControls() {
        ViewVolume v = volume;
        int n = v == null ? 0 : v.channels();
        if (channelCombo.getItemCount() != Math.max(1, n) || (n > 0 && !channelCombo.getItem(0).equals(v.channelName(0)))) {
            channelCombo.removeAll();
            if (n == 0) {
                channelCombo.add("\u2014");
            }
            for (int c = 0; c < n; c++) {
                channelCombo.add(v.channelName(c));
            }
        }
        channelCombo.select(n == 0 ? 0 : channel);
        channelCombo.setEnabled(n > 1);
        // the selector shows only where there is a choice (it gives the bar's room to narrow viewers, e.g. the preview's)
        if (channelCombo.getVisible() != (n > 1)) {
            for (Control c : new Control[] {channelLabel, channelCombo}) {
                c.setVisible(n > 1);
                ((GridData) c.getLayoutData()).exclude = n <= 1;
            }
            channelCombo.getParent().layout(true);
        }
        if (!fieldsEdited) {
            // the user's half-typed numbers stay until Enter or leaving the field
            syncing = true;
            windowText.setText(format(window));
            levelText.setText(format(level));
            syncing = false;
        }
        opacityScale.setSelection((int) Math.round(opacity * 100));
        opacityScale.setEnabled(labels != null);
        opacityLabel.setText(Math.round(opacity * 100) + "%");
        status.setText(statusText());
    }

    private static String format(double x) {
        return Math.abs(x) >= 1e5 || (x != 0 && Math.abs(x) < 1e-3) ? String.format(Locale.ROOT, "%.4g", x)
                : String.format(Locale.ROOT, "%.6g", x).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /**
     * The status line: crosshair position, voxel index, value and label, e.g.
     * {@code LPS (12.00, -3.50, 40.25) mm   voxel [3, 7, 2]   value 417   label 2}.
     *
     * @return the text
     */
    public String statusText() {
        if (message != null) {
            return message;
        }
        if (volume == null && labels == null) {
            return pending > 0 ? "Loading\u2026" : "No image";
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "LPS (%.2f, %.2f, %.2f) mm", crosshair[0], crosshair[1], crosshair[2]));
        if (volume != null) {
            int[] v = volume.grid().nearestVoxel(crosshair);
            if (v == null) {
                s.append("   outside the image");
            } else {
                s.append(String.format(Locale.ROOT, "   voxel [%d, %d, %d]   value ", v[0], v[1], v[2]));
                float value = values[volume.grid().linear(v)];
                s.append(volume.isInteger() ? String.valueOf((long) value) : format(value));
                if (volume.channels() > 1) {
                    s.append(" (").append(volume.channelName(channel)).append(')');
                }
            }
        }
        if (labels != null) {
            int[] v = labels.grid().nearestVoxel(crosshair);
            s.append("   label ").append(v == null ? "\u2014" : String.valueOf(labels.labels()[labels.grid().linear(v)]));
        }
        return s.toString();
    }

    /** @return the crosshair's LPS point (a copy) */
    public double[] crosshair() {
        return crosshair.clone();
    }

    /** @return the view of a plane */
    public SliceView view(ViewPlane plane) {
        return views[plane.ordinal()];
    }

    /** @return true while background work (loading, conversion, percentiles) is under way */
    public boolean isBusy() {
        return pending > 0;
    }

    /** @return the window width */
    public double window() {
        return window;
    }

    /** @return the window centre */
    public double level() {
        return level;
    }

    /** @return the overlay opacity, 0–1 */
    public double overlayOpacity() {
        return opacity;
    }

    /** @return the shown channel */
    public int channel() {
        return channel;
    }

    /** @return the image shown, or null */
    public ViewVolume volume() {
        return volume;
    }

    float[] values() {
        return values;
    }

    LabelVolume labels() {
        return labels;
    }

    LabelColours labelColours() {
        return colours;
    }

    double[] bounds() {
        return bounds;
    }

    long version() {
        return version;
    }

    /** @return the label colours given with {@link #setLabels}, or null */
    public Map<Integer, RGB> givenLabelColours() {
        return givenColours;
    }
}
