// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.io.ImageIO;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.LabelDefinition;
import org.segsense.model.ModelVariant;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.workflows.phantom.FibrePhantom;
import org.segsense.workflows.phantom.FibrePhantomFiles;
import org.segsense.workflows.phantom.FibrePhantomOptions;
import org.segsense.workflows.training.TractSegVariant;
import org.segsense.workflows.training.TrainingResult;
import org.segsense.workflows.training.TrainingServiceImpl;
import org.segsense.workflows.training.VariantRequest;
import org.segsense.workflows.training.TrainingServiceException;

/**
 * Augmentation studies of {@code architecture="tractseg"} variants on two tiny fibre phantoms (16³, 2 bundles; one case
 * with TractSeg's bundle folder, one with a 4-D bundle file): variants "none" and "rotation" train (TensorFlow, CPU, 1
 * thread, 4 iterations), are registered as model variants whose labels are the bundles (value k+1 = bundle k), a
 * second run reuses them, and settings the TractSeg trainer cannot honour are refused with the fix before any training.
 */
class TractSegAugmentationStudyTest {

	@TempDir
	static Path dir;

	static Path file;
	static AugmentResult first;

	static final String SETTINGS = "<training iterations=\"4\" patchSize=\"16\" batchSize=\"2\" baseFilters=\"2\" depth=\"1\"/>";

	static AugmentRequest request(Path f) {
		return new AugmentRequest(f, null, null, false, 1, "cpu");
	}

