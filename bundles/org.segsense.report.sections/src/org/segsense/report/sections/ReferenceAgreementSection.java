// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.ReferenceAgreement;
import org.segsense.report.analysis.ReferenceAgreement.AxisSummary;
import org.segsense.report.analysis.ReferenceAgreement.Pair;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Label;
import org.segsense.report.analysis.RunData.Metric;
import org.segsense.report.render.Charts;
import org.segsense.report.render.Html;

/**
 * STAPLE vs truth: for a run scored against a consensus reference and also against the cases' label images
 * (rows of metric {@code M@truth}), per axis × metric × label one chart with each variant's mean curve against
 * the reference (solid) and against the truth (dashed, same colour), per curve pair Spearman's ρ over the axis
 * values and the largest |difference|, and a summary table per axis with a sentence computed from it.
 * Absent when the run has no rows against the truth ({@link ReferenceAgreement}).
 */
public final class ReferenceAgreementSection implements ReportSection {

	@Override
	public String render(SectionContext context) throws Exception {
		ReferenceAgreement agreement = ReferenceAgreement.of(context.run());
		if (agreement.isEmpty()) {
			return null;
		}
		String ref = context.run().consensusReference() ? "STAPLE" : "the reference";
		ref = context.run().referenceKind().contains("MajorityVote") ? "the majority vote" : ref;
		StringBuilder b = new StringBuilder();
		b.append(Html.paragraph("Each variant's mean curve over the cases scored against the study's consensus reference (" + context.run().referenceKind()
				+ ", solid) and against the cases' ground truth (dashed, same colour). ρ is Spearman's rank correlation of the two mean curves over the "
				+ "axis values (the unperturbed baseline included at its value; ties at average ranks): ρ = 1 means the consensus orders the "
				+ "perturbation levels exactly as the truth does. max |Δ| is the largest difference of the two means and where it occurs (often "
				+ "at the baseline, where a consensus of the variants' own unperturbed predictions agrees with them best); mean Δ is reference − "
				+ "truth averaged over the axis values; max |Δ rel. change| is the largest difference between the two curves' relative changes from "
				+ "their own baseline (value / baseline value; percentage points) — where the two references disagree on what the perturbation did."));
		List<AxisSummary> summaries = agreement.byAxis();
		b.append(summaryTable(summaries)).append(Html.paragraph(interpretation(agreement, summaries, ref)).replace("<p>", "<p class=\"finding\" data-finding=\"reference-agreement\">"));
		for (AxisSummary s : summaries) {
			Axis axis = s.axis();
			b.append("<h3>").append(Html.esc(axis.name())).append(" — ").append(Html.esc(axis.perturbation())).append(", ")
					.append(Html.esc(axis.parameterLabel())).append("</h3>\n<div class=\"charts\">\n");
			StringBuilder tables = new StringBuilder();
			for (Metric metric : ReferenceAgreement.scoredAgainstTruth(context.run())) {
				for (Label label : context.run().labels()) {
					List<Pair> pairs = agreement.pairs(axis, metric, label);
					if (pairs.isEmpty()) {
						continue;
					}
					b.append(chart(context, axis, metric, label, pairs));
					tables.append(numbers(axis, metric, label, pairs));
				}
			}
			b.append("</div>\n").append(pairTable(s.pairs())).append("<details><summary>Numbers of the curves along ").append(Html.esc(axis.id()))
					.append("</summary>\n").append(tables).append("</details>\n");
		}
		return b.toString();
	}

	private static String chart(SectionContext context, Axis axis, Metric metric, Label label, List<Pair> pairs) throws java.io.IOException {
		List<Charts.Series> solid = new ArrayList<>(), dashed = new ArrayList<>();
		StringJoiner rhos = new StringJoiner(", ");
		for (Pair p : pairs) {
			solid.add(series(p.variant().id() + " vs STAPLE", p.x(), p.reference()));
			dashed.add(series(p.variant().id() + " vs truth", p.x(), p.truth()));
			rhos.add(p.variant().id() + " ρ " + Html.number(p.rho()));
		}
		String title = metric.id() + ", " + label.name() + " vs " + axis.id() + ": consensus and truth";
		String svg = Charts.pairedChart(title, axis.parameterLabel(), metric.label(), solid, dashed, axis.baselineValue(), "unperturbed");
		String href = context.writeSvg("agreement-" + SectionContext.safeName(axis.id()) + "-" + SectionContext.safeName(metric.id()) + "-"
				+ label.value() + ".svg", svg);
		return "<figure data-axis=\"" + Html.esc(axis.id()) + "\" data-metric=\"" + Html.esc(metric.id()) + "\" data-label=\"" + label.value()
				+ "\"><img src=\"" + href + "\" width=\"" + Charts.WIDTH + "\" height=\"" + Charts.HEIGHT + "\" alt=\"" + Html.esc(title)
				+ "\"><figcaption>" + Html.esc(title + ": mean over cases, solid against the consensus, dashed against the truth; " + rhos)
				+ "</figcaption></figure>\n";
	}

