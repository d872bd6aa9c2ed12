// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.engine.BundleLabels;
import org.segsense.image.util.JsonWriter;
import org.segsense.image.Image;
import org.segsense.reference.BinaryStaple;
import org.segsense.reference.ImageStaple;
import org.segsense.reference.MajorityVote;
import org.segsense.reference.MultiLabelStaple;

import org.segsense.image.PixelType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code segsense staple OUT IN1 IN2 …}: binary STAPLE (probability map) or, with {@code --multilabel},
 * multi-label STAPLE (label map), with ITK 5.2's semantics in SimpleITK's precision (binary: computed in double,
 * the map written as float32 or, with {@code --output-type float64}, as SimpleITK's double map; multi-label: float weights).
 */
@Command(name = "staple", description = {
		"Estimate a consensus segmentation and each rater's performance with STAPLE (Warfield et al. 2004).",
		"The numbers match ITK 5.2's STAPLEImageFilter / MultiLabelSTAPLEImageFilter in SimpleITK's "
				+ "precision. Binary: OUT is the probability map of the foreground, computed in double and written as "
				+ "float32 (--output-type float64 keeps SimpleITK's double map). --multilabel (float weights, as "
				+ "SimpleITK): OUT is a label map; ties get the undecided label." })
public final class StapleCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "OUT", description = "The output image.")
	Path output;

	@Parameters(index = "1..*", arity = "2..*", paramLabel = "IN", description = "Two or more rater segmentations on one grid.")
	List<Path> inputs = new ArrayList<>();

	@Option(names = "--multilabel", description = "Multi-label STAPLE instead of binary STAPLE.")
	boolean multilabel;

	@Option(names = "--bundles", description = "Binary STAPLE of each bundle alone, for overlapping bundles (TractSeg): each IN is a 4-D "
			+ "file with one volume per bundle, or a bundle folder (one mask per bundle, natural order); non-zero is inside. OUT is 4-D: "
			+ "volume k is bundle k's foreground probability.")
	boolean bundles;

	@Option(names = "--foreground", paramLabel = "F", description = "Binary: the rater value that means foreground (default: ${DEFAULT-VALUE}).")
	int foreground = 1;

	@Option(names = "--confidence-weight", paramLabel = "W", description = "Binary: weight of the prior (default: ${DEFAULT-VALUE}).")
	double confidenceWeight = 1.0;

	@Option(names = "--roi", paramLabel = "MASK", description = "Binary: estimate only inside this mask (non-zero voxels; same grid). "
			+ "Voxels outside get probability 0.")
	Path roi;

	@Option(names = "--disagreement-only", description = "Binary: estimate only from voxels where the raters disagree; "
			+ "unanimous voxels get probability 1 or 0.")
	boolean disagreementOnly;

	@Option(names = "--max-iterations", paramLabel = "N", description = "Stop after N passes (default: until converged, as ITK).")
	Integer maxIterations;

	@Option(names = "--output-type", paramLabel = "TYPE", description = "Binary: pixel type of OUT, float32 or float64 (SimpleITK's double map; "
			+ "default: ${DEFAULT-VALUE}).")
	String outputType = "float32";

	@Option(names = "--undecided", paramLabel = "L", description = "Multi-label: label for ties (default: largest label + 1).")
	Integer undecided;

	@Option(names = "--termination", paramLabel = "T", description = "Multi-label: stop when the largest change is below T (default: ${DEFAULT-VALUE}).")
	double termination = MultiLabelStaple.DEFAULT_TERMINATION;

	@Mixin
	BackendOption backend = new BackendOption();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (maxIterations != null && maxIterations < 1) {
			throw CliException.badInput("--max-iterations must be at least 1, not " + maxIterations + ".");
		}
		if (!multilabel && undecided != null) {
			throw CliException.badInput("--undecided applies to --multilabel only.");
		}
		if (multilabel && (foreground != 1 || confidenceWeight != 1.0 || roi != null || disagreementOnly)) {
			throw CliException.badInput("--foreground, --confidence-weight, --roi and --disagreement-only apply to binary STAPLE only.");
		}
		if (bundles) {
			return runBundles();
		}
		List<Image> images = new ArrayList<>();
		for (Path input : inputs) {
			images.add(backend.read(input));
		}
		ImageFiles.requireSameGrid(inputs, images);
		Image first = images.get(0);
		if (!multilabel && first.geometry().dimension() == 4 && first.geometry().size(3) > 1) {
			spec.commandLine().getErr().println("note: " + inputs.get(0) + " is 4-D (" + first.geometry().size(3) + " volumes); binary STAPLE "
					+ "pools them as one image. For one STAPLE per bundle (TractSeg's one volume per bundle) add --bundles.");
		}
		try {
			if (!backend.isDefault()) {
				return runOnBackend(images);
			}
			return multilabel ? runMultiLabel(images) : runBinary(images);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(e.getMessage() + " (inputs: " + inputs + ").");
		}
	}

	/** The binary options (confidence weight, iteration limit, ROI on {@code grid}'s grid, disagreement only). */
	private BinaryStaple.Options binaryOptions(Image grid) {
		if (!(confidenceWeight > 0) || Double.isInfinite(confidenceWeight)) {
			throw CliException.badInput("--confidence-weight must be a positive number, not " + confidenceWeight + ".");
		}
		BinaryStaple.Options options = BinaryStaple.Options.defaults().withConfidenceWeight(confidenceWeight)
				.withMaxIterations(maxIterations == null ? BinaryStaple.Options.UNLIMITED : maxIterations);
		if (roi != null) {
			options = options.withRoi(ImageFiles.mask(roi, inputs.get(0), grid));
		}
		return options.withDisagreementOnly(disagreementOnly);
	}

	private PixelType mapType() {
		return switch (outputType) {
			case "float32" -> PixelType.FLOAT32;
			case "float64" -> PixelType.FLOAT64;
			default -> throw new ParameterException(spec.commandLine(),
					"--output-type " + outputType + " is not a pixel type of a probability map: use float32 or float64");
		};
	}

	private int runBundles() {
		if (multilabel || foreground != 1 || !backend.isDefault()) {
			throw CliException.badInput("--bundles runs binary STAPLE of each bundle (inside = non-zero) with the Java backend; leave out "
					+ "--multilabel, --foreground and --backend.");
		}
		List<Image> raters = new ArrayList<>();
		for (Path input : inputs) {
			try {
				raters.add(BundleLabels.read(input, backend.get()));
			} catch (IllegalArgumentException e) {
				throw CliException.badInput(e.getMessage());
			} catch (Exception e) {
				throw CliException.badInput(input + " cannot be read as bundle masks: " + e.getMessage()
						+ ". Give a 4-D file (one volume per bundle) or a folder of one mask per bundle.");
			}
		}
		ImageFiles.requireSameGrid(inputs, raters);
		List<BundleStaple.Bundle> result;
		try {
			result = BundleStaple.run(inputs, raters, binaryOptions(raters.get(0)), mapType());
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(e.getMessage() + ".");
		}
		ImageFiles.write(BundleStaple.volumes(result), output);
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			List<Object> list = new ArrayList<>();
			for (BundleStaple.Bundle b : result) {
				BinaryStaple.Result r = b.result().details();
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("bundle", b.index());
				json.put("iterations", r.iterations());
				json.put("converged", r.converged());
				json.put("sensitivity", r.sensitivity());
				json.put("specificity", r.specificity());
				json.put("prior", r.prior());
				list.add(json);
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("bundles", list);
			json.put("output", output.toString());
			out.println(JsonWriter.write(json));
		} else {
			out.printf(Locale.ROOT, "Binary STAPLE per bundle: %d bundles, %d raters%n", result.size(), inputs.size());
			out.printf(Locale.ROOT, "%-7s %-40s %12s %12s%n", "bundle", "rater", "sensitivity", "specificity");
			for (BundleStaple.Bundle b : result) {
				BinaryStaple.Result r = b.result().details();
				for (int i = 0; i < inputs.size(); i++) {
					out.printf(Locale.ROOT, "%-7d %-40s %12.6f %12.6f%n", b.index(), inputs.get(i).getFileName(), r.sensitivity()[i],
							r.specificity()[i]);
				}
			}
			out.println("Wrote the bundles' foreground probability maps (4-D, volume k = bundle k) to " + output + ".");
		}
		return ExitCodes.OK;
	}

	private int runBinary(List<Image> images) {
		BinaryStaple.Options options = binaryOptions(images.get(0));
		PixelType mapType = mapType();
		ImageStaple.BinaryResult consensus = ImageStaple.binary(images, foreground, options, mapType);
		BinaryStaple.Result result = consensus.details();
		ImageFiles.write(consensus.probability(), output);
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("iterations", result.iterations());
			json.put("converged", result.converged());
			json.put("sensitivity", result.sensitivity());
			json.put("specificity", result.specificity());
			json.put("prior", result.prior());
			json.put("notes", result.notes());
			json.put("output", output.toString());
			out.println(JsonWriter.write(json));
		} else {
			out.printf(Locale.ROOT, "Binary STAPLE: %d iterations (%s), prior %.6g%n", result.iterations(),
					result.converged() ? "converged" : "stopped at the limit", result.prior());
			out.printf(Locale.ROOT, "%-40s %12s %12s%n", "rater", "sensitivity", "specificity");
			for (int i = 0; i < inputs.size(); i++) {
				out.printf(Locale.ROOT, "%-40s %12.6f %12.6f%n", inputs.get(i).getFileName(), result.sensitivity()[i],
						result.specificity()[i]);
			}
			result.notes().forEach(n -> out.println("note: " + n));
			out.println("Wrote the foreground probability map to " + output + ".");
		}
		return ExitCodes.OK;
	}

	private int runMultiLabel(List<Image> images) {
		if (!(termination > 0)) {
			throw CliException.badInput("--termination must be a positive number, not " + termination + ".");
		}
		MultiLabelStaple.Options options = MultiLabelStaple.Options.defaults()
				.withUndecidedLabel(undecided == null ? MajorityVote.DEFAULT_UNDECIDED : undecided)
				.withMaxIterations(maxIterations == null ? MultiLabelStaple.Options.UNLIMITED : maxIterations)
				.withTermination(termination);
		ImageStaple.MultiLabelResult consensus = ImageStaple.multiLabel(images, options);
		MultiLabelStaple.Result result = consensus.details();
		ImageFiles.write(consensus.labels(), output);
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("iterations", result.iterations());
			json.put("converged", result.converged());
			json.put("confusionMatrices", Arrays.asList(result.confusionMatrices()));
			json.put("priors", result.priors());
			json.put("undecidedLabel", result.undecidedLabel());
			json.put("output", output.toString());
			out.println(JsonWriter.write(json));
		} else {
			out.printf(Locale.ROOT, "Multi-label STAPLE: %d iterations (%s), %d labels, undecided label %d%n",
					result.iterations(), result.converged() ? "converged" : "stopped at the limit", result.labelCount(),
					result.undecidedLabel());
			out.println("priors: " + format(result.priors()));
			for (int i = 0; i < inputs.size(); i++) {
				out.println("confusion matrix of " + inputs.get(i).getFileName()
						+ " (row = rater's label incl. undecided, column = true label):");
				for (double[] row : result.confusionMatrices()[i]) {
					out.println("  " + format(row));
				}
			}
			out.println("Wrote the label map to " + output + ".");
		}
		return ExitCodes.OK;
	}

	/** Another backend (SimpleITK): ITK's own filters with ITK's options only; the Java backend's extras are refused. */
	private int runOnBackend(List<Image> images) {
		if (roi != null || disagreementOnly || termination != MultiLabelStaple.DEFAULT_TERMINATION || (multilabel && maxIterations != null)
				|| !"float32".equals(outputType) && !"float64".equals(outputType)) {
			throw CliException.badInput("--roi, --disagreement-only, --termination, --max-iterations with --multilabel and output types other "
					+ "than float32/float64 are SegSense extensions: use them with --backend java.");
		}
		PrintWriter out = spec.commandLine().getOut();
		org.segsense.backend.ImageBackend b = backend.get();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("backend", b.id());
		if (multilabel) {
			org.segsense.backend.ImageBackend.MultiLabelOutput r = b.multiLabelStaple(images, undecided == null ? -1 : undecided);
			backend.write(r.labels(), output);
			json.put("confusionMatrices", Arrays.asList(r.confusionMatrices()));
			if (!RootCommand.of(spec).json) {
				out.println("Multi-label STAPLE (" + b.id() + " backend)");
				for (int i = 0; i < inputs.size(); i++) {
					out.println("confusion matrix of " + inputs.get(i).getFileName() + " (row = rater's label incl. undecided, column = true label):");
					for (double[] row : r.confusionMatrices()[i]) {
						out.println("  " + format(row));
					}
				}
				out.println("Wrote the label map to " + output + ".");
			}
		} else {
			if (!(confidenceWeight > 0) || Double.isInfinite(confidenceWeight)) {
				throw CliException.badInput("--confidence-weight must be a positive number, not " + confidenceWeight + ".");
			}
			org.segsense.backend.ImageBackend.StapleOutput r = b.binaryStaple(images, foreground, confidenceWeight,
					maxIterations == null ? -1 : maxIterations);
			backend.write("float64".equals(outputType) ? r.probability() : r.probability().convert(PixelType.FLOAT32), output);
			json.put("iterations", r.iterations());
			json.put("sensitivity", r.sensitivity());
			json.put("specificity", r.specificity());
			if (!RootCommand.of(spec).json) {
				out.printf(Locale.ROOT, "Binary STAPLE (%s backend): %d iterations%n", b.id(), r.iterations());
				out.printf(Locale.ROOT, "%-40s %12s %12s%n", "rater", "sensitivity", "specificity");
				for (int i = 0; i < inputs.size(); i++) {
					out.printf(Locale.ROOT, "%-40s %12.6f %12.6f%n", inputs.get(i).getFileName(), r.sensitivity()[i], r.specificity()[i]);
				}
				out.println("Wrote the foreground probability map to " + output + ".");
			}
		}
		json.put("output", output.toString());
		if (RootCommand.of(spec).json) {
			out.println(JsonWriter.write(json));
		}
		return ExitCodes.OK;
	}

	private static String format(double[] values) {
		StringBuilder s = new StringBuilder();
		for (double v : values) {
			s.append(String.format(Locale.ROOT, "%10.6f", v));
		}
		return s.toString();
	}
}
