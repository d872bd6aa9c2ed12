// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.sections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.segsense.engine.JobReplay;
import org.segsense.engine.StudyRunException;
import org.segsense.engine.store.JobRecord;
import org.segsense.image.Image;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportSection;
import org.segsense.report.SectionContext;
import org.segsense.report.analysis.RunData;
import org.segsense.report.analysis.RunData.Axis;
import org.segsense.report.analysis.RunData.Variant;
import org.segsense.report.render.Html;
import org.segsense.report.render.Montages;

/**
 * Slice montages: for the first case, each axis and variant at the chosen magnitudes (the extremes of the
 * sweep first), the input, the perturbed input, the prediction and the reference. The run stores no
 * volumes, so the jobs are recomputed ({@link JobReplay}: same seeds, same models, bit-identical on the
 * same backend); that needs the run's images and models where the run found them.
 */
public final class MontageSection implements ReportSection {

	@Override
	public String render(SectionContext context) throws Exception {
		ReportOptions options = context.options();
		if (!options.montages() || options.montageValuesPerAxis() == 0 && options.montageAt().isEmpty()) {
			return Html.paragraph("Montages were not requested (--no-montages or --montage-values 0).");
		}
		RunData run = context.run();
		if (run.cases().isEmpty()) {
			return Html.paragraph("The study has no case.");
		}
		List<String> problems = new ArrayList<>();
		String caseId = run.cases().get(0);
		if (options.montageCase() != null) {
			if (run.cases().contains(options.montageCase())) {
				caseId = options.montageCase();
			} else {
				problems.add("The study has no case '" + options.montageCase() + "' (cases: " + String.join(", ", run.cases())
						+ "); the montages show " + caseId + ".");
			}
		}
		String shown = caseId;
		for (String id : options.montageAt().keySet()) {
			if (run.axes().stream().noneMatch(a -> a.id().equals(id))) {
				problems.add("The study has no axis '" + id + "' (axes: " + String.join(", ", run.axes().stream().map(Axis::id).toList()) + ").");
			}
		}
		problems.forEach(p -> context.events().warning(p));
		Map<String, String> captions = new LinkedHashMap<>();
		Map<String, Axis> axisOfKey = new LinkedHashMap<>();
		for (Axis axis : run.axes()) {
			List<Double> chosen = options.montageAt().get(axis.id());
			if (chosen != null) {
				for (double value : chosen) {
					if (!axis.values().contains(value)) {
						String w = "Axis '" + axis.id() + "' was not swept at " + Html.number(value) + " (values: "
								+ String.join(", ", axis.values().stream().map(Html::number).toList()) + "); no montage there.";
						problems.add(w);
						context.events().warning(w);
					}
				}
			}
			for (double value : chosen != null ? chosen : chooseValues(axis, options.montageValuesPerAxis())) {
				for (Variant v : run.variants()) {
					run.job(shown, v.id(), axis.id(), value).map(JobRecord::key).ifPresent(key -> {
						captions.put(key, caption(run, shown, v, axis, value));
						axisOfKey.put(key, axis);
					});
				}
			}
		}
		StringBuilder notes = new StringBuilder();
		problems.forEach(p -> notes.append("<p class=\"warning\">").append(Html.esc(p)).append("</p>\n"));
		if (captions.isEmpty()) {
			return notes + Html.paragraph("No perturbed job of case " + caseId + " is done at the chosen values.");
		}
		context.monitor().subTask("montages: recomputing " + captions.size() + " job(s) of case " + caseId);
		StringBuilder figures = new StringBuilder();
		Map<String, String> hrefs = new LinkedHashMap<>();
		try {
			JobReplay.replay(run.runDir(), List.copyOf(captions.keySet()), images -> {
				context.monitor().checkCanceled();
				Image input = images.input().get(0), perturbed = images.perturbed().get(0);
				Image background = "mapPredictionBack".equals(images.evaluation()) ? input : perturbed;
				List<Montages.Panel> panels = List.of(new Montages.Panel("input", input, null), new Montages.Panel("perturbed input", perturbed, null),
						new Montages.Panel("prediction", background, images.prediction()), new Montages.Panel("reference", background, images.reference()));
				byte[] png = Montages.png(captions.get(images.jobKey()), panels, images.reference());
				hrefs.put(images.jobKey(), context.writeAsset("montage-" + SectionContext.safeName(images.jobKey()) + ".png", png));
			});
		} catch (StudyRunException e) {
			return "<p class=\"warning\">The montages need the run's jobs to be recomputed, which failed: " + Html.esc(e.getMessage() + (e.problems().isEmpty() ? "" : " " + String.join("; ", e.problems())))
					+ " Put the study's images and models back where the run found them (or use 'segsense report --no-montages').</p>";
		}
		Axis current = null;
		for (Map.Entry<String, String> e : hrefs.entrySet()) {
			Axis axis = axisOfKey.get(e.getKey());
			if (!axis.equals(current)) {
				if (current != null) {
					figures.append("</div>\n");
				}
				figures.append("<h3>").append(Html.esc(axis.name())).append("</h3>\n<div class=\"charts\">\n");
				current = axis;
			}
			figures.append("<figure data-job=\"").append(Html.esc(e.getKey())).append("\"><img class=\"montage\" src=\"").append(e.getValue())
					.append("\" alt=\"").append(Html.esc(captions.get(e.getKey()))).append("\"><figcaption>").append(Html.esc(captions.get(e.getKey())))
					.append("</figcaption></figure>\n");
		}
		figures.append("</div>\n");
		return Html.paragraph("Case " + caseId + ", the axial slice (constant k) with the most reference foreground. Panels: the input, the perturbed "
				+ "input, the prediction and the reference over the image they were scored on (the perturbed input, or the input when the "
				+ "prediction is mapped back). Intensities share the input slice's 1st–99th percentile window. The jobs were recomputed with "
				+ "their stored seeds. Choose the case and the values with --montage-case and --montage-at AXIS=V1,V2.") + notes + figures;
	}

	/**
	 * The values of an axis that get a montage: evenly spaced over the sorted sweep, the extremes first; one
	 * value = the one farthest from the unperturbed value.
	 */
	static List<Double> chooseValues(Axis axis, int count) {
		List<Double> v = axis.values();
		if (v.isEmpty() || count <= 0) {
			return List.of();
		}
		if (count == 1) {
			double at = Double.isNaN(axis.baselineValue()) ? v.get(0) : axis.baselineValue();
			double first = v.get(0), last = v.get(v.size() - 1);
			return List.of(Math.abs(last - at) > Math.abs(first - at) ? last : first);
		}
		TreeSet<Integer> indices = new TreeSet<>();
		int n = Math.min(count, v.size());
		for (int i = 0; i < n; i++) {
			indices.add((int) Math.round(i * (v.size() - 1) / (double) (n - 1)));
		}
		List<Double> out = new ArrayList<>();
		indices.forEach(i -> out.add(v.get(i)));
		return out;
	}

	private static String caption(RunData run, String caseId, Variant v, Axis axis, double value) {
		StringBuilder c = new StringBuilder(caseId + " · " + v.id() + " · " + axis.id() + ": " + axis.parameter() + " = " + Html.number(value)
				+ (axis.unit().isEmpty() ? "" : " " + axis.unit()));
		if (!run.metrics().isEmpty() && !run.labels().isEmpty()) {
			String metric = run.metrics().get(0).id();
			c.append(" · ").append(metric).append(" ").append(Html.number(run.value(caseId, v.id(), axis.id(), value, metric, run.labels().get(0).value())));
		}
		return c.toString();
	}
}
