// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.models;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.segsense.inference.ModelDescriptor;
import org.segsense.workflows.augment.TrainingRecord;

/**
 * How a model was trained, from the two files SegSense writes beside a model it trained: the model metadata
 * {@value ModelDescriptor#METADATA_FILE} (every {@code segsense train} and augmentation-study network: architecture,
 * augmentation pipeline, seed, training settings, versions) and the augmentation study's record
 * {@value TrainingRecord#FILE} (which study, variant and seed, the cases, when). The well-known keys come first
 * under readable names, then every other key of the metadata as written. A folder with neither file yields no rows.
 */
public final class TrainingFacts {

	/** One row: a setting and its value. */
	public record Row(String setting, String value) {
	}

	/** Metadata key → the name shown, in the order shown. */
	static final Map<String, String> KNOWN = new LinkedHashMap<>();

	static {
		String[][] known = { { "architecture", "Architecture" }, { "architectureId", "Architecture id" }, { "augmentation", "Augmentation" },
				{ "seed", "Seed" }, { "iterations", "Iterations" }, { "patchSize", "Patch size (x,y,z)" }, { "batchSize", "Batch size" },
				{ "learningRate", "Learning rate" }, { "optimizer", "Optimizer" }, { "loss", "Loss" }, { "normalization", "Normalisation" },
				{ "foregroundFraction", "Foreground fraction" }, { "parameters", "Parameters" }, { "finalLoss", "Final loss" },
				{ "trainingSeconds", "Training time (s)" }, { "labelValues", "Label values" }, { "inputChannels", "Input channels" },
				{ "threads", "Threads" }, { "device", "Device" }, { "trainedWith", "Trained with" }, { "tensorflow", "TensorFlow" } };
		for (String[] k : known) {
			KNOWN.put(k[0], k[1]);
		}
	}

	private TrainingFacts() {
	}

	/** @return the rows of {@code modelDir}'s training files; empty when SegSense did not train it */
	public static List<Row> of(Path modelDir) throws IOException {
		List<Row> rows = new ArrayList<>();
		Map<String, String> meta = metadata(modelDir);
		KNOWN.forEach((key, shown) -> {
			if (meta.containsKey(key)) {
				rows.add(new Row(shown, meta.get(key)));
			}
		});
		TrainingRecord r = TrainingRecord.read(modelDir);
		if (r != null) {
			rows.add(new Row("Augmentation study", r.augmentationStudy()));
			rows.add(new Row("Augmentation variant", r.variant()));
			rows.add(new Row("Training seed", Long.toString(r.seed())));
			rows.add(new Row("Training cases", String.join(", ", r.cases())));
			rows.add(new Row("Trained at", r.trainedAt()));
			rows.add(new Row("Final loss (record)", String.format(Locale.ROOT, "%.6g", r.finalLoss())));
			rows.add(new Row("segsense train options", String.join(" ", r.trainArguments())));
		}
		meta.forEach((key, value) -> {
			if (!KNOWN.containsKey(key)) {
				rows.add(new Row(key, value));
			}
		});
		return rows;
	}

	/** @return the keys of {@value ModelDescriptor#METADATA_FILE} in {@code modelDir}, sorted; empty without the file */
	public static Map<String, String> metadata(Path modelDir) throws IOException {
		Path f = modelDir.resolve(ModelDescriptor.METADATA_FILE);
		Map<String, String> m = new TreeMap<>();
		if (!Files.isRegularFile(f)) {
			return m;
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
		return m;
	}
}