	private static Charts.Series series(String name, double[] x, double[] y) {
		double[] nan = new double[x.length];
		java.util.Arrays.fill(nan, Double.NaN);
		return new Charts.Series(name, x.clone(), y.clone(), nan, nan.clone());
	}

	private static String summaryTable(List<AxisSummary> summaries) {
		StringBuilder t = new StringBuilder("<table class=\"agreement-summary\">\n<caption>Rank agreement and largest disagreement per axis</caption>\n");
		t.append(Html.headerRow(List.of("axis", "curve pairs", "median ρ", "lowest ρ", "lowest ρ at", "max |Δ|", "max |Δ| at", "mean Δ",
				"max |Δ rel. change|", "max |Δ rel. change| at")));
		for (AxisSummary s : summaries) {
			t.append("<tr data-axis=\"").append(Html.esc(s.axis().id())).append("\">").append(Html.cell(s.axis().id()))
					.append("<td class=\"num\">").append(s.pairs().size()).append("</td>")
					.append(Html.numberCell(s.medianRho(), "every curve is constant or has fewer than two values"))
					.append(Html.numberCell(s.worst().map(Pair::rho).orElse(Double.NaN), "undefined"))
					.append(Html.cell(s.worst().map(ReferenceAgreementSection::where).orElse("—")))
					.append(Html.numberCell(s.largest().map(Pair::maxDifference).orElse(Double.NaN), "undefined"))
					.append(Html.cell(s.largest().map(p -> where(p) + ", " + s.axis().parameter() + " = " + at(p)).orElse("—")))
					.append(Html.numberCell(s.meanDifference(), "undefined"))
					.append(percentCell(s.largestChange().map(Pair::maxChangeDifference).orElse(Double.NaN)))
					.append(Html.cell(s.largestChange().map(p -> where(p) + ", " + s.axis().parameter() + " = " + Html.number(p.maxChangeDifferenceAt()))
							.orElse("—")))
					.append("</tr>\n");
		}
		return t.append("</table>\n").toString();
	}

	/** @return the axis value of the largest difference, "(unperturbed)" added at the baseline */
	static String at(Pair p) {
		return Double.isNaN(p.maxDifferenceAt()) ? Html.UNDEFINED
				: Html.number(p.maxDifferenceAt()) + (p.maxDifferenceAt() == p.axis().baselineValue() ? " (unperturbed)" : "");
	}

	/** @return a cell of a fraction as per cent, with the reason of an undefined one */
	private static String percentCell(double fraction) {
		if (Double.isNaN(fraction)) {
			return "<td class=\"num undefined\" title=\"the unperturbed value is unknown or 0, or no perturbed value is defined\">" + Html.UNDEFINED
					+ "</td>";
		}
		return "<td class=\"num\" data-value=\"" + fraction + "\">" + Html.esc(Html.percent(fraction)) + "</td>";
	}

	private static String where(Pair p) {
		return p.variant().id() + ", " + p.label().name() + ", " + p.metric().id();
	}

	private static String pairTable(List<Pair> pairs) {
		StringBuilder t = new StringBuilder("<table class=\"agreement\">\n");
		t.append(Html.headerRow(List.of("variant", "label", "metric", "ρ", "max |Δ|", "at", "mean Δ", "max |Δ rel. change|", "at")));
		for (Pair p : pairs) {
			t.append("<tr data-axis=\"").append(Html.esc(p.axis().id())).append("\" data-variant=\"").append(Html.esc(p.variant().id()))
					.append("\" data-label=\"").append(p.label().value()).append("\" data-metric=\"").append(Html.esc(p.metric().id())).append("\">")
					.append(Html.cell(p.variant().id())).append(Html.cell(p.label().name())).append(Html.cell(p.metric().id()))
					.append(Html.numberCell(p.rho(), "a curve is constant or has fewer than two defined values"))
					.append(Html.numberCell(p.maxDifference(), "no value is defined against both references"))
					.append("<td class=\"num\" data-value=\"").append(p.maxDifferenceAt()).append("\">").append(Html.esc(at(p))).append("</td>")
					.append(Html.numberCell(p.meanDifference(), "undefined"))
					.append(percentCell(p.maxChangeDifference()))
					.append(Html.numberCell(p.maxChangeDifferenceAt(), null)).append("</tr>\n");
		}
		return t.append("</table>\n").toString();
	}

