// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the run folder's own files (provenance, STAPLE facts): objects become
 * {@code Map<String, Object>} (insertion order), arrays {@code List<Object>}, numbers {@code Double},
 * plus String, Boolean and null.
 */
public final class JsonValues {

	private final String text;
	private int pos;

	private JsonValues(String text) {
		this.text = text;
	}

	/**
	 * @param text JSON text
	 * @return its value
	 * @throws IllegalArgumentException with the character offset when the text is not JSON
	 */
	public static Object parse(String text) {
		JsonValues p = new JsonValues(text);
		Object v = p.value();
		p.skip();
		if (p.pos != text.length()) {
			throw p.error("trailing characters");
		}
		return v;
	}

	private Object value() {
		skip();
		if (pos >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> m = new LinkedHashMap<>();
		pos++;
		skip();
		if (peek() == '}') {
			pos++;
			return m;
		}
		while (true) {
			skip();
			if (peek() != '"') {
				throw error("expected a key");
			}
			String key = string();
			skip();
			expect(':');
			m.put(key, value());
			skip();
			if (peek() == ',') {
				pos++;
			} else {
				expect('}');
				return m;
			}
		}
	}

	private List<Object> array() {
		List<Object> l = new ArrayList<>();
		pos++;
		skip();
		if (peek() == ']') {
			pos++;
			return l;
		}
		while (true) {
			l.add(value());
			skip();
			if (peek() == ',') {
				pos++;
			} else {
				expect(']');
				return l;
			}
		}
	}

	private String string() {
		StringBuilder b = new StringBuilder();
		pos++;
		while (pos < text.length()) {
			char c = text.charAt(pos++);
			if (c == '"') {
				return b.toString();
			}
			if (c == '\\') {
				if (pos >= text.length()) {
					break;
				}
				char e = text.charAt(pos++);
				switch (e) {
				case 'n' -> b.append('\n');
				case 't' -> b.append('\t');
				case 'r' -> b.append('\r');
				case 'b' -> b.append('\b');
				case 'f' -> b.append('\f');
				case 'u' -> {
					if (pos + 4 > text.length()) {
						throw error("bad \\u escape");
					}
					b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					pos += 4;
				}
				default -> b.append(e);
				}
			} else {
				b.append(c);
			}
		}
		throw error("unterminated string");
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) {
			throw error("unexpected character");
		}
		pos += word.length();
		return value;
	}

	private Double number() {
		int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		if (start == pos) {
			throw error("unexpected character");
		}
		try {
			return Double.valueOf(text.substring(start, pos));
		} catch (NumberFormatException e) {
			throw error("bad number");
		}
	}

	private void skip() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		pos++;
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("not JSON: " + what + " at character " + pos);
	}
}
