// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.image.Image;
import org.segsense.image.VolumeStacks;
import org.segsense.inference.DeviceChoice;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.PredictorOptions;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.tiling.Blending;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense infer --model DIR IN… OUT}: segment images with a model. */
@Command(name = "infer", description = {
		"Segment an image with a model.",
		"IN… are the input channels (one file each, on one grid, in the model's channel order), OUT the label"
				+ " map. Tensor layout [batch, z, y, x, channel] (see docs/tensorflow.md)." })
public final class InferCommand implements Callable<Integer> {

	@Option(names = "--model", required = true, paramLabel = "DIR", description = "The model folder (a TensorFlow SavedModel).")
	Path model;

	@Parameters(arity = "2..*", paramLabel = "IN… OUT", description = "Input channel image(s), then the output label map.")
	List<Path> files;

	@Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
			description = "Where to run (default: ${DEFAULT-VALUE}; auto = the GPU if TensorFlow sees one).")
	String device;

	@Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "CPU threads (default: all cores).")
	int threads;

	@Option(names = "--probabilities", paramLabel = "FILE",
			description = "Also write the probabilities (float32, one component per output channel).")
	Path probabilities;

	@Option(names = "--normalization", paramLabel = "none|zscore|percentile-zscore|minmax",
			description = "Input normalisation (default: what the model's metadata records, else none).")
	String normalization;

	@Option(names = "--mask", paramLabel = "FILE", description = "Voxels (non-zero) whose statistics the normalisation uses "
			+ "(default: the non-zero voxels of each channel).")
	Path mask;

	@Option(names = "--tile", paramLabel = "X,Y,Z", split = ",", description = "Tile size in X,Y,Z voxels, or one number for all"
			+ " axes (default: the whole volume, or the model's fixed size).")
	int[] tile;

	@Option(names = "--margin", paramLabel = "M", description = "Voxels discarded at inner tile edges; at least the network's "
			+ "receptive-field radius (default: the radius the model's metadata records, else " + PredictorOptions.DEFAULT_MARGIN + ").")
	Integer margin;

	@Option(names = "--overlap", paramLabel = "O", defaultValue = "0", description = "Extra overlap of tiles, blended (default: 0).")
	int overlap;

	@Option(names = "--blending", paramLabel = "uniform|gaussian", defaultValue = "uniform",
			description = "Weights of overlapping tiles (default: ${DEFAULT-VALUE}).")
	String blending;

	@Option(names = "--batch", paramLabel = "N", defaultValue = "1", description = "Tiles per engine call (default: 1).")
	int batch;

	@Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5",
			description = "Foreground threshold of one-channel (sigmoid) models (default: ${DEFAULT-VALUE}).")
	double threshold;

	@Option(names = "--allow-unsafe-ops", description = "Run a model even if its graph has file-system, network or process "
			+ "operations (see 'segsense model inspect'). Only for models you trust.")
	boolean allowUnsafeOps;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (!java.nio.file.Files.isDirectory(model)) {
			throw CliException.badInput("the model folder " + model + " does not exist. Give the folder of a TensorFlow SavedModel"
					+ " (the one that holds saved_model.pb).");
		}
		List<Path> inputs = files.subList(0, files.size() - 1);
		Path out = files.get(files.size() - 1);
		LoadOptions load;
		PredictorOptions options;
		try {
			load = new LoadOptions(DeviceChoice.fromName(device), threads, allowUnsafeOps);
			options = PredictorOptions.defaults().withNormalization(normalization == null ? null : Normalization.fromName(normalization))
					.withTile(tile != null && tile.length == 1 ? new int[] { tile[0], tile[0], tile[0] } : tile).withMargin(margin == null ? null : new int[] { margin, margin, margin })
					.withOverlap(new int[] { overlap, overlap, overlap }, Blending.fromName(blending)).withBatchSize(batch)
					.withThreshold(threshold);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(e.getMessage(), e);
		}
		List<Image> images = new ArrayList<>();
		for (Path p : inputs) {
			Image im = ImageFiles.read(p);
			// a 4-D file (e.g. a 9-volume MRtrix/TractSeg peak file) gives one channel per volume, its values as stored
			images.add(im.dimension() == 4 && im.components() == 1 ? VolumeStacks.toComponents(im) : im);
		}
		ImageFiles.requireSameGrid(inputs, images);
		byte[] maskVoxels = mask == null ? null : ImageFiles.mask(mask, inputs.get(0), images.get(0));
		PrintWriter err = spec.commandLine().getErr();
		boolean json = RootCommand.of(spec).json;
		Prediction p;
		String deviceUsed;
		Map<String, Object> descriptor = new LinkedHashMap<>();
		try (EngineModel m = InferenceEngines.installed().load(model, load)) {
			deviceUsed = m.device();
			descriptor.put("engine", m.descriptor().engine());
			descriptor.put("signature", m.descriptor().signature());
			descriptor.put("input", m.descriptor().input().toString());
			descriptor.put("output", m.descriptor().output().toString());
			descriptor.put("outputKind", m.descriptor().outputKind().cliName());
			Predictor predictor = new Predictor(m, options);
			descriptor.put("normalization", predictor.effectiveNormalization().cliName());
			p = predictor.predict(images, maskVoxels, new org.eclipse.core.runtime.NullProgressMonitor() {
				boolean printed;

				@Override
				public void subTask(String tiles) { // "done/total tiles", after every batch of a tiled volume
					if (!json && !tiles.endsWith("/1 tiles")) {
						err.print("\rinfer: " + tiles);
						err.flush();
						printed = true;
					}
				}

				@Override
				public void done() {
					if (printed) {
						err.println();
						err.flush();
					}
				}
			});
		} catch (InferenceException e) {
			throw CliException.badInput(e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			// the tiling does not fit the model or the image (e.g. a tile smaller than twice the margin): bad usage
			throw CliException.badInput(e.getMessage() + " (options --tile, --margin, --overlap)", e);
		}
		ImageFiles.write(p.labels(), out);
		if (probabilities != null) {
			ImageFiles.write(p.probabilities(), probabilities);
		}
		Map<Integer, Long> counts = new TreeMap<>();
		int bundles = p.labels().components();
		if (bundles > 1) { // sigmoid-multilabel: one 0/1 component per bundle; count each bundle's voxels (key: bundle number)
			long voxels = p.labels().geometry().voxelCount();
			for (int c = 0; c < bundles; c++) {
				long n = 0;
				for (long v = 0; v < voxels; v++) {
					n += p.labels().getDouble(v, c) != 0 ? 1 : 0;
				}
				counts.put(c + 1, n);
			}
		} else {
			for (int v : ImageFiles.labels(out, p.labels())) {
				counts.merge(v, 1L, Long::sum);
			}
		}
		PrintWriter o = spec.commandLine().getOut();
		if (json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("model", model.toString());
			j.put("device", deviceUsed);
			j.putAll(descriptor);
			j.put("outputFile", out.toString());
			j.put(bundles > 1 ? "bundleVoxels" : "labelVoxels", counts);
			j.put("tiles", p.tiles());
			j.put("engineMs", p.engineNanos() / 1e6);
			j.put("totalMs", p.totalNanos() / 1e6);
			j.put("overheadFraction", p.overheadFraction());
			o.println(JsonWriter.write(j));
			return ExitCodes.OK;
		}
		o.println("Segmented " + inputs.get(0) + (inputs.size() > 1 ? " (+" + (inputs.size() - 1) + " channels)" : "") + " with " + model
				+ " on " + deviceUsed + " → " + out);
		o.println("  " + descriptor.get("input") + " → " + descriptor.get("output") + ", " + descriptor.get("outputKind")
				+ ", normalisation " + descriptor.get("normalization"));
		o.printf(Locale.ROOT, "  %d tile(s); %.0f ms in the engine, %.0f ms in all (%.1f %% outside the engine)%n", p.tiles(),
				p.engineNanos() / 1e6, p.totalNanos() / 1e6, 100 * p.overheadFraction());
		counts.forEach((label, n) -> o.println((bundles > 1 ? "  bundle " : "  label ") + label + ": " + n + " voxels"));
		return ExitCodes.OK;
	}
}
