// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.segsense.testing.Repository;

/**
 * Snapshot checks of the commands' {@code --json} output, the command line's scripting contract.
 *
 * <p>The output is parsed (it must be valid JSON, one value), checked for its documented top-level keys
 * in their order, normalised, printed again in the CLI's own layout (two-space indent) and compared with
 * {@code tests/org.segsense.cli.tests/snapshots/NAME.json}. A mismatch fails with a line diff and says how
 * to update: run the tests with {@code -Dsnapshots.update=true} (or the environment variable
 * {@code SNAPSHOTS_UPDATE=true}), which rewrites the files; review the change with {@code git diff}.
 *
 * <p>The normaliser changes as little as possible; every key keeps its place:
 * <ul>
 * <li>the test's temporary folder inside any string becomes {@code <TMP>} (the rest of the path stays);</li>
 * <li>the value of a key named volatile by the test (durations, throughput, versions of the machine's
 * Java) becomes the string {@code "<volatile>"} whatever its type;</li>
 * <li>an array under a key named unordered by the test is sorted (only where the command does not
 * promise an order).</li>
 * </ul>
 */
final class JsonSnapshots {

	/** The placeholder of a volatile value. */
	static final String VOLATILE = "<volatile>";
	/** The placeholder of the test's temporary folder. */
	static final String TMP = "<TMP>";

	private final Path tmp;
	private final Set<String> volatileKeys;
	private final Set<String> unorderedKeys;

	private JsonSnapshots(Path tmp, Set<String> volatileKeys, Set<String> unorderedKeys) {
		this.tmp = tmp;
		this.volatileKeys = volatileKeys;
		this.unorderedKeys = unorderedKeys;
	}

	/** A normaliser for output that may name files below {@code tmp}. */
	static JsonSnapshots in(Path tmp) {
		return new JsonSnapshots(tmp, Set.of(), Set.of());
	}

	/** @return this normaliser with these keys' values replaced by {@value #VOLATILE} */
	JsonSnapshots volatileKeys(String... keys) {
		return new JsonSnapshots(tmp, Set.of(keys), unorderedKeys);
	}

	/** @return this normaliser with the arrays under these keys sorted */
	JsonSnapshots unordered(String... keys) {
		return new JsonSnapshots(tmp, volatileKeys, Set.of(keys));
	}

	/** The folder of the snapshot files. */
	static Path folder() {
		return Repository.path("tests/org.segsense.cli.tests/snapshots");
	}

	/** @return true when the snapshots are to be rewritten ({@code -Dsnapshots.update=true} or {@code SNAPSHOTS_UPDATE=true}) */
	static boolean updating() {
		// tests/pom.xml passes Maven's -Dsnapshots.update into the test runtime; the environment variable reaches it anyway
		return Boolean.parseBoolean(System.getProperty("snapshots.update")) || Boolean.parseBoolean(System.getenv("SNAPSHOTS_UPDATE"));
	}

