// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.util;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * The one JSON writer of SegSense: the command line's {@code --json} output and the run folder's JSON
 * files (provenance, rater statistics). It writes plain Java values: {@link Map} (keys as strings, in the
 * map's iteration order), {@link Collection}, {@code Object[]}, {@code double[]}, {@code int[]},
 * {@code long[]}, {@link CharSequence}, {@link Character} and {@link Enum} (as their {@code toString()}),
 * {@link Number}, {@link Boolean} and {@code null}; any other object as the string of its {@code toString()}.
 *
 * <p>Conventions: indentation by two spaces, one member or element per line, {@code {}} and {@code []} for
 * empty containers, no newline at the end. Non-finite numbers become {@code null}, as JSON has no NaN or
 * infinity. A {@code double} or {@code float} with an integer value below 10¹⁵ in magnitude is written
 * without a fraction ({@code 2.0} as {@code 2}); other doubles as {@link Double#toString(double)}, which
 * reads back to the same double. Control characters in strings are escaped.
 */
public final class JsonWriter {

	private JsonWriter() {
	}

	/**
	 * @param value the value to write
	 * @return its JSON text, indented by two spaces, without a newline at the end
	 */
	public static String write(Object value) {
		StringBuilder text = new StringBuilder();
		append(text, value, 0);
		return text.toString();
	}

	private static void append(StringBuilder text, Object value, int depth) {
		if (value == null) {
			text.append("null");
		} else if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>) {
			appendString(text, value.toString());
		} else if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			text.append(Double.isFinite(d) ? numberText(d) : "null");
		} else if (value instanceof Number || value instanceof Boolean) {
			text.append(value);
		} else if (value instanceof Map<?, ?> map) {
			appendObject(text, map, depth);
		} else if (value instanceof Collection<?> list) {
			appendArray(text, list.iterator(), list.isEmpty(), depth);
		} else if (value instanceof double[] array) {
			appendArray(text, Arrays.stream(array).boxed().iterator(), array.length == 0, depth);
		} else if (value instanceof int[] array) {
			appendArray(text, Arrays.stream(array).boxed().iterator(), array.length == 0, depth);
		} else if (value instanceof long[] array) {
			appendArray(text, Arrays.stream(array).boxed().iterator(), array.length == 0, depth);
		} else if (value instanceof Object[] array) {
			appendArray(text, Arrays.asList(array).iterator(), array.length == 0, depth);
		} else {
			appendString(text, value.toString());
		}
	}

	private static String numberText(double d) {
		if (d == Math.rint(d) && Math.abs(d) < 1e15) {
			return Long.toString((long) d);
		}
		return Double.toString(d);
	}

	private static void appendObject(StringBuilder text, Map<?, ?> map, int depth) {
		if (map.isEmpty()) {
			text.append("{}");
			return;
		}
		text.append('{');
		boolean first = true;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			text.append(first ? "\n" : ",\n");
			first = false;
			indent(text, depth + 1);
			appendString(text, String.valueOf(entry.getKey()));
			text.append(": ");
			append(text, entry.getValue(), depth + 1);
		}
		text.append('\n');
		indent(text, depth);
		text.append('}');
	}

	private static void appendArray(StringBuilder text, Iterator<?> items, boolean empty, int depth) {
		if (empty) {
			text.append("[]");
			return;
		}
		text.append('[');
		boolean first = true;
		while (items.hasNext()) {
			text.append(first ? "\n" : ",\n");
			first = false;
			indent(text, depth + 1);
			append(text, items.next(), depth + 1);
		}
		text.append('\n');
		indent(text, depth);
		text.append(']');
	}

	private static void indent(StringBuilder text, int depth) {
		text.append("  ".repeat(depth));
	}

	private static void appendString(StringBuilder text, String s) {
		text.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> text.append("\\\"");
			case '\\' -> text.append("\\\\");
			case '\n' -> text.append("\\n");
			case '\r' -> text.append("\\r");
			case '\t' -> text.append("\\t");
			default -> {
				if (c < 0x20) {
					text.append(String.format("\\u%04x", (int) c));
				} else {
					text.append(c);
				}
			}
			}
		}
		text.append('"');
	}
}
