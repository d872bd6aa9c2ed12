// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.List;

import org.segsense.report.analysis.Analysis.Comparison;

/**
 * The comparison table as JSON ({@value #FILE} in the report's assets): an object with {@code comparisons}, one
 * entry per row with axis, metric, label, a, b, pairs, n_subjects, n_seeds, single_seed (and then a note why it is
 * no evidence about augmentation), median_difference, v, p, holm_p, rank_biserial, exact, significant. Numbers in
 * Java's shortest exact form; NaN as null.
 */
final class ComparisonsJson {

	/** The file name in the report's assets folder. */
	static final String FILE = "comparisons.json";

	private ComparisonsJson() {
	}

	static String of(List<Comparison> comparisons) {
		StringBuilder b = new StringBuilder("{\n  \"comparisons\": [");
		for (int i = 0; i < comparisons.size(); i++) {
			Comparison c = comparisons.get(i);
			b.append(i == 0 ? "\n" : ",\n").append("    {");
			b.append("\"axis\": ").append(str(c.axis().id())).append(", \"metric\": ").append(str(c.metric().id())).append(", \"label\": ")
					.append(c.label().value()).append(", \"a\": ").append(str(c.a().id())).append(", \"b\": ").append(str(c.b().id()))
					.append(", \"pairs\": ").append(c.pairs()).append(", \"n_subjects\": ").append(c.nSubjects()).append(", \"n_seeds\": ")
					.append(c.nSeeds()).append(", \"single_seed\": ").append(c.singleSeed());
			if (c.singleSeed()) {
				b.append(", \"note\": ").append(str(Comparison.SINGLE_SEED_NOTE));
			}
			b.append(", \"median_difference\": ").append(num(c.medianDifference())).append(", \"v\": ").append(num(c.test().v()))
					.append(", \"p\": ").append(num(c.test().pValue())).append(", \"holm_p\": ").append(num(c.holmP()))
					.append(", \"rank_biserial\": ").append(num(c.test().rankBiserial())).append(", \"exact\": ").append(c.test().exact())
					.append(", \"significant\": ").append(c.significant()).append('}');
		}
		return b.append(comparisons.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
	}

	private static String num(double v) {
		return Double.isFinite(v) ? String.valueOf(v) : "null";
	}

	private static String str(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char ch : s.toCharArray()) {
			if (ch == '"' || ch == '\\') {
				b.append('\\').append(ch);
			} else if (ch < 0x20) {
				b.append(String.format("\\u%04x", (int) ch));
			} else {
				b.append(ch);
			}
		}
		return b.append('"').toString();
	}
}
