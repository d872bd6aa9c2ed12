// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.segsense.report.analysis.JsonValues;

/**
 * The record beside a network trained by an augmentation study ({@value #FILE} in the model folder), written
 * when its training finished: it decides whether a later run reuses the network.
 *
 * @param augmentationStudy the augmentation study id
 * @param variant the augmentation variant id
 * @param seed the training seed
 * @param settingsHash SHA-256 of everything that decides the network (see {@link SettingsHash})
 * @param trainArguments the equivalent {@code segsense train} options
 * @param cases the training cases
 * @param iterations optimiser steps
 * @param losses the loss of every iteration
 * @param finalLoss mean loss of the last 10 iterations
 * @param seconds training time
 * @param labelValues label values of the output channels
 * @param weightsSha256 checksum of the weights
 * @param trainedAt when the training finished (ISO-8601)
 */
public record TrainingRecord(String augmentationStudy, String variant, long seed, String settingsHash, List<String> trainArguments,
		List<String> cases, int iterations, double[] losses, double finalLoss, double seconds, int[] labelValues, String weightsSha256,
		String trainedAt) {

	/** The file name in the model folder. */
	public static final String FILE = "segsense-training.json";

	static final String FORMAT = "segsense-training/1";

	/** @return the record of a model folder, or null when there is none or it is incomplete or unreadable */
	public static TrainingRecord read(Path modelDir) {
		Path f = modelDir.resolve(FILE);
		if (!Files.isRegularFile(f)) {
			return null;
		}
		try {
			Map<?, ?> m = (Map<?, ?>) JsonValues.parse(Files.readString(f, StandardCharsets.UTF_8));
			if (!FORMAT.equals(m.get("format")) || !Boolean.TRUE.equals(m.get("complete"))) {
				return null;
			}
			List<?> l = (List<?>) m.get("losses"), lv = (List<?>) m.get("labelValues");
			double[] losses = l.stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray();
			int[] labels = lv.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
			return new TrainingRecord((String) m.get("augmentationStudy"), (String) m.get("variant"), ((Number) m.get("seed")).longValue(),
					(String) m.get("settingsHash"), strings(m.get("trainArguments")), strings(m.get("cases")), ((Number) m.get("iterations")).intValue(),
					losses, ((Number) m.get("finalLoss")).doubleValue(), ((Number) m.get("seconds")).doubleValue(), labels,
					(String) m.get("weightsSha256"), (String) m.get("trainedAt"));
		} catch (IOException | RuntimeException e) {
			return null; // an unreadable record means "not trained": the network is trained again
		}
	}

	private static List<String> strings(Object o) {
		List<String> s = new ArrayList<>();
		((List<?>) o).forEach(x -> s.add((String) x));
		return s;
	}

	/** Writes the record (complete) into {@code modelDir}. */
	public void write(Path modelDir) throws IOException {
		StringBuilder b = new StringBuilder("{\n");
		field(b, "format", str(FORMAT));
		field(b, "complete", "true");
		field(b, "augmentationStudy", str(augmentationStudy));
		field(b, "variant", str(variant));
		field(b, "seed", String.valueOf(seed));
		field(b, "settingsHash", str(settingsHash));
		field(b, "trainArguments", list(trainArguments.stream().map(TrainingRecord::str).toList()));
		field(b, "cases", list(cases.stream().map(TrainingRecord::str).toList()));
		field(b, "iterations", String.valueOf(iterations));
		field(b, "finalLoss", num(finalLoss));
		field(b, "seconds", num(seconds));
		List<String> lv = new ArrayList<>();
		for (int v : labelValues) {
			lv.add(String.valueOf(v));
		}
		field(b, "labelValues", list(lv));
		field(b, "weightsSha256", str(weightsSha256));
		field(b, "trainedAt", str(trainedAt));
		List<String> ls = new ArrayList<>();
		for (double v : losses) {
			ls.add(num(v));
		}
		b.append("  \"losses\": ").append(list(ls)).append("\n}\n");
		Files.writeString(modelDir.resolve(FILE), b.toString(), StandardCharsets.UTF_8);
	}

	private static void field(StringBuilder b, String name, String json) {
		b.append("  ").append(str(name)).append(": ").append(json).append(",\n");
	}

	private static String list(List<String> items) {
		return "[" + String.join(", ", items) + "]";
	}

	private static String num(double v) {
		return Double.isFinite(v) ? String.valueOf(v) : "null";
	}

	static String str(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", (int) c));
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}
}
