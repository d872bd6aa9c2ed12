package org.segsense.cli.output;

import org.segsense.image.util.JsonWriter;

/**
 * The commands' {@code --json} writer: {@link JsonWriter}, SegSense's one JSON writer (its class comment
 * gives the conventions). Kept only until the commands call {@link JsonWriter} directly.
 */
public final class Json {

	private Json() {
	}

	/**
	 * @param value the value to write
	 * @return {@link JsonWriter#write(Object)}
	 */
	public static String write(Object value) {
		return JsonWriter.write(value);
	}
}
