// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

import org.segsense.report.stats.ToleranceRange;

/**
 * HTML helpers for report sections: escaping, numbers with sensible precision (4 significant digits, "—"
 * for undefined values), and table cells that keep the exact value in {@code data-value} so that scripts
 * and tests can read the numbers back.
 */
public final class Html {

	/** Shown for an undefined number. */
	public static final String UNDEFINED = "—";

	private Html() {
	}

	/** @return the text with &amp;, &lt;, &gt; and quotes escaped */
	public static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
			case '&' -> b.append("&amp;");
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&#39;");
			default -> b.append(c);
			}
		}
		return b.toString();
	}

	/** Column headers of the outcome counts that every aggregate shows. */
	public static final List<String> COUNT_HEADERS = List.of("n_valid", "n_missed", "n_both_empty");

	/** @return three numeric cells: n_valid, n_missed, n_both_empty */
	public static String countCells(org.segsense.report.analysis.RunData.Counts c) {
		return "<td class=\"num\" data-count=\"n_valid\">" + c.valid() + "</td><td class=\"num\" data-count=\"n_missed\">" + c.missed()
				+ "</td><td class=\"num\" data-count=\"n_both_empty\">" + c.bothEmpty() + "</td>";
	}

	/** @return the number with 4 significant digits (no exponent for 1e-4 … 1e6), "—" for NaN */
	public static String number(double v) {
		if (Double.isNaN(v)) {
			return UNDEFINED;
		}
		if (Double.isInfinite(v)) {
			return v > 0 ? "∞" : "−∞";
		}
		if (v == 0) {
			return "0";
		}
		double a = Math.abs(v);
		if (a < 1e-4 || a >= 1e6) {
			return String.format(Locale.ROOT, "%.3e", v);
		}
		return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
	}

	/** @return e.g. "12.3 %" for 0.123, "—" for NaN */
	public static String percent(double fraction) {
		return Double.isNaN(fraction) ? UNDEFINED : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
	}

	/** @return a p-value: 4 significant digits, "&lt; 0.0001" below */
	public static String pValue(double p) {
		if (Double.isNaN(p)) {
			return UNDEFINED;
		}
		return p < 1e-4 ? "< 0.0001" : number(p);
	}

	/** @return e.g. "0.8 – 1.2", with "≤"/"≥" where the range reaches the end of the sweep (it may be wider) */
	public static String range(ToleranceRange r) {
		String lo = (r.lowerOpen() ? "≤ " : "") + number(r.lower());
		String hi = (r.upperOpen() ? "≥ " : "") + number(r.upper());
		return r.lower() == r.upper() && !r.lowerOpen() && !r.upperOpen() ? "only at " + number(r.lower()) : lo + " – " + hi;
	}

	/** @return a numeric cell; an undefined value shows "—" with the reason as its tooltip */
	public static String numberCell(double v, String reasonIfUndefined) {
		if (Double.isNaN(v)) {
			return "<td class=\"num undefined\" title=\"" + esc(reasonIfUndefined == null ? "undefined" : reasonIfUndefined) + "\">" + UNDEFINED + "</td>";
		}
		return "<td class=\"num\" data-value=\"" + v + "\">" + number(v) + "</td>";
	}

	/** @return a text cell */
	public static String cell(String text) {
		return "<td>" + esc(text) + "</td>";
	}

	/** @return a header row */
	public static String headerRow(List<String> headers) {
		StringBuilder b = new StringBuilder("<tr>");
		for (String h : headers) {
			b.append("<th>").append(esc(h)).append("</th>");
		}
		return b.append("</tr>\n").toString();
	}

	/** @return a paragraph of escaped text */
	public static String paragraph(String text) {
		return "<p>" + esc(text) + "</p>\n";
	}
}
