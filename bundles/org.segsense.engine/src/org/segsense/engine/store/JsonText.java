package org.segsense.engine.store;

import java.util.Collection;
import java.util.Map;

/** A minimal JSON writer for provenance.json: maps, collections, strings, numbers, booleans, null. */
public final class JsonText {

	private JsonText() {
	}

	/** @return the JSON text of {@code value}, indented by two spaces */
	public static String write(Object value) {
		StringBuilder b = new StringBuilder();
		append(b, value, 0);
		return b.append('\n').toString();
	}

	private static void append(StringBuilder b, Object v, int depth) {
		if (v == null) {
			b.append("null");
		} else if (v instanceof Double || v instanceof Float) {
			double d = ((Number) v).doubleValue();
			b.append(Double.isFinite(d) ? Double.toString(d) : "null");
		} else if (v instanceof Number || v instanceof Boolean) {
			b.append(v);
		} else if (v instanceof Map<?, ?> m) {
			if (m.isEmpty()) {
				b.append("{}");
				return;
			}
			b.append("{");
			boolean first = true;
			for (Map.Entry<?, ?> e : m.entrySet()) {
				b.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
				first = false;
				string(b, String.valueOf(e.getKey()));
				b.append(": ");
				append(b, e.getValue(), depth + 1);
			}
			b.append('\n').append("  ".repeat(depth)).append('}');
		} else if (v instanceof Collection<?> c) {
			if (c.isEmpty()) {
				b.append("[]");
				return;
			}
			b.append("[");
			boolean first = true;
			for (Object o : c) {
				b.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
				first = false;
				append(b, o, depth + 1);
			}
			b.append('\n').append("  ".repeat(depth)).append(']');
		} else {
			string(b, v.toString());
		}
	}

	private static void string(StringBuilder b, String s) {
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			default -> {
				if (c < 0x20) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		b.append('"');
	}
}
