// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.util.JsonWriter;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.perturb.PerturbationInput;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.phantom.FibrePhantom;
import org.segsense.workflows.phantom.FibrePhantomFiles;
import org.segsense.workflows.phantom.FibrePhantomOptions;

/**
 * The phantom subjects of the tracts example (examples/tracts/README.md), each in TractSeg's layout
 * ({@link FibrePhantomFiles}: {@code peaks.nii.gz}, {@code mask.nii.gz}, {@code bundle_segmentations/}) plus
 * {@code subject.json} (seed and pose).
 * <p>
 * Conventions: every subject shares one bundle layout — {@code segsense phantom fibres} with the anatomy seed and no
 * noise — because a phantom seed decides where each bundle runs, and a network can only learn "bundle_1" if
 * bundle_1 is the same tract in every subject (as the corticospinal tract is in every brain). A subject is that
 * layout moved by its own rigid pose (rotation about the centre, uniform in ±{@code maxDegrees} per axis, then a
 * translation in ±{@code maxShiftMm}; peaks reoriented with the content, masks nearest neighbour) with its own
 * peak noise (the catalogue's {@code peak-angle-noise}, mean {@code noiseDegrees}, and
 * {@code peak-amplitude-noise}, relative SD {@code amplitudeNoise}), all drawn from the subject's seed. The same
 * settings give the same files.
 */
public final class TractsSubjects {

	/**
	 * @param size grid size (voxels per axis)
	 * @param spacing voxel size in mm
	 * @param bundles number of bundles
	 * @param anatomySeed the phantom seed of the shared bundle layout
	 * @param training ids of the training subjects
	 * @param test ids of the test subjects
	 * @param maxDegrees rotation range per axis (degrees)
	 * @param maxShiftMm translation range per axis (mm)
	 * @param noiseDegrees mean angular noise of the peaks (degrees)
	 * @param amplitudeNoise relative SD of the peak amplitudes
	 */
	public record Settings(int size, double spacing, int bundles, long anatomySeed, List<String> training, List<String> test, double maxDegrees,
			double maxShiftMm, double noiseDegrees, double amplitudeNoise) {

		/** @return training then test ids */
		public List<String> all() {
			List<String> ids = new ArrayList<>(training);
			ids.addAll(test);
			return ids;
		}

		/** @return the seed of a subject: anatomy seed × 1000 + its 1-based position in {@link #all()} */
		public long seed(String id) {
			return anatomySeed * 1000 + all().indexOf(id) + 1;
		}

		/** @return everything that decides the files (for cache keys) */
		public String describe() {
			return "size=" + size + "|spacing=" + spacing + "|bundles=" + bundles + "|anatomySeed=" + anatomySeed + "|training=" + training + "|test="
					+ test + "|maxDegrees=" + maxDegrees + "|maxShiftMm=" + maxShiftMm + "|noiseDegrees=" + noiseDegrees + "|amplitudeNoise="
					+ amplitudeNoise;
		}
	}

	/** The example's subjects: 3 training + 2 test subjects of 48³ voxels of 2 mm with 3 bundles. */
	public static final Settings EXAMPLE = new Settings(48, 2, 3, 7, List.of("s1", "s2", "s3"), List.of("t1", "t2"), 8, 4, 3, 0.05);

	/** The folder of the subjects in a project. */
	public static final String DIR = "subjects";

	private TractsSubjects() {
	}