	/**
	 * Checks one command's output against its snapshot.
	 *
	 * @param name the snapshot name (file {@code NAME.json})
	 * @param json the command's standard output
	 * @param topLevelKeys the documented top-level keys, in order (of each element when the output is an array of objects)
	 */
	void check(String name, String json, List<String> topLevelKeys) throws IOException {
		Path file = folder().resolve(name + ".json");
		if (updating()) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, normalise(json, topLevelKeys), StandardCharsets.UTF_8);
			return;
		}
		compare(file, name, json, topLevelKeys);
	}

	/** As {@link #check(String, String, List)} against the snapshot {@code file}, never rewriting it. */
	void compare(Path file, String name, String json, List<String> topLevelKeys) throws IOException {
		String actual = normalise(json, topLevelKeys);
		if (!Files.isRegularFile(file)) {
			fail("No snapshot " + file + " yet. Run the CLI tests with -Dsnapshots.update=true (or SNAPSHOTS_UPDATE=true) to write it,"
					+ " then review and commit it. The output was:\n" + actual);
		}
		String expected = Files.readString(file, StandardCharsets.UTF_8);
		if (!expected.equals(actual)) {
			fail("The --json output of '" + name + "' differs from " + file + " (the scripting contract):\n" + diff(expected, actual)
					+ "If the change is intended, rewrite the snapshots with -Dsnapshots.update=true (or SNAPSHOTS_UPDATE=true), review"
					+ " 'git diff tests/org.segsense.cli.tests/snapshots' and say the change in the release notes.");
		}
	}

	/**
	 * @return the normalised text of {@code json}, ending with a newline
	 * @throws AssertionError when it is not one JSON value or its top-level keys are not {@code topLevelKeys}
	 */
	String normalise(String json, List<String> topLevelKeys) {
		Object value;
		try {
			value = new Parser(json).parseDocument();
		} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			throw new AssertionError("Not valid JSON (" + e.getMessage() + "):\n" + json, e);
		}
		if (topLevelKeys != null) {
			// an object: its keys; an array (metrics --list): the keys of every element
			for (Object o : value instanceof List<?> l && !l.isEmpty() ? l : List.of(value)) {
				if (!(o instanceof Map<?, ?> m)) {
					throw new AssertionError("Expected a JSON object (or an array of objects) with keys " + topLevelKeys + ", got:\n" + json);
				}
				assertEquals(topLevelKeys, new ArrayList<>(m.keySet()), "the documented top-level keys, in order");
			}
		}
		StringBuilder out = new StringBuilder();
		write(out, normalised(value, null), 0);
		return out.append('\n').toString();
	}

	private Object normalised(Object value, String key) {
		if (key != null && volatileKeys.contains(key)) {
			return VOLATILE;
		}
		if (value instanceof String s) {
			String t = tmp.toAbsolutePath().toString();
			return s.replace(t, TMP);
		}
		if (value instanceof Map<?, ?> m) {
			Map<String, Object> n = new LinkedHashMap<>();
			m.forEach((k, v) -> n.put((String) k, normalised(v, (String) k)));
			return n;
		}
		if (value instanceof List<?> l) {
			List<Object> n = new ArrayList<>();
			for (Object o : l) {
				n.add(normalised(o, null));
			}
			if (key != null && unorderedKeys.contains(key)) {
				n.sort(Comparator.comparing(o -> {
					StringBuilder b = new StringBuilder();
					write(b, o, 0);
					return b.toString();
				}));
			}
			return n;
		}
		return value;
	}

	/** A number as its JSON text, kept exactly. */
	record Num(String text) {
	}

	private static void write(StringBuilder b, Object v, int depth) {
		if (v == null) {
			b.append("null");
		} else if (v instanceof String s) {
			quote(b, s);
		} else if (v instanceof Num n) {
			b.append(n.text());
		} else if (v instanceof Boolean x) {
			b.append(x);
		} else if (v instanceof Map<?, ?> m) {
			if (m.isEmpty()) {
				b.append("{}");
				return;
			}
			b.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : m.entrySet()) {
				b.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
				first = false;
				quote(b, (String) e.getKey());
				b.append(": ");
				write(b, e.getValue(), depth + 1);
			}
			b.append('\n').append("  ".repeat(depth)).append('}');
		} else if (v instanceof List<?> l) {
			if (l.isEmpty()) {
				b.append("[]");
				return;
			}
			b.append('[');
			boolean first = true;
			for (Object o : l) {
				b.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
				first = false;
				write(b, o, depth + 1);
			}
			b.append('\n').append("  ".repeat(depth)).append(']');
		} else {
			throw new IllegalStateException(String.valueOf(v));
		}
	}

	private static void quote(StringBuilder b, String s) {
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

	/** A line diff (longest common subsequence): {@code -} expected only, {@code +} actual only, with line numbers of the snapshot. */
	static String diff(String expected, String actual) {
		String[] a = expected.split("\n", -1), b = actual.split("\n", -1);
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		StringBuilder d = new StringBuilder();
		int i = 0, j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				i++;
				j++;
			} else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
				d.append(String.format("%5d + %s%n", i + 1, b[j++]));
			} else {
				d.append(String.format("%5d - %s%n", i + 1, a[i++]));
			}
		}
		return d.toString();
	}

	/** A strict JSON parser (RFC 8259): objects keep their key order, numbers keep their text. */
	static final class Parser {
		private final String s;
		private int p;

		Parser(String s) {
			this.s = s;
		}

		Object parseDocument() {
			Object v = value();
			space();
			if (p != s.length()) {
				throw error("text after the JSON value");
			}
			return v;
		}

		private IllegalArgumentException error(String what) {
			return new IllegalArgumentException(what + " at offset " + p);
		}

		private void space() {
			while (p < s.length() && " \t\r\n".indexOf(s.charAt(p)) >= 0) {
				p++;
			}
		}

		private Object value() {
			space();
			if (p >= s.length()) {
				throw error("end of text");
			}
			char c = s.charAt(p);
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

		private Object literal(String word, Object v) {
			if (!s.startsWith(word, p)) {
				throw error("unexpected character '" + s.charAt(p) + "'");
			}
			p += word.length();
			return v;
		}

		private Map<String, Object> object() {
			Map<String, Object> m = new LinkedHashMap<>();
			p++;
			space();
			if (p < s.length() && s.charAt(p) == '}') {
				p++;
				return m;
			}
			while (true) {
				space();
				if (p >= s.length() || s.charAt(p) != '"') {
					throw error("a key expected");
				}
				String k = string();
				space();
				expect(':');
				if (m.containsKey(k)) {
					throw error("duplicate key '" + k + "'");
				}
				m.put(k, value());
				space();
				if (p < s.length() && s.charAt(p) == ',') {
					p++;
					continue;
				}
				expect('}');
				return m;
			}
		}

		private List<Object> array() {
			List<Object> l = new ArrayList<>();
			p++;
			space();
			if (p < s.length() && s.charAt(p) == ']') {
				p++;
				return l;
			}
			while (true) {
				l.add(value());
				space();
				if (p < s.length() && s.charAt(p) == ',') {
					p++;
					continue;
				}
				expect(']');
				return l;
			}
		}

		private void expect(char c) {
			if (p >= s.length() || s.charAt(p) != c) {
				throw error("'" + c + "' expected");
			}
			p++;
		}

		private String string() {
			StringBuilder b = new StringBuilder();
			p++;
			while (true) {
				if (p >= s.length()) {
					throw error("unterminated string");
				}
				char c = s.charAt(p++);
				if (c == '"') {
					return b.toString();
				}
				if (c < 0x20) {
					throw error("control character in a string");
				}
				if (c != '\\') {
					b.append(c);
					continue;
				}
				char e = s.charAt(p++);
				switch (e) {
				case '"', '\\', '/' -> b.append(e);
				case 'b' -> b.append('\b');
				case 'f' -> b.append('\f');
				case 'n' -> b.append('\n');
				case 'r' -> b.append('\r');
				case 't' -> b.append('\t');
				case 'u' -> {
					b.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
					p += 4;
				}
				default -> throw error("bad escape \\" + e);
				}
			}
		}

		private Num number() {
			int start = p;
			if (p < s.length() && s.charAt(p) == '-') {
				p++;
			}
			int digits = p;
			while (p < s.length() && Character.isDigit(s.charAt(p))) {
				p++;
			}
			if (p == digits || (s.charAt(digits) == '0' && p - digits > 1)) {
				throw error("not a JSON value");
			}
			if (p < s.length() && s.charAt(p) == '.') {
				p++;
				int f = p;
				while (p < s.length() && Character.isDigit(s.charAt(p))) {
					p++;
				}
				if (p == f) {
					throw error("digits expected after '.'");
				}
			}
			if (p < s.length() && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
				p++;
				if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
					p++;
				}
				int e = p;
				while (p < s.length() && Character.isDigit(s.charAt(p))) {
					p++;
				}
				if (p == e) {
					throw error("digits expected in the exponent");
				}
			}
			return new Num(s.substring(start, p));
		}
	}
}