	private static String numbers(Axis axis, Metric metric, Label label, List<Pair> pairs) {
		StringBuilder t = new StringBuilder("<table class=\"agreement-curve\">\n<caption>" + Html.esc(metric.label() + ", " + label.name() + " along "
				+ axis.id()) + "</caption>\n");
		t.append(Html.headerRow(List.of("variant", axis.parameterLabel(), "mean vs consensus", "mean vs truth", "Δ")));
		for (Pair p : pairs) {
			for (int i = 0; i < p.x().length; i++) {
				t.append("<tr>").append(Html.cell(p.variant().id())).append(Html.numberCell(p.x()[i], null))
						.append(Html.numberCell(p.reference()[i], "undefined for every case")).append(Html.numberCell(p.truth()[i], "undefined for every case"))
						.append(Html.numberCell(p.reference()[i] - p.truth()[i], "undefined")).append("</tr>\n");
			}
		}
		return t.append("</table>\n").toString();
	}

	/** @return one or two sentences computed from the numbers: the median ρ, the axes below the threshold, the typical offset */
	static String interpretation(ReferenceAgreement agreement, List<AxisSummary> summaries, String ref) {
		double median = agreement.medianRho();
		if (Double.isNaN(median)) {
			return "No rank correlation is defined (every curve pair is constant or has fewer than two defined values), so the agreement of "
					+ ref + " with the truth cannot be judged from this run.";
		}
		List<String> low = new ArrayList<>();
		for (AxisSummary s : summaries) {
			if (!Double.isNaN(s.medianRho()) && s.medianRho() < ReferenceAgreement.RHO_THRESHOLD) {
				low.add(s.axis().id() + " (median ρ " + Html.number(s.medianRho()) + ")");
			}
		}
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Over %d curve pairs the median ρ is %s: ", agreement.pairs().size(),
				Html.number(median)));
		if (low.isEmpty()) {
			b.append(ref).append(" ranks the perturbation levels as the truth does (median ρ ≥ ").append(ReferenceAgreement.RHO_THRESHOLD)
					.append(" on every axis), so its sensitivity curves can stand in for curves against ground truth in their shape.");
		} else {
			b.append("on ").append(String.join(", ", low)).append(" ").append(ref).append(" orders the perturbation levels differently from the truth (ρ < ")
					.append(ReferenceAgreement.RHO_THRESHOLD).append("): there its curves are not evidence about accuracy.");
			if (low.size() < summaries.size()) {
				b.append(" On the other ").append(summaries.size() - low.size()).append(" axis(es) the ranking agrees (median ρ ≥ ")
						.append(ReferenceAgreement.RHO_THRESHOLD).append(").");
			}
		}
		AxisSummary largest = summaries.stream().filter(s -> s.largest().isPresent())
				.max((a, c) -> Double.compare(a.largest().get().maxDifference(), c.largest().get().maxDifference())).orElse(null);
		if (largest != null) {
			Pair p = largest.largest().get();
			b.append(" The largest difference of levels is ").append(Html.number(p.maxDifference())).append(" (").append(where(p)).append(", ")
					.append(largest.axis().id()).append(" = ").append(at(p)).append(").");
		}
		AxisSummary change = summaries.stream().filter(s -> s.largestChange().isPresent())
				.max((a, c) -> Double.compare(a.largestChange().get().maxChangeDifference(), c.largestChange().get().maxChangeDifference())).orElse(null);
		if (change != null) {
			Pair p = change.largestChange().get();
			b.append(" The two references disagree most on what a perturbation did at ").append(change.axis().id()).append(" = ")
					.append(Html.number(p.maxChangeDifferenceAt())).append(" (").append(where(p)).append("): the change relative to the unperturbed value differs by ")
					.append(Html.percent(p.maxChangeDifference()).replace(" %", " percentage points")).append(".");
		}
		double offset = summaries.stream().mapToDouble(AxisSummary::meanDifference).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
		if (!Double.isNaN(offset)) {
			b.append(" On average the scores against ").append(ref).append(" are ").append(Html.number(Math.abs(offset)))
					.append(offset >= 0 ? " higher" : " lower").append(" than against the truth (the consensus shares the variants' errors).");
		}
		return b.toString();
	}
}
