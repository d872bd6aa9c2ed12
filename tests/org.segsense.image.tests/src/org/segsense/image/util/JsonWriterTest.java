// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link JsonWriter}: the exact text of every kind of value its class comment names. */
class JsonWriterTest {

	private enum Colour {
		RED
	}

	@Test
	void nestedValuesAreIndentedByTwoSpacesInInsertionOrder() {
		Map<String, Object> inner = new LinkedHashMap<>();
		inner.put("z", 1);
		inner.put("a", List.of(true, false));
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", "run");
		m.put("inner", inner);
		m.put("empty", Map.of());
		m.put("none", new ArrayList<>());
		m.put("nothing", null);
		assertEquals("{\n  \"name\": \"run\",\n  \"inner\": {\n    \"z\": 1,\n    \"a\": [\n      true,\n      false\n    ]\n  },\n"
				+ "  \"empty\": {},\n  \"none\": [],\n  \"nothing\": null\n}", JsonWriter.write(m));
	}

	@Test
	void numbers() {
		assertEquals("2", JsonWriter.write(2.0));
		assertEquals("-3", JsonWriter.write(-3.0f));
		assertEquals("0.1", JsonWriter.write(0.1));
		assertEquals("1.0E15", JsonWriter.write(1e15));
		assertEquals("0.30000000000000004", JsonWriter.write(0.1 + 0.2));
		assertEquals("12345678901", JsonWriter.write(12_345_678_901L));
		assertEquals("[\n  null,\n  null,\n  null\n]", JsonWriter.write(new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }));
	}

	@Test
	void arraysEnumsAndOtherObjects() {
		assertEquals("[\n  1,\n  2\n]", JsonWriter.write(new int[] { 1, 2 }));
		assertEquals("[\n  7\n]", JsonWriter.write(new long[] { 7 }));
		assertEquals("[\n  \"a\",\n  1\n]", JsonWriter.write(new Object[] { "a", 1 }));
		assertEquals("[]", JsonWriter.write(new double[0]));
		assertEquals("\"RED\"", JsonWriter.write(Colour.RED));
		assertEquals("\"x\"", JsonWriter.write('x'));
		assertEquals("\"/tmp/a b\"", JsonWriter.write(java.nio.file.Path.of("/tmp/a b")));
	}

	@Test
	void stringsAreEscaped() {
		assertEquals("\"q\\\" b\\\\ n\\n r\\r t\\t c\\u0001 é\"", JsonWriter.write("q\" b\\ n\n r\r t\t c\u0001 é"));
		Map<Object, Object> keys = new LinkedHashMap<>();
		keys.put(3, "three");
		assertEquals("{\n  \"3\": \"three\"\n}", JsonWriter.write(keys));
	}
}
