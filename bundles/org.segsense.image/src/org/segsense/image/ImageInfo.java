// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;

/**
 * The header facts of an image as {@code segsense image info} reports them: size, spacing, origin,
 * direction (row-major, column j = direction of axis j; 9 numbers in 3-D), pixel type and
 * components — in ITK's reading (LPS, mm).
 *
 * @param size voxels per axis
 * @param spacing spacing per axis (mm)
 * @param origin physical point of voxel 0 (LPS, mm)
 * @param direction row-major direction matrix
 * @param pixelType the JSON name of the pixel type, e.g. {@code "uint8"}
 * @param components components per voxel
 */
public record ImageInfo(long[] size, double[] spacing, double[] origin, double[] direction, String pixelType, int components) {

    /**
     * Describes an image.
     *
     * @param image the image
     * @return its info
     */
    public static ImageInfo of(Image image) {
        ImageGeometry g = image.geometry();
        return new ImageInfo(g.size(), g.spacing(), g.origin(), g.direction(), image.pixelType().jsonName(), image.components());
    }

    /**
     * The info as an ordered map with the keys of SegSense's JSON shape: {@code size} (List of Long),
     * {@code spacing}, {@code origin}, {@code direction} (List of Double), {@code pixelType} (String),
     * {@code components} (Integer).
     *
     * @return a new mutable map (callers may add keys)
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", LongStream.of(size).boxed().collect(Collectors.toList()));
        m.put("spacing", list(spacing));
        m.put("origin", list(origin));
        m.put("direction", list(direction));
        m.put("pixelType", pixelType);
        m.put("components", components);
        return m;
    }

    private static List<Double> list(double[] v) {
        return DoubleStream.of(v).boxed().collect(Collectors.toList());
    }

    /**
     * The info as compact JSON, e.g. {@code {"size":[181,217,181],"spacing":[1.0,1.0,1.0],...}}.
     * Numbers use Java's shortest round-trip form.
     *
     * @return one line of JSON
     */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\"size\":[");
        for (int i = 0; i < size.length; i++) {
            b.append(i == 0 ? "" : ",").append(size[i]);
        }
        b.append("],\"spacing\":");
        appendArray(b, spacing);
        b.append(",\"origin\":");
        appendArray(b, origin);
        b.append(",\"direction\":");
        appendArray(b, direction);
        b.append(",\"pixelType\":\"").append(pixelType).append("\",\"components\":").append(components).append('}');
        return b.toString();
    }

    private static void appendArray(StringBuilder b, double[] v) {
        b.append('[');
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ",").append(v[i] == 0 ? 0.0 : v[i]); // no "-0.0" in JSON
        }
        b.append(']');
    }

    /**
     * Human-readable multi-line text, as {@code segsense image info} prints without {@code --json}.
     *
     * @return the text
     */
    public String toText() {
        return "size:       " + java.util.Arrays.toString(size) + "\n"
                + "spacing:    " + java.util.Arrays.toString(spacing) + " mm\n"
                + "origin:     " + java.util.Arrays.toString(origin) + " mm (LPS)\n"
                + "direction:  " + java.util.Arrays.toString(direction) + " (row-major, column j = axis j)\n"
                + "pixel type: " + pixelType + "\n"
                + "components: " + components + "\n";
    }
}
