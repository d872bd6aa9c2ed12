// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One input or output of a model signature, split out of the line {@code segsense model inspect} prints for it
 * ({@code in  image DT_FLOAT [-1, -1, -1, -1, 1] (image:0)}).
 *
 * @param signature the signature key (e.g. {@code serving_default})
 * @param direction {@code in} or {@code out}
 * @param name the input's or output's key in the signature
 * @param dtype TensorFlow's dtype name (e.g. {@code DT_FLOAT})
 * @param shape the shape as printed, {@code [-1, -1, -1, -1, 1]} (−1: any size), or {@code [unknown rank]}
 * @param tensor the graph tensor it is bound to (e.g. {@code image:0})
 */
public record SignatureRow(String signature, String direction, String name, String dtype, String shape, String tensor) {

	private static final Pattern LINE = Pattern.compile("(in|out)\\s+(\\S+)\\s+(\\S+)\\s+(\\[[^\\]]*\\])\\s+\\((.*)\\)");

	/**
	 * @param signatures signature key → the inspection's lines
	 * @return one row per line, in the signatures' order; a line of another form is kept whole in {@code name}
	 */
	public static List<SignatureRow> of(Map<String, List<String>> signatures) {
		List<SignatureRow> rows = new ArrayList<>();
		signatures.forEach((key, lines) -> lines.forEach(l -> rows.add(parse(key, l))));
		return rows;
	}

	static SignatureRow parse(String signature, String line) {
		Matcher m = LINE.matcher(line.trim());
		if (!m.matches()) {
			return new SignatureRow(signature, "", line.trim(), "", "", "");
		}
		return new SignatureRow(signature, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
	}
}
