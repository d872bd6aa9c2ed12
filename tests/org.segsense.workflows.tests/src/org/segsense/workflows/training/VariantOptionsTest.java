// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.SegsenseFactory;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.testing.Repository;
import org.segsense.train.TrainingOptions;
import org.segsense.workflows.augment.AugmentationStudies;

/**
 * The EMF variant → trainer options mapping, without training: the example's augmentation-study file gives exactly
 * the options the demo's {@code segsense train} command lines gave before (so the demo trains the same networks),
 * old ids are migrated, the seeds rule, and settings the trainer cannot honour are refused.
 */
class VariantOptionsTest {

	static final double[] SPACING = { 3, 3, 3 };

	/** The demo's settings before the variants moved into the file (DemoCommand.mode: quick and full). */
	static TrainRequest demoCommandLine(boolean quick, String augment, List<String> steps) {
		return new TrainRequest(List.of(), List.of(), "deepmedic", 8, 2, null, false, quick ? 300 : 1500, String.valueOf(quick ? 18 : 27), 2,
				quick ? 3e-3 : 2e-3, 42, augment, steps, "zscore", 0.5, 0.5, 2, "cpu");
	}

	@Test
	void theExampleFileGivesTheDemosTrainingOptions() {
		Path file = Repository.path("examples/cerebellum/cerebellum-augmentation.segsense");
		AugmentationStudies.Loaded loaded = AugmentationStudies.load(file);
		assertTrue(loaded.notes().isEmpty(), loaded.notes().toString());
		PerturbationCatalog catalog = PerturbationCatalog.installed();
		TrainingServiceImpl service = new TrainingServiceImpl(() -> catalog, TrainerBackend.TENSORFLOW);
		List<List<String>> steps = List.of(List.of(), List.of(),
				List.of("rotation:rx=-15..15,ry=-15..15,rz=-15..15,p=0.5", "scaling:sx=0.85..1.15,sy=0.85..1.15,sz=0.85..1.15,p=0.5"));
		List<String> augment = List.of("none", "intensity", "intensity");
		for (String mode : List.of("quick", "full")) {
			AugmentationStudy a = AugmentationStudies.select(loaded, mode);
			assertEquals(List.of("none", "intensity", "spatial"), a.getVariants().stream().map(AugmentationVariant::getId).toList());
			for (int i = 0; i < 3; i++) {
				AugmentationVariant v = a.getVariants().get(i);
				assertEquals(List.of(42L), AugmentationStudies.seeds(a, v, null));
				TrainingOptions fromModel = service.options(v, 42, SPACING, 2, "cpu");
				TrainingOptions before = RequestOptions.of(demoCommandLine(mode.equals("quick"), augment.get(i), steps.get(i)), catalog, SPACING);
				assertSame(before, fromModel, mode + " " + v.getId());
			}
		}
	}

	static void assertSame(TrainingOptions expected, TrainingOptions actual, String what) {
		assertEquals(expected.architecture().describe(), actual.architecture().describe(), what);
		assertArrayEquals(expected.patchSize(), actual.patchSize(), what);
		assertEquals(expected.batchSize(), actual.batchSize(), what);
		assertEquals(expected.iterations(), actual.iterations(), what);
		assertEquals(expected.learningRate(), actual.learningRate(), what);
		assertEquals(expected.seed(), actual.seed(), what);
		assertEquals(expected.foregroundFraction(), actual.foregroundFraction(), what);
		assertEquals(expected.normalization(), actual.normalization(), what);
		assertEquals(expected.augmentation().describe(), actual.augmentation().describe(), what);
		assertEquals(expected.diceWeight(), actual.diceWeight(), what);
		assertEquals(expected.lossDescription(), actual.lossDescription(), what);
		assertEquals(expected.threads(), actual.threads(), what);
		assertEquals(expected.device(), actual.device(), what);
	}

	@Test
	void seedsComeFromTheRequestTheStudyOrTheVariant() {
		AugmentationStudy a = SegsenseFactory.eINSTANCE.createAugmentationStudy();
		AugmentationVariant v = SegsenseFactory.eINSTANCE.createAugmentationVariant();
		v.setSeed(9);
		a.getVariants().add(v);
		assertEquals(List.of(9L), AugmentationStudies.seeds(a, v, null));
		assertEquals(List.of(9L, 10L, 11L), AugmentationStudies.seeds(a, v, 3));
		a.getSeeds().addAll(List.of(5L, 7L));
		assertEquals(List.of(5L, 7L), AugmentationStudies.seeds(a, v, null));
		assertEquals(List.of(5L), AugmentationStudies.seeds(a, v, 1));
		assertEquals(List.of(5L, 6L, 7L), AugmentationStudies.seeds(a, v, 3));
		TrainingServiceException e = assertThrows(TrainingServiceException.class, () -> AugmentationStudies.seeds(a, v, 0));
		assertTrue(e.badInput() && e.getMessage().contains("--seeds must be at least 1"), e.getMessage());
	}

	@Test
	void oldArchitectureIdsMapToTheTrainers() {
		assertEquals("unet", ArchitectureIds.migrate("unet3d"));
		assertEquals("deepmedic", ArchitectureIds.migrate("DeepMedic3D"));
		assertEquals("unet", ArchitectureIds.migrate("unet"));
		assertEquals("resnet", ArchitectureIds.migrate("resnet"));
	}

	@Test
	void aStepIsWrittenAsTheTrainCommandsAugmentStep() {
		var step = SegsenseFactory.eINSTANCE.createAugmentationStep();
		step.setPerturbationType("rotation");
		var r = SegsenseFactory.eINSTANCE.createParameterRange();
		r.setName("rz");
		r.setMinimum(-7.5);
		r.setMaximum(10);
		step.getRanges().add(r);
		assertEquals("rotation:rz=-7.5..10", VariantArguments.augmentStep(step));
		step.setProbability(0.25);
		r.setMinimum(10);
		assertEquals("rotation:rz=10,p=0.25", VariantArguments.augmentStep(step));
	}
}
