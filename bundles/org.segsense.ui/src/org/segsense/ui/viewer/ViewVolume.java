// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import java.util.Arrays;

import org.segsense.image.Image;
import org.segsense.image.PixelType;

/**
 * An image prepared for display: its {@link VoxelGrid} and its channels as {@code float} volumes.
 * <p>
 * Channels: every component of every time point, component fastest ({@code channel = t ·
 * components + c}), so a 3-component image has channels 0–2 and a 4-D image one per time point.
 * A channel's float volume is made on first use ({@link #channel(int)}; for a scalar float32 image it
 * is the image's own buffer) and kept; call it off the UI thread for large images.
 */
public final class ViewVolume {

    private final Image image;
    private final VoxelGrid grid;
    private final int channels;
    private final float[][] cache;
    /** The direction-encoded colours of a peak image ({@link PeakColours}), else null. */
    private final int[] directionColours;

    /** @param image a 2-, 3- or 4-D image */
    public ViewVolume(Image image) {
        this.image = image;
        this.grid = new VoxelGrid(image.geometry());
        long timePoints = image.dimension() == 4 ? image.geometry().size(3) : 1;
        this.channels = (int) Math.min(Integer.MAX_VALUE, timePoints * image.components());
        this.cache = new float[channels][];
        this.directionColours = PeakColours.of(image);
    }

    /** @return the DEC colour per voxel (0xRRGGBB) if the image is a peak image ({@link PeakColours}), else null */
    public int[] directionColours() {
        return directionColours;
    }

    /** @return the image shown */
    public Image image() {
        return image;
    }

    /** @return the grid */
    public VoxelGrid grid() {
        return grid;
    }

    /** @return components × time points */
    public int channels() {
        return channels;
    }

    /** @return true for integer pixel types (values are shown without decimals) */
    public boolean isInteger() {
        return image.pixelType().isInteger();
    }

    /** @return a label for a channel, e.g. "component 2 of 3" or "t = 4, component 1" */
    public String channelName(int channel) {
        int components = image.components();
        int t = channel / components;
        int c = channel % components;
        if (image.dimension() == 4) {
            return components == 1 ? "time point " + (t + 1) : "t " + (t + 1) + ", component " + (c + 1);
        }
        return "component " + (c + 1) + " of " + components;
    }

    /**
     * One channel as a float volume, x fastest; made on first call and cached.
     *
     * @param channel 0 ≤ channel &lt; {@link #channels()}
     * @return the values (shared, do not modify)
     */
    public synchronized float[] channel(int channel) {
        if (channel < 0 || channel >= channels) {
            throw new IndexOutOfBoundsException("Channel " + channel + " of " + channels + ".");
        }
        if (cache[channel] == null) {
            cache[channel] = extract(channel);
        }
        return cache[channel];
    }

    private float[] extract(int channel) {
        int n = grid.voxelCount();
        int components = image.components();
        if (channels == 1 && image.pixelType() == PixelType.FLOAT32) {
            return image.floats();
        }
        if (channels == 1) {
            return image.toFloatArray();
        }
        int t = channel / components;
        int c = channel % components;
        float[] out = new float[n];
        long base = (long) t * n;
        for (int v = 0; v < n; v++) {
            out[v] = (float) image.getDouble(base + v, c);
        }
        return out;
    }

    /**
     * A robust display range: the 0.5th and 99.5th percentiles of the finite values of a channel,
     * from at most 2<sup>20</sup> evenly strided voxels; widened to a width of 1 when flat.
     *
     * @param channel the channel
     * @return {low, high}, low &lt; high
     */
    public double[] robustRange(int channel) {
        float[] v = channel(channel);
        int stride = Math.max(1, v.length >> 20);
        float[] sample = new float[(v.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < v.length; i += stride) {
            if (Float.isFinite(v[i])) {
                sample[n++] = v[i];
            }
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        Arrays.sort(sample, 0, n);
        double lo = sample[(int) Math.floor(0.005 * (n - 1))];
        double hi = sample[(int) Math.ceil(0.995 * (n - 1))];
        if (!(hi > lo)) {
            lo -= 0.5;
            hi += 0.5;
        }
        return new double[] {lo, hi};
    }
}
