// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.ModelVariant;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.workflows.training.TrainingServiceException;

/**
 * {@code segsense augment}'s service on a tiny synthetic study (TensorFlow, CPU, 1 thread): two variants × two
 * seeds trained reproducibly, added to the study, resumed without retraining; clear errors for bad input.
 */
class AugmentationStudyServiceTest {

	@TempDir
	static Path dir;

	static Path fileA;
	static AugmentResult first;
	static final AugmentationStudyService SERVICE = new AugmentationStudyServiceImpl();

	static AugmentRequest request(Path file) {
		return new AugmentRequest(file, null, null, false, 1, "cpu");
	}

	@BeforeAll
	static void trainTwoVariantsTwoSeeds() throws Exception {
		fileA = TinyStudies.project(dir.resolve("a"), TinyStudies.twoVariants("unet"));
		long t0 = System.nanoTime();
		first = SERVICE.run(request(fileA), new NullProgressMonitor(), AugmentationEvents.NONE);
		System.out.printf("augment: 2 variants x 2 seeds trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
	}

	@Test
	void everyVariantIsTrainedOncePerSeedAndAddedToTheStudy() throws Exception {
		assertEquals(List.of(3L, 4L), first.seeds());
		assertEquals(4, first.models().size());
		assertEquals(4, first.trained());
		assertTrue(first.studySaved());
		Study saved = StudyResources.load(fileA);
		List<String> ids = saved.getModelVariants().stream().map(ModelVariant::getId).toList();
		assertEquals(List.of("external", "aug-plain-s3", "aug-plain-s4", "aug-shifted-s3", "aug-shifted-s4"), ids);
		ModelVariant m = saved.getModelVariants().get(4);
		assertEquals("models/aug/shifted/seed-4", m.getSavedModel().getPath());
		assertEquals("shifted", m.getTrainedBy().getId());
		assertEquals(4L, m.getTrainingSeed());
		assertEquals("intensity-shift", m.getTrainingAugmentation().getSteps().get(0).getPerturbationType());
		assertEquals("ellipsoid", m.getLabels().get(0).getName(), "label names are taken from the study's other variants");
		assertEquals("A network trained elsewhere", saved.getModelVariants().get(0).getName(), "existing variants are kept");
		for (TrainedVariant t : first.models()) {
			assertTrue(Files.isRegularFile(t.modelDir().resolve("saved_model.pb")), t.modelDir().toString());
			TrainingRecord r = TrainingRecord.read(t.modelDir());
			assertNotNull(r, "record of " + t.modelDir());
			assertEquals(t.seed(), r.seed());
			assertEquals(3, r.losses().length);
			assertEquals(t.weightsSha256(), r.weightsSha256());
			assertEquals(t.settingsHash(), r.settingsHash());
			assertTrue(r.trainArguments().contains("--seed") && r.trainArguments().contains(String.valueOf(t.seed())));
			assertFalse(Files.exists(t.modelDir().resolveSibling(t.modelDir().getFileName() + ".partial")));
		}
	}

	@Test
	void sameSeedGivesIdenticalWeightsAndDifferentSeedsDiffer() throws Exception {
		Path fileB = TinyStudies.project(dir.resolve("b"), TinyStudies.twoVariants("unet"));
		AugmentResult second = SERVICE.run(request(fileB), new NullProgressMonitor(), AugmentationEvents.NONE);
		assertEquals(4, second.trained(), "a fresh project trains everything");
		Map<String, String> a = checksums(first), b = checksums(second);
		assertEquals(a, b, "same variant and seed in another project: bitwise identical weights");
		assertNotEquals(a.get("plain-3"), a.get("plain-4"), "seeds 3 and 4 of one variant");
		assertNotEquals(a.get("shifted-3"), a.get("shifted-4"));
		assertNotEquals(a.get("plain-3"), a.get("shifted-3"), "the augmentation changes the network");
		assertEquals(4, a.values().stream().distinct().count());
	}

	@Test
	void aSecondRunReusesTrainedVariantsAndRetrainsOnlyAMissingOne() throws Exception {
		Path file = TinyStudies.project(dir.resolve("resume"), TinyStudies.twoVariants("unet"));
		AugmentResult r1 = SERVICE.run(request(file), new NullProgressMonitor(), AugmentationEvents.NONE);
		Map<Path, FileTime> modelTimes = new HashMap<>();
		Map<Path, String> records = new HashMap<>();
		for (TrainedVariant t : r1.models()) {
			modelTimes.put(t.modelDir(), Files.getLastModifiedTime(t.modelDir().resolve("saved_model.pb")));
			records.put(t.modelDir(), Files.readString(t.modelDir().resolve(TrainingRecord.FILE)));
		}
		String studyText = Files.readString(file);

		List<String> started = new ArrayList<>();
		AugmentResult r2 = SERVICE.run(request(file), new NullProgressMonitor(), new AugmentationEvents() {
			@Override
			public void step(String variantId, long seed, int iteration, int iterations, double loss, double elapsedSeconds) {
				started.add(variantId + "-" + seed);
			}
		});
		assertEquals(0, r2.trained());
		assertTrue(r2.models().stream().allMatch(TrainedVariant::reused));
		assertTrue(started.isEmpty(), "no training step ran: " + started);
		assertFalse(r2.studySaved(), "nothing changed, the study file is not rewritten");
		assertEquals(studyText, Files.readString(file));
		for (TrainedVariant t : r2.models()) {
			assertEquals(modelTimes.get(t.modelDir()), Files.getLastModifiedTime(t.modelDir().resolve("saved_model.pb")));
			assertEquals(records.get(t.modelDir()), Files.readString(t.modelDir().resolve(TrainingRecord.FILE)));
		}

		// an interrupted training leaves no record: only that network is trained again
		TrainedVariant lost = r1.models().get(2);
		Files.delete(lost.modelDir().resolve(TrainingRecord.FILE));
		started.clear();
		AugmentResult r3 = SERVICE.run(request(file), new NullProgressMonitor(), new AugmentationEvents() {
			@Override
			public void step(String variantId, long seed, int iteration, int iterations, double loss, double elapsedSeconds) {
				started.add(variantId + "-" + seed);
			}
		});
		assertEquals(1, r3.trained());
		assertEquals(List.of("shifted-3", "shifted-3", "shifted-3"), started);
		assertEquals(lost.weightsSha256(), r3.models().get(2).weightsSha256(), "retrained bitwise identically");

		// --seeds 3 adds seed 5 (after the file's 3 and 4) and keeps the others
		AugmentResult r4 = SERVICE.run(new AugmentRequest(file, "aug", 3, false, 1, "cpu"), new NullProgressMonitor(), AugmentationEvents.NONE);
		assertEquals(List.of(3L, 4L, 5L), r4.seeds());
		assertEquals(2, r4.trained());
		assertEquals(7, StudyResources.load(file).getModelVariants().size(), "external + 2 variants × 3 seeds");
	}

	@Test
	void cancellingKeepsTheFinishedNetworksAndTheNextRunResumes() throws Exception {
		Path file = TinyStudies.project(dir.resolve("cancel"), TinyStudies.twoVariants("unet"));
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<TrainedVariant> finished = new ArrayList<>();
		assertThrows(OperationCanceledException.class, () -> SERVICE.run(request(file), monitor, new AugmentationEvents() {
			@Override
			public void modelDone(TrainedVariant model) {
				finished.add(model);
				monitor.setCanceled(true); // the user cancels while the first network is being committed
			}
		}));
		assertEquals(1, finished.size());
		assertNotNull(TrainingRecord.read(finished.get(0).modelDir()));
		assertEquals(List.of("external", "aug-plain-s3"), StudyResources.load(file).getModelVariants().stream().map(ModelVariant::getId).toList(),
				"the finished network is in the saved study");
		assertFalse(Files.exists(file.resolveSibling("models/aug/plain/seed-4")), "the cancelled network is not in place");

		AugmentResult resumed = SERVICE.run(request(file), new NullProgressMonitor(), AugmentationEvents.NONE);
		assertEquals(3, resumed.trained());
		assertTrue(resumed.models().get(0).reused());
		assertEquals(5, StudyResources.load(file).getModelVariants().size());
	}

	@Test
	void theOldArchitectureIdIsMigratedWithANote() throws Exception {
		Path file = TinyStudies.project(dir.resolve("old"), """
				  <augmentationStudies id="aug">
				    <variants id="v" architecture="unet3d" seed="3">%s</variants>
				  </augmentationStudies>
				""".formatted(TinyStudies.VARIANT_SETTINGS));
		List<String> notes = new ArrayList<>();
		AugmentResult r = SERVICE.run(request(file), new NullProgressMonitor(), new AugmentationEvents() {
			@Override
			public void note(String text) {
				notes.add(text);
			}
		});
		assertEquals(1, r.trained());
		assertTrue(notes.get(0).contains(file.toString()) && notes.get(0).contains("\"unet3d\"") && notes.get(0).contains("read as \"unet\""),
				notes.get(0));
		assertTrue(Files.readString(file).contains("architecture=\"unet\""), "the saved file has the trainer's id");
	}

	@Test
	void anUnknownArchitectureIsBadInputNamingFileVariantAndFix() throws Exception {
		Path file = TinyStudies.project(dir.resolve("unknown"), TinyStudies.twoVariants("resnet"));
		String before = Files.readString(file);
		TrainingServiceException e = assertThrows(TrainingServiceException.class, () -> SERVICE.run(request(file), null, null));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("'plain'") && e.getMessage().contains("resnet") && e.getMessage().contains("unet, deepmedic or tractseg"),
				e.getMessage());
		assertEquals(before, Files.readString(file), "the study file is untouched");
		assertFalse(Files.exists(file.resolveSibling("models")), "nothing was trained");
	}

