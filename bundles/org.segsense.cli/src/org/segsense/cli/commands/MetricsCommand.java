// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.image.Image;
import org.segsense.metrics.ImageMetrics;
import org.segsense.metrics.MetricConventions;
import org.segsense.metrics.catalog.MetricCatalog;
import org.segsense.metrics.catalog.MetricDescriptor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense metrics PRED REF}: every metric per label, in physical units. */
@Command(name = "metrics", description = {
		"Compare a predicted label image with a reference on the same grid.",
		"Metrics: Dice, Jaccard, sensitivity, precision, HD, HD95, ASSD, MASD, NSD at a tolerance, volume "
				+ "similarity and difference, plus metrics added by plug-ins. Distances in mm, volumes in ml. Undefined"
				+ " values are null, with a note saying why." })
public final class MetricsCommand implements Callable<Integer> {

	@Parameters(index = "0", arity = "0..1", paramLabel = "PRED", description = "The predicted label image.")
	Path prediction;

	@Parameters(index = "1", arity = "0..1", paramLabel = "REF", description = "The reference label image.")
	Path reference;

	@Option(names = "--label", paramLabel = "L", description = "A label to score (repeatable; default: every non-zero label in either image).")
	List<Integer> labels = new ArrayList<>();

	@Option(names = "--nsd-tolerance", paramLabel = "MM", description = "NSD tolerance τ in mm (default: ${DEFAULT-VALUE}).")
	double nsdTolerance = MetricConventions.DEFAULT_NSD_TOLERANCE_MM;

	@Option(names = "--conventions", description = "Print the conventions behind every metric (empty masks, surfaces, percentiles) and exit.")
	boolean conventions;

	@Option(names = "--list", description = "List every available metric (built-in and from plug-ins) and exit.")
	boolean list;

	@Mixin
	BackendOption backend = new BackendOption();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		boolean json = RootCommand.of(spec).json;
		MetricCatalog catalog = MetricCatalog.installed();
		if (conventions) {
			out.println(json ? JsonWriter.write(MetricConventions.asMap()) : MetricConventions.describe());
			return ExitCodes.OK;
		}
		if (list) {
			printCatalog(out, json, catalog);
			return ExitCodes.OK;
		}
		if (prediction == null || reference == null) {
			throw CliException.badInput("metrics needs PRED and REF (or --conventions / --list). Try 'segsense metrics --help'.");
		}
		if (!(nsdTolerance >= 0) || Double.isInfinite(nsdTolerance)) {
			throw CliException.badInput("--nsd-tolerance must be a finite number of mm >= 0, not " + nsdTolerance + ".");
		}
		// the backend reads the inputs (with simpleitk also DICOM series); the metrics are SegSense's own
		Image pred = backend.read(prediction);
		Image ref = backend.read(reference);
		ImageFiles.requireSameGrid(List.of(prediction, reference), List.of(pred, ref));
		int[] chosen = labels.isEmpty() ? null : labels.stream().mapToInt(Integer::intValue).toArray();
		Map<Integer, ImageMetrics.Result> results;
		try {
			results = ImageMetrics.compute(pred, ref, chosen, nsdTolerance, catalog);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(prediction + ", " + reference + ": " + e.getMessage() + ".");
		}
		Map<String, Object> byLabel = new LinkedHashMap<>();
		results.forEach((label, result) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			result.values().forEach((k, v) -> entry.put(k, v == null || v.isNaN() ? null : v));
			entry.put("predictionVoxels", result.measured().predictionVoxels());
			entry.put("referenceVoxels", result.measured().referenceVoxels());
			if (!result.notes().isEmpty()) {
				entry.put("notes", result.notes());
			}
			byLabel.put(Integer.toString(label), entry);
		});
		if (json) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("labels", byLabel);
			result.put("nsdToleranceMm", nsdTolerance);
			result.put("conventions", MetricConventions.asMap());
			out.println(JsonWriter.write(result));
		} else {
			printTable(out, catalog, byLabel);
		}
		return ExitCodes.OK;
	}

	@SuppressWarnings("unchecked")
	private void printTable(PrintWriter out, MetricCatalog catalog, Map<String, Object> byLabel) {
		if (byLabel.isEmpty()) {
			out.println("No labels to score: both images are empty (all voxels 0). Name labels with --label.");
			return;
		}
		out.printf(Locale.ROOT, "%-22s", "metric");
		byLabel.keySet().forEach(l -> out.printf(Locale.ROOT, "%14s", "label " + l));
		out.println();
		for (MetricDescriptor d : catalog.descriptors()) {
			String name = d.id() + (d.unit().isEmpty() ? "" : " (" + d.unit() + ")");
			out.printf(Locale.ROOT, "%-22s", name);
			for (Object entry : byLabel.values()) {
				Object v = ((Map<String, Object>) entry).get(d.id());
				out.printf(Locale.ROOT, "%14s", v == null ? "null" : String.format(Locale.ROOT, "%.6g", (Double) v));
			}
			out.println();
		}
		out.printf(Locale.ROOT, "NSD tolerance %.3g mm. Conventions: segsense metrics --conventions%n", nsdTolerance);
		byLabel.forEach((label, entry) -> {
			Map<String, String> notes = (Map<String, String>) ((Map<String, Object>) entry).get("notes");
			if (notes != null) {
				notes.forEach((metric, why) -> out.println("note: label " + label + ", " + metric + ": " + why));
			}
		});
	}

	private static void printCatalog(PrintWriter out, boolean json, MetricCatalog catalog) {
		if (json) {
			out.println(JsonWriter.write(catalog.descriptors().stream().map(d -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("id", d.id());
				m.put("name", d.name());
				m.put("unit", d.unit());
				m.put("higherIsBetter", d.higherIsBetter());
				m.put("signed", d.signed());
				m.put("contributor", d.contributor());
				m.put("description", d.description());
				return m;
			}).toList()));
			return;
		}
		for (MetricDescriptor d : catalog.descriptors()) {
			out.printf(Locale.ROOT, "%-22s %-5s %-7s %-30s %s%n", d.id(), d.unit(), d.higherIsBetter() ? "higher" : "lower",
					d.contributor(), d.name());
		}
		catalog.problems().forEach(p -> out.println("ignored: " + p));
	}
}
