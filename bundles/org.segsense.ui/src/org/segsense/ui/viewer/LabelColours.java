// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import java.util.Map;

import org.eclipse.swt.graphics.RGB;

/**
 * Colours of label values: the colours given (e.g. a study's label map) and, for labels without one,
 * a fixed palette of 12 well separated colours ({@code palette[(label − 1) mod 12]}). Label 0 is
 * background and never drawn. Colours are packed {@code 0xRRGGBB}; the table is dense for labels up
 * to 65535 so rendering looks them up without boxing.
 */
public final class LabelColours {

    private static final int[] PALETTE = {0xE6194B, 0x3CB44B, 0x4363D8, 0xFFE119, 0xF58231, 0x911EB4, 0x42D4F4, 0xF032E6,
        0xBFEF45, 0xFABED4, 0x469990, 0xDCBEFF};

    /** Packed colour meaning "not drawn". */
    public static final int NONE = -1;

    private final int[] table;

    private LabelColours(int[] table) {
        this.table = table;
    }

    /**
     * @param maxLabel the largest label present
     * @param given colours by label (may be null or miss labels)
     * @return the table
     */
    public static LabelColours of(int maxLabel, Map<Integer, RGB> given) {
        int[] t = new int[Math.max(1, Math.min(maxLabel, 65535) + 1)];
        t[0] = NONE;
        for (int l = 1; l < t.length; l++) {
            t[l] = fallback(l);
        }
        if (given != null) {
            for (Map.Entry<Integer, RGB> e : given.entrySet()) {
                int l = e.getKey();
                if (l > 0 && l < t.length && e.getValue() != null) {
                    RGB c = e.getValue();
                    t[l] = (c.red << 16) | (c.green << 8) | c.blue;
                }
            }
        }
        return new LabelColours(t);
    }

    private static int fallback(int label) {
        return PALETTE[Math.floorMod(label - 1, PALETTE.length)];
    }

    /**
     * @param label a label value
     * @return its packed colour, or {@link #NONE} for 0
     */
    public int colour(int label) {
        if (label >= 0 && label < table.length) {
            return table[label];
        }
        return label == 0 ? NONE : fallback(label);
    }
}