	/** Two phantom subjects and a study file with the given augmentation study; returns the study file. */
	static Path project(Path project, String variants, String peaksChannel) throws Exception {
		for (int s = 1; s <= 2; s++) {
			FibrePhantom.Result p = FibrePhantom.generate(new FibrePhantomOptions(new int[] { 16, 16, 16 }, 2, 2, s, 3, 0.05, 10));
			FibrePhantomFiles.write(p, project.resolve("data/s" + s));
		}
		write4d(project.resolve("data/s2/bundle_segmentations"), project.resolve("data/s2/bundles.nii.gz"));
		Path f = project.resolve("tracts.segsense");
		Files.writeString(f, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="tracts" name="Tracts" seed="7">
				  <cases id="s1">
				    <channels name="%2$s" path="data/s1/peaks.nii.gz"/>
				    <labelImage path="data/s1/bundle_segmentations"/>
				  </cases>
				  <cases id="s2">
				    <channels name="%2$s" path="data/s2/peaks.nii.gz"/>
				    <labelImage path="data/s2/bundles.nii.gz"/>
				  </cases>
				  <augmentationStudies id="aug" name="TractSeg augmentation">
				%1$s
				  </augmentationStudies>
				  <metrics id="dice" metricType="dice"/>
				</segsense:Study>
				""".formatted(variants, peaksChannel));
		return f;
	}

	static String variant(String id, String training, String augmentation) {
		return "    <variants id=\"" + id + "\" architecture=\"tractseg\" seed=\"3\">" + training + augmentation + "</variants>";
	}

	static final String ROTATION = """
			<augmentation><steps perturbationType="rotation"><ranges name="rz" minimum="-10" maximum="10"/></steps></augmentation>""";

	/** TractSeg's other layout: the folder's masks as one 4-D file, one volume per bundle. */
	static void write4d(Path folder, Path out) throws Exception {
		Image b1 = ImageIO.read(folder.resolve("bundle_1.nii.gz")), b2 = ImageIO.read(folder.resolve("bundle_2.nii.gz"));
		ImageGeometry g = b1.geometry();
		int n = (int) g.voxelCount();
		float[] v = new float[2 * n];
		for (int i = 0; i < n; i++) {
			v[i] = (float) b1.getDouble(i, 0);
			v[n + i] = (float) b2.getDouble(i, 0);
		}
		ImageGeometry g4 = g.withVolumes(2);
		ImageIO.write(Image.of(g4, v), out);
	}

	@BeforeAll
	static void trainNoneAndRotation() throws Exception {
		file = project(dir.resolve("a"), variant("none", SETTINGS, "") + "\n" + variant("rotation", SETTINGS, ROTATION), "peaks");
		long t0 = System.nanoTime();
		first = new AugmentationStudyServiceImpl().run(request(file), new NullProgressMonitor(), AugmentationEvents.NONE);
		System.out.printf("TractSegAugmentationStudyTest: 2 tractseg variants trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
	}

	private static Properties metadata(Path model) throws Exception {
		Properties p = new Properties();
		try (var in = Files.newBufferedReader(model.resolve("segsense-model.properties"))) {
			p.load(in);
		}
		return p;
	}

	@Test
	void bothVariantsTrainAndAreRegisteredWithTheBundlesAsLabels() throws Exception {
		assertEquals(2, first.trained());
		assertTrue(first.studySaved());
		Study saved = StudyResources.load(file);
		for (String v : List.of("none", "rotation")) {
			ModelVariant m = saved.getModelVariants().stream().filter(x -> x.getId().equals("aug-" + v + "-s3")).findFirst().orElseThrow();
			assertEquals("models/aug/" + v + "/seed-3", m.getSavedModel().getPath());
			assertEquals(List.of(1, 2), m.getLabels().stream().map(LabelDefinition::getValue).toList());
			assertEquals(List.of("bundle_1", "bundle_2"), m.getLabels().stream().map(LabelDefinition::getName).toList());
			Path model = file.getParent().resolve(m.getSavedModel().getPath());
			assertTrue(Files.isRegularFile(model.resolve("saved_model.pb")));
			Properties p = metadata(model);
			assertEquals("sigmoid-multilabel", p.getProperty("outputKind"));
			assertEquals("bundle_1,bundle_2", p.getProperty("labelNames"));
			assertEquals("9", p.getProperty("inputChannels"));
			assertEquals(v.equals("none") ? "none" : "rotation(rz=-10..10,p=1)", p.getProperty("augmentation"));
			TrainingRecord r = TrainingRecord.read(model);
			assertEquals(List.of("s1", "s2"), r.cases());
			assertTrue(r.trainArguments().containsAll(List.of("--architecture", "tractseg")), r.trainArguments().toString());
			assertEquals(v.equals("rotation"), r.trainArguments().contains("rotation:rz=-10..10"), r.trainArguments().toString());
		}
		assertFalse(first.models().get(0).weightsSha256().equals(first.models().get(1).weightsSha256()), "the rotation changed the network");
	}

	@Test
	void aSecondRunReusesBothNetworks() throws Exception {
		AugmentResult again = new AugmentationStudyServiceImpl().run(request(file), new NullProgressMonitor(), AugmentationEvents.NONE);
		assertEquals(0, again.trained());
		for (int i = 0; i < 2; i++) {
			assertTrue(again.models().get(i).reused());
			assertEquals(first.models().get(i).weightsSha256(), again.models().get(i).weightsSha256());
		}
		assertFalse(again.studySaved(), "nothing changed");
	}

	@Test
	void theTrainingServiceTrainsOneSeedOfAVariantToTheSameNetwork() throws Exception {
		AugmentationVariant v = AugmentationStudies.load(file).study().getAugmentationStudies().get(0).getVariants().get(0);
		Path out = dir.resolve("one-seed");
		TrainingResult r = new TrainingServiceImpl().trainVariant(new VariantRequest(v, 3, file.getParent(), out, 1, "cpu"), new NullProgressMonitor(),
				null);
		assertTrue(Files.isRegularFile(out.resolve("saved_model.pb")));
		assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(r.labelValues()).boxed().toList());
		assertEquals(first.models().get(0).weightsSha256(), r.weightsSha256(), "variant 'none', seed 3: the network the study trained");
	}

	@Test
	void aChangedBundleMaskInTheFolderRetrains() throws Exception {
		Path copy = dir.resolve("changed");
		Path f = project(copy, variant("none", SETTINGS, ""), "peaks");
		AugmentationStudyServiceImpl service = new AugmentationStudyServiceImpl();
		assertEquals(1, service.run(request(f), new NullProgressMonitor(), AugmentationEvents.NONE).trained());
		Path mask = copy.resolve("data/s1/bundle_segmentations/bundle_2.nii.gz");
		Files.copy(copy.resolve("data/s2/bundle_segmentations/bundle_2.nii.gz"), mask, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		AugmentResult r = service.run(request(f), new NullProgressMonitor(), AugmentationEvents.NONE);
		assertEquals(1, r.trained(), "a file of the bundle folder is part of the settings hash");
	}

	/** Runs a one-variant study and expects bad input naming the study file, the variant and {@code words}. */
	private static void refused(String name, String variantXml, String channel, String... words) throws Exception {
		Path f = project(dir.resolve(name), variantXml, channel);
		TrainingServiceException e = assertThrows(TrainingServiceException.class,
				() -> new AugmentationStudyServiceImpl().run(request(f), new NullProgressMonitor(), AugmentationEvents.NONE));
		assertTrue(e.badInput(), e.getMessage());
		assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
		for (String w : words) {
			assertTrue(e.getMessage().contains(w), "'" + w + "' in: " + e.getMessage());
		}
		assertFalse(Files.exists(f.getParent().resolve("models")), "nothing was trained");
	}

	@Test
	void settingsTheTractSegTrainerCannotHonourAreRefusedWithTheFix() throws Exception {
		refused("dice", variant("v", SETTINGS.replace("depth", "diceWeight=\"0.5\" depth"), ""), "peaks", "'v'", "diceWeight", "set diceWeight=\"0\"");
		refused("norm", variant("v", SETTINGS.replace("depth", "normalization=\"minmax\" depth"), ""), "peaks", "normalization",
				"unnormalised");
		refused("fg", variant("v", SETTINGS.replace("depth", "foregroundFraction=\"0.8\" depth"), ""), "peaks", "foregroundFraction");
		refused("loss", variant("v", SETTINGS.replace("depth", "loss=\"dice\" depth"), ""), "peaks", "loss 'dice'", "crossentropy");
		refused("preset", variant("v", SETTINGS, "<augmentation builtIn=\"intensity\"/>"), "peaks", "'intensity'", "--augment-step",
				"peak-amplitude-scale");
		refused("step", variant("v", SETTINGS, "<augmentation><steps perturbationType=\"no-such\"/></augmentation>"), "peaks", "no-such");
		refused("window", variant("v", SETTINGS.replace("patchSize=\"16\"", "patchSize=\"15\""), ""), "peaks", "15", "patchSize");
		refused("nopeaks", variant("v", SETTINGS, ""), "fod", "'s1'", "no peak channel", "name contains 'peaks'");
	}

	@Test
	void aPatchOfThreeDifferentSizesIsRefused() throws Exception {
		Path f = project(dir.resolve("patch3"), variant("v", SETTINGS, ""), "peaks");
		AugmentationVariant v = AugmentationStudies.load(f).study().getAugmentationStudies().get(0).getVariants().get(0);
		v.getTraining().getPatchSize().clear();
		v.getTraining().getPatchSize().addAll(List.of(16, 16, 8));
		TrainingServiceException e = assertThrows(TrainingServiceException.class,
				() -> TractSegVariant.load(v, f.getParent(), 1, "cpu", PerturbationCatalog.installed()));
		assertTrue(e.badInput() && e.getMessage().contains("one number") && e.getMessage().contains("'v'"), e.getMessage());
		TrainingServiceException gpu = assertThrows(TrainingServiceException.class,
				() -> TractSegVariant.load(v, f.getParent(), 1, "gpu", PerturbationCatalog.installed()));
		assertTrue(gpu.getMessage().contains("CPU"), gpu.getMessage());
	}
}
