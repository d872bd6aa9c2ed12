// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.Repository;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.augment.AugmentRequest;
import org.segsense.workflows.augment.AugmentResult;
import org.segsense.workflows.augment.AugmentationEvents;
import org.segsense.workflows.augment.TrainedVariant;
import org.segsense.workflows.phantom.FibrePhantom;
import org.segsense.workflows.phantom.FibrePhantomOptions;

/**
 * The tracts arm's plumbing without TensorFlow: the phantom subjects (one bundle layout, own pose and noise;
 * reproducible; the identity pose gives the phantom generator's own files), and the model cache around the
 * augmentation study service (a stand-in trainer that writes marker files): trained once, reused from the cache
 * into a new project, trained again with retrain or when the augmentation file changes.
 */
class TractsDemoTest {

	static final TractsSubjects.Settings SMALL = new TractsSubjects.Settings(20, 2, 2, 7, List.of("s1"), List.of("t1"), 8, 3, 3, 0.05);

	static PrintWriter log(StringWriter w) {
		return new PrintWriter(w, true);
	}

	@Test
	void subjectsShareOneLayoutMovedByTheirOwnPoseAndAreReproducible(@TempDir Path dir) throws Exception {
		StringWriter w = new StringWriter();
		TractsSubjects.generate(SMALL, dir.resolve("a"), log(w));
		TractsSubjects.generate(SMALL, dir.resolve("b"), log(w));
		for (String id : SMALL.all()) {
			for (String f : List.of("peaks.nii.gz", "mask.nii.gz", "bundle_segmentations/bundle_1.nii.gz", "bundle_segmentations/bundle_2.nii.gz",
					"subject.json")) {
				assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(id).resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(id).resolve(f)),
						"the same settings give the same " + id + "/" + f);
			}
		}
		assertNotEquals(SMALL.seed("s1"), SMALL.seed("t1"));
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a/s1/peaks.nii.gz")), Files.readAllBytes(dir.resolve("a/t1/peaks.nii.gz"))),
				"subjects differ in pose and noise");
		// every subject holds the layout's bundles, each about as large as in the unmoved phantom (a rigid move keeps volumes)
		FibrePhantom.Result base = FibrePhantom.generate(new FibrePhantomOptions(new int[] { 20, 20, 20 }, 2, 2, 7, 0, 0,
				FibrePhantomOptions.defaults().fanningDegrees()));
		for (String id : SMALL.all()) {
			for (int b = 0; b < 2; b++) {
				long n0 = count(base.bundleMasks().get(b)), n = count(ImageIO.read(dir.resolve("a").resolve(id).resolve("bundle_segmentations/bundle_"
						+ (b + 1) + ".nii.gz")));
				assertTrue(n0 > 0 && Math.abs(n - n0) <= 0.25 * n0, id + " bundle_" + (b + 1) + ": " + n + " voxels, unmoved " + n0);
			}
		}
		assertTrue(Files.readString(dir.resolve("a/t1/subject.json")).contains("\"role\": \"test\"")
				|| Files.readString(dir.resolve("a/t1/subject.json")).contains("\"role\":\"test\""), Files.readString(dir.resolve("a/t1/subject.json")));
	}

	@Test
	void theIdentityPoseWithoutNoiseGivesThePhantomGeneratorsOwnImages(@TempDir Path dir) throws Exception {
		TractsSubjects.Settings still = new TractsSubjects.Settings(20, 2, 2, 7, List.of("s1"), List.of(), 0, 0, 0, 0);
		TractsSubjects.generate(still, dir, log(new StringWriter()));
		FibrePhantom.Result base = FibrePhantom.generate(new FibrePhantomOptions(new int[] { 20, 20, 20 }, 2, 2, 7, 0, 0,
				FibrePhantomOptions.defaults().fanningDegrees()));
		for (int b = 0; b < 2; b++) {
			Image m = ImageIO.read(dir.resolve("s1/bundle_segmentations/bundle_" + (b + 1) + ".nii.gz"));
			for (long i = 0; i < m.voxelCount(); i++) {
				assertEquals(base.bundleMasks().get(b).getDouble(i, 0), m.getDouble(i, 0), 0, "bundle " + (b + 1) + " voxel " + i);
			}
		}
		Image mask = ImageIO.read(dir.resolve("s1/mask.nii.gz"));
		for (long i = 0; i < mask.voxelCount(); i++) {
			assertEquals(base.mask().getDouble(i, 0), mask.getDouble(i, 0), 0, "mask voxel " + i);
		}
	}

	/** A stand-in for the augmentation study service: "trains" a variant by writing a marker unless the project has it. */
	static final class FakeTrainer implements BiFunction<AugmentRequest, AugmentationEvents, AugmentResult> {
		final List<AugmentRequest> requests = new ArrayList<>();
		final List<Boolean> reused = new ArrayList<>();

		@Override
		public AugmentResult apply(AugmentRequest r, AugmentationEvents events) {
			requests.add(r);
			Path project = r.studyFile().getParent();
			List<TrainedVariant> models = new ArrayList<>();
			for (String v : List.of("none", "angle", "amplitude")) {
				Path dir = project.resolve("models").resolve(r.augmentationStudy()).resolve(v).resolve("seed-42");
				boolean have = Files.isRegularFile(dir.resolve("saved_model.pb")) && !r.force();
				try {
					if (!have) {
						Files.createDirectories(dir);
						Files.writeString(dir.resolve("saved_model.pb"), "model " + v + " trained for " + project);
					}
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				models.add(new TrainedVariant(v, 42, r.augmentationStudy() + "-" + v + "-s42", dir, have, have ? 0 : 1, 0.1, "sha", "hash"));
				reused.add(have);
			}
			return new AugmentResult(r.studyFile(), "tracts-augmentation", r.augmentationStudy(), List.of(42L), models, List.of(), false);
		}
	}

	static Path prepare(TractsDemo.Mode mode, Path example, Path project, Path cache, boolean retrain, FakeTrainer trainer) throws Exception {
		Files.createDirectories(project);
		return TractsDemo.prepare(mode, example, project, cache, retrain, 2, log(new StringWriter()), trainer, new LinkedHashMap<>(), null);
	}

	@Test
	void modelsAreTrainedOnceAndReusedFromTheCacheUntilTheirSettingsChange(@TempDir Path dir) throws Exception {
		Path example = dir.resolve("example");
		Files.createDirectories(example);
		for (String f : List.of(TractsDemo.AUGMENTATION_FILE, "tracts-quick.segsense")) {
			Files.copy(Repository.path("examples/tracts").resolve(f), example.resolve(f));
		}
		TractsDemo.Mode mode = new TractsDemo.Mode("quick", "tracts-quick.segsense", SMALL);
		Path cache = dir.resolve("cache");
		FakeTrainer first = new FakeTrainer();
		Path study = prepare(mode, example, dir.resolve("p1"), cache, false, first);
		assertEquals(dir.resolve("p1/tracts-quick.segsense"), study);
		assertTrue(Files.isRegularFile(dir.resolve("p1/subjects/s1/peaks.nii.gz")) && Files.isDirectory(dir.resolve("p1/subjects/t1/bundle_segmentations")));
		assertEquals(List.of(false, false, false), first.reused, "an empty cache: every variant is trained");
		assertEquals("quick", first.requests.get(0).augmentationStudy());
		assertEquals(dir.resolve("p1").resolve(TractsDemo.AUGMENTATION_FILE), first.requests.get(0).studyFile());

		FakeTrainer second = new FakeTrainer();
		prepare(mode, example, dir.resolve("p2"), cache, false, second);
		assertEquals(List.of(true, true, true), second.reused, "the cache's models are in the new project before the service runs");
		assertEquals("model none trained for " + dir.resolve("p1"), Files.readString(dir.resolve("p2/models/quick/none/seed-42/saved_model.pb")));

		FakeTrainer forced = new FakeTrainer();
		prepare(mode, example, dir.resolve("p3"), cache, true, forced);
		assertTrue(forced.requests.get(0).force(), "--retrain asks the service to train again");
		assertEquals(List.of(false, false, false), forced.reused);

		Files.writeString(example.resolve(TractsDemo.AUGMENTATION_FILE), Files.readString(example.resolve(TractsDemo.AUGMENTATION_FILE))
				.replace("iterations=\"500\"", "iterations=\"501\""));
		FakeTrainer changed = new FakeTrainer();
		prepare(mode, example, dir.resolve("p4"), cache, false, changed);
		assertEquals(List.of(false, false, false), changed.reused, "another augmentation file is another cache key");
	}

	@Test
	void theExampleFolderIsCheckedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("examples/cerebellum"));
		WorkflowException e = assertThrows(WorkflowException.class, () -> DemoServiceImpl.tractsDir(dir.resolve("examples/cerebellum")));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains("is not the tracts example folder (it has no " + TractsDemo.AUGMENTATION_FILE + ")"), e.getMessage());
		assertEquals(Repository.path("examples/tracts").toAbsolutePath().normalize(),
				DemoServiceImpl.tractsDir(Repository.path("examples/cerebellum")).normalize());
	}

	private static long count(Image m) {
		long n = 0;
		for (long i = 0; i < m.voxelCount(); i++) {
			n += m.getDouble(i, 0) != 0 ? 1 : 0;
		}
		return n;
	}
}