	@Test
	void aMissingOrAmbiguousAugmentationStudyIsBadInputWithTheFix() throws Exception {
		Path none = TinyStudies.project(dir.resolve("none"), "");
		TrainingServiceException e = assertThrows(TrainingServiceException.class, () -> SERVICE.run(request(none), null, null));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().startsWith(none.toString()) && e.getMessage().contains("has no augmentation study")
				&& e.getMessage().contains("docs/augmentation-studies.md"), e.getMessage());

		Path file = TinyStudies.project(dir.resolve("two"), TinyStudies.twoVariants("unet") + TinyStudies.twoVariants("unet").replace("id=\"aug\"",
				"id=\"other\""));
		e = assertThrows(TrainingServiceException.class, () -> SERVICE.run(request(file), null, null));
		assertTrue(e.getMessage().contains("2 augmentation studies (aug, other)") && e.getMessage().contains("--augmentation-study"), e.getMessage());
		e = assertThrows(TrainingServiceException.class,
				() -> SERVICE.run(new AugmentRequest(file, "nope", null, false, 1, "cpu"), null, null));
		assertTrue(e.getMessage().contains("no augmentation study 'nope'") && e.getMessage().contains("aug, other"), e.getMessage());

		Path missing = dir.resolve("missing.segsense");
		e = assertThrows(TrainingServiceException.class, () -> SERVICE.run(request(missing), null, null));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
	}

	@Test
	void settingsThePatchTrainerCannotHonourAreRefusedWithTheFix() throws Exception {
		Path file = TinyStudies.project(dir.resolve("sgd"), TinyStudies.twoVariants("unet").replace("<training ", "<training optimizer=\"sgd\" "));
		TrainingServiceException e = assertThrows(TrainingServiceException.class, () -> SERVICE.run(request(file), null, null));
		assertTrue(e.badInput());
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("optimizer 'sgd'") && e.getMessage().contains("adam"),
				e.getMessage());
		Path vf = TinyStudies.project(dir.resolve("vf"), TinyStudies.twoVariants("unet").replace("<training ", "<training validationFraction=\"0.2\" "));
		e = assertThrows(TrainingServiceException.class, () -> SERVICE.run(request(vf), null, null));
		assertTrue(e.getMessage().contains("validationFraction") && e.getMessage().contains("set validationFraction=\"0\""), e.getMessage());
	}

	private static Map<String, String> checksums(AugmentResult r) {
		Map<String, String> m = new HashMap<>();
		r.models().forEach(t -> m.put(t.variantId() + "-" + t.seed(), t.weightsSha256()));
		return m;
	}
}
