// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A flat JSON object of numbers, strings and arrays of numbers, as the ITK reference programs
 * {@code image_info} and {@code convert} print it (numbers may be {@code inf}/{@code nan}).
 */
public final class FlatJson {

    private final Map<String, Object> values;

    private FlatJson(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * @param text the object, possibly with text around it
     * @return the parsed object
     */
    public static FlatJson parse(String text) {
        Map<String, Object> m = new TreeMap<>();
        int[] pos = {text.indexOf('{') + 1};
        while (true) {
            skipSpace(text, pos);
            char c0 = text.charAt(pos[0]);
            if (c0 == '}') {
                return new FlatJson(m);
            }
            if (c0 == ',') {
                pos[0]++;
                continue;
            }
            String key = string(text, pos);
            skipSpace(text, pos);
            pos[0]++; // ':'
            skipSpace(text, pos);
            char c = text.charAt(pos[0]);
            if (c == '"') {
                m.put(key, string(text, pos));
            } else if (c == '[') {
                pos[0]++;
                List<Number> list = new ArrayList<>();
                skipSpace(text, pos);
                while (text.charAt(pos[0]) != ']') {
                    if (text.charAt(pos[0]) == ',') {
                        pos[0]++;
                        skipSpace(text, pos);
                    }
                    list.add(number(text, pos));
                    skipSpace(text, pos);
                }
                pos[0]++;
                m.put(key, list);
            } else {
                m.put(key, number(text, pos));
            }
        }
    }

    /** @return all entries: String, Double or List of Double values */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * @param key a key
     * @return its value (String, Double or List of Double), or null
     */
    public Object get(String key) {
        return values.get(key);
    }

    /** @return the number array {@code key} as doubles */
    public double[] doubles(String key) {
        return list(key).stream().mapToDouble(Number::doubleValue).toArray();
    }

    /** @return the number array {@code key} as longs */
    public long[] longs(String key) {
        return list(key).stream().mapToLong(Number::longValue).toArray();
    }

    /** @return the number {@code key} */
    public Number number(String key) {
        return (Number) require(key);
    }

    /** @return the string {@code key} */
    public String string(String key) {
        return (String) require(key);
    }

    @SuppressWarnings("unchecked")
    private List<Number> list(String key) {
        return (List<Number>) require(key);
    }

    private Object require(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new AssertionError("No '" + key + "' in " + values);
        }
        return v;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private static void skipSpace(String s, int[] pos) {
        while (Character.isWhitespace(s.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static String string(String s, int[] pos) {
        int start = pos[0] + 1;
        int end = s.indexOf('"', start);
        pos[0] = end + 1;
        return s.substring(start, end);
    }

    private static Number number(String s, int[] pos) {
        int start = pos[0];
        while (pos[0] < s.length() && "+-0123456789.eEinfaINFA".indexOf(s.charAt(pos[0])) >= 0) {
            pos[0]++;
        }
        return Double.parseDouble(s.substring(start, pos[0]));
    }
}