	/**
	 * Writes every subject into {@code subjectsDir/ID/}.
	 *
	 * @return the subject folders, training then test
	 */
	public static List<Path> generate(Settings s, Path subjectsDir, PrintWriter log) {
		FibrePhantomOptions o = new FibrePhantomOptions(new int[] { s.size(), s.size(), s.size() }, s.spacing(), s.bundles(), s.anatomySeed(), 0, 0,
				FibrePhantomOptions.defaults().fanningDegrees());
		FibrePhantom.Result base = FibrePhantom.generate(o);
		PerturbationCatalog catalog = PerturbationCatalog.installed();
		List<Path> dirs = new ArrayList<>();
		for (String id : s.all()) {
			Path dir = subjectsDir.resolve(id);
			SplittableRandom random = new SplittableRandom(s.seed(id));
			Map<String, Double> rotation = Map.of("rx", uniform(random, s.maxDegrees()), "ry", uniform(random, s.maxDegrees()), "rz",
					uniform(random, s.maxDegrees()));
			Map<String, Double> shift = Map.of("tx", uniform(random, s.maxShiftMm()), "ty", uniform(random, s.maxShiftMm()), "tz",
					uniform(random, s.maxShiftMm()));
			Image peaks = move(catalog, base.peaks(), rotation, shift);
			peaks = catalog.require("peak-angle-noise").apply(PerturbationInput.of(peaks), Map.of("degrees", s.noiseDegrees()), random).image();
			peaks = catalog.require("peak-amplitude-noise").apply(PerturbationInput.of(peaks), Map.of("sigma", s.amplitudeNoise()), random).image();
			Image mask = moveLabels(catalog, base.mask(), rotation, shift);
			List<Image> bundles = new ArrayList<>();
			for (Image b : base.bundleMasks()) {
				bundles.add(moveLabels(catalog, b, rotation, shift));
			}
			try {
				FibrePhantomFiles.write(new FibrePhantom.Result(o, peaks, mask, bundles, base.bundles()), dir);
				Map<String, Object> j = new LinkedHashMap<>();
				j.put("subject", id);
				j.put("role", s.training().contains(id) ? "training" : "test");
				j.put("seed", s.seed(id));
				j.put("anatomySeed", s.anatomySeed());
				j.put("rotationDegrees", List.of(rotation.get("rx"), rotation.get("ry"), rotation.get("rz")));
				j.put("translationMm", List.of(shift.get("tx"), shift.get("ty"), shift.get("tz")));
				j.put("peakAngleNoiseDegrees", s.noiseDegrees());
				j.put("peakAmplitudeNoise", s.amplitudeNoise());
				Files.writeString(dir.resolve("subject.json"), JsonWriter.write(j) + "\n", StandardCharsets.UTF_8);
			} catch (IOException | ImageFormatException e) {
				throw WorkflowException.failure("cannot write the phantom subject " + dir + " (" + e.getMessage() + ").", e);
			}
			log.printf(java.util.Locale.ROOT, "demo:   subject %s (seed %d): rotation %.1f°, %.1f°, %.1f°; shift %.1f, %.1f, %.1f mm%n", id, s.seed(id),
					rotation.get("rx"), rotation.get("ry"), rotation.get("rz"), shift.get("tx"), shift.get("ty"), shift.get("tz"));
			log.flush();
			dirs.add(dir);
		}
		return dirs;
	}

	private static double uniform(SplittableRandom random, double max) {
		return max == 0 ? 0 : random.nextDouble(-max, max);
	}

	private static Image move(PerturbationCatalog catalog, Image image, Map<String, Double> rotation, Map<String, Double> shift) {
		Image r = catalog.require("rotation").apply(PerturbationInput.of(image), rotation, new SplittableRandom(0)).image();
		return catalog.require("translation").apply(PerturbationInput.of(r), shift, new SplittableRandom(0)).image();
	}

	/** A binary mask moved by nearest neighbour, as uint8 0/1. */
	private static Image moveLabels(PerturbationCatalog catalog, Image mask, Map<String, Double> rotation, Map<String, Double> shift) {
		PerturbationDescriptor rot = catalog.require("rotation"), tr = catalog.require("translation");
		Image r = rot.apply(new PerturbationInput(mask, mask, null), rotation, new SplittableRandom(0)).labels();
		Image t = tr.apply(new PerturbationInput(r, r, null), shift, new SplittableRandom(0)).labels();
		byte[] out = new byte[(int) t.voxelCount()];
		for (int i = 0; i < out.length; i++) {
			out[i] = (byte) (t.getDouble(i, 0) != 0 ? 1 : 0);
		}
		return Image.ofUInt8(t.geometry(), out);
	}
}
