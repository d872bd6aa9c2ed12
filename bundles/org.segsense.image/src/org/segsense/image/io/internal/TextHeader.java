// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.segsense.image.io.ImageFormatException;

/**
 * Line-wise reading of the text header of MetaImage and NRRD files, bounded in size so that a file
 * without a header end cannot exhaust memory.
 */
final class TextHeader {

    /** The largest header accepted, in bytes. */
    static final int MAX_HEADER = 1 << 20;

    /** The header lines and the byte offset just after the last line read. */
    final List<String> lines = new ArrayList<>();
    long dataOffset;

    private TextHeader() {
    }

    /** Condition that ends the header: true after the line that is the header's last. */
    interface EndTest {
        boolean isLast(String line);
    }

    /**
     * Reads lines until {@code end} says the header is complete or the file ends (where
     * {@code blankLineEnds} is true a blank line also ends it, as in NRRD).
     */
    static TextHeader read(Path file, EndTest end, boolean blankLineEnds) throws IOException, ImageFormatException {
        TextHeader h = new TextHeader();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(MAX_HEADER);
            int pos = 0;
            while (pos < b.length) {
                int eol = pos;
                while (eol < b.length && b[eol] != '\n') {
                    eol++;
                }
                if (eol == b.length && b.length == MAX_HEADER) {
                    throw new ImageFormatException(file, "the text header is longer than " + MAX_HEADER + " bytes or has no end",
                            "The file is corrupt or not an image");
                }
                String line = new String(b, pos, eol - pos, StandardCharsets.ISO_8859_1);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                pos = Math.min(eol + 1, b.length);
                if (blankLineEnds && line.isEmpty()) {
                    h.dataOffset = pos;
                    return h;
                }
                h.lines.add(line);
                if (end.isLast(line)) {
                    h.dataOffset = pos;
                    return h;
                }
            }
            h.dataOffset = pos;
            return h;
        }
    }

    /** Parses whitespace-separated numbers, failing with a message naming the field. */
    static double[] numbers(Path file, String field, String value, int expected) throws ImageFormatException {
        String[] parts = value.trim().isEmpty() ? new String[0] : value.trim().split("[\\s,()]+");
        List<Double> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(p));
            } catch (NumberFormatException e) {
                throw new ImageFormatException(file, "field '" + field + "' has the non-number '" + p + "'", "Fix the header");
            }
        }
        if (expected >= 0 && out.size() < expected) {
            throw new ImageFormatException(file, "field '" + field + "' has " + out.size() + " numbers, " + expected + " expected", "Fix the header");
        }
        double[] d = new double[out.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = out.get(i);
        }
        return d;
    }

    /** Formats numbers for a header: shortest round-trip form, space-separated. */
    static String format(double... values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                b.append((long) v);
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }
}
