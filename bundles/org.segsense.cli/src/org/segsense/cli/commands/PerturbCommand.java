// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.image.Image;
import org.segsense.image.Peaks;
import org.segsense.perturb.ParameterSpec;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense perturb IN OUT --type ID [--set NAME=VALUE …]} and {@code segsense perturb --list}. */
@Command(name = "perturb", description = {
		"Apply one perturbation to an image (and move a label map with it), or list the installed "
				+ "perturbations (--list).",
		"--list shows each perturbation's parameters. Randomness is seeded (--seed): the same seed gives the "
				+ "same output." })
public final class PerturbCommand implements Callable<Integer> {

	@Parameters(arity = "0..2", paramLabel = "IN OUT", description = "Input and output image.")
	List<Path> files = new ArrayList<>();

	@Option(names = "--list", description = "List the perturbations and their parameters (units, ranges, defaults).")
	boolean list;

	@Option(names = "--type", paramLabel = "ID", description = "The perturbation (see --list).")
	String type;

	@Option(names = "--set", paramLabel = "NAME=VALUE", description = "A parameter value (repeatable); others keep their defaults.")
	List<String> settings = new ArrayList<>();

	@Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the random draws (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--labels", paramLabel = "FILE", description = "A label map on IN's grid to move with the image (nearest neighbour).")
	Path labels;

	@Option(names = "--labels-out", paramLabel = "FILE", description = "Where to write the moved label map (with --labels).")
	Path labelsOut;

	@Option(names = "--roi", paramLabel = "FILE", description = "Mask (non-zero) of the voxels whose intensity SD defines 'SD' units "
			+ "(default: IN's non-zero voxels).")
	Path roi;

	@Option(names = "--peaks", description = "IN and OUT are fibre-peak files (4-D, 3k volumes, world RAS, as MRtrix and TractSeg write "
			+ "them): spatial perturbations reorient the peaks and interpolate them sign-symmetrically (docs/image-io.md).")
	boolean peaks;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PerturbationCatalog catalog = PerturbationCatalog.installed();
		if (list) {
			return list(catalog);
		}
		if (files.size() != 2 || type == null) {
			throw CliException.badInput("give IN, OUT and --type ID (or --list to see the perturbations).");
		}
		if ((labels == null) != (labelsOut == null)) {
			throw CliException.badInput("--labels and --labels-out go together.");
		}
		PerturbationDescriptor p;
		Map<String, Double> values = new LinkedHashMap<>();
		try {
			p = catalog.require(type);
			for (String s : settings) {
				int eq = s.indexOf('=');
				if (eq <= 0) {
					throw new IllegalArgumentException("--set needs NAME=VALUE, not '" + s + "'.");
				}
				try {
					values.put(s.substring(0, eq).trim(), Double.parseDouble(s.substring(eq + 1).trim()));
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("--set " + s + ": '" + s.substring(eq + 1) + "' is not a number.");
				}
			}
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(e.getMessage(), e);
		}
		Image image = ImageFiles.read(files.get(0));
		if (peaks) {
			try {
				image = Peaks.fromVolumes(image, Peaks.Frame.WORLD_RAS);
			} catch (IllegalArgumentException e) {
				throw CliException.badInput(files.get(0) + ": " + e.getMessage() + " Drop --peaks for other images.", e);
			}
		}
		Image labelImage = null;
		if (labels != null) {
			labelImage = ImageFiles.read(labels);
			ImageFiles.requireSameGrid(List.of(files.get(0), labels), List.of(image, labelImage));
		}
		byte[] mask = roi == null ? null : ImageFiles.mask(roi, files.get(0), image);
		PerturbationResult r;
		try {
			r = p.apply(new PerturbationInput(image, labelImage, mask), values, new SplittableRandom(seed));
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(files.get(0) + ": " + e.getMessage(), e);
		}
		ImageFiles.write(peaks ? Peaks.toVolumes(r.image(), Peaks.Frame.WORLD_RAS) : r.image(), files.get(1));
		if (labelsOut != null) {
			ImageFiles.write(r.labels(), labelsOut);
		}
		PrintWriter out = spec.commandLine().getOut();
		Map<String, Double> used = org.segsense.perturb.ParameterValues.of(p.parameters(), values, p.id()).asMap();
		if (RootCommand.of(spec).json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("type", p.id());
			j.put("parameters", used);
			j.put("seed", seed);
			j.put("output", files.get(1).toString());
			j.put("spatial", r.spatial());
			out.println(JsonWriter.write(j));
		} else {
			out.println("Perturbed " + files.get(0) + " with " + p.id() + " " + used + " (seed " + seed + ") → " + files.get(1)
					+ (labelsOut != null ? "; labels → " + labelsOut : ""));
		}
		return ExitCodes.OK;
	}

	private int list(PerturbationCatalog catalog) {
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			List<Map<String, Object>> all = new ArrayList<>();
			for (PerturbationDescriptor p : catalog.all()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("id", p.id());
				m.put("name", p.name());
				m.put("category", p.category());
				m.put("description", p.description());
				m.put("bundle", p.contributor());
				m.put("parameters", p.parameters().stream().map(s -> {
					Map<String, Object> sm = new LinkedHashMap<>();
					sm.put("name", s.name());
					sm.put("unit", s.unit());
					sm.put("min", finite(s.minimum()));
					sm.put("max", finite(s.maximum()));
					sm.put("default", s.defaultValue());
					sm.put("integer", s.integer());
					sm.put("description", s.description());
					return sm;
				}).toList());
				all.add(m);
			}
			out.println(JsonWriter.write(Map.of("perturbations", all)));
			return ExitCodes.OK;
		}
		for (PerturbationDescriptor p : catalog.all()) {
			out.println(p.id() + "  (" + p.category() + ", " + p.contributor() + ")  " + p.name());
			out.println("    " + p.description());
			for (ParameterSpec s : p.parameters()) {
				out.printf(Locale.ROOT, "    --set %s=…  %s, default %s%s — %s%n", s.name(), s.range(), ParameterSpecText.number(s.defaultValue()),
						s.integer() ? ", whole numbers" : "", s.description());
			}
		}
		catalog.problems().forEach(pr -> out.println("ignored: " + pr));
		return ExitCodes.OK;
	}

	private static Object finite(double v) {
		return Double.isFinite(v) ? v : (v > 0 ? "inf" : "-inf");
	}

	/** Number formatting of the listing. */
	private static final class ParameterSpecText {
		static String number(double v) {
			return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
		}
	}
}
