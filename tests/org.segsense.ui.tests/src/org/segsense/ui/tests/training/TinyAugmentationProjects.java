// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.training;

import java.nio.file.Files;
import java.nio.file.Path;

import org.segsense.testing.studies.SyntheticProjects;

/**
 * Tiny augmentation projects for the workbench tests: two 16³ cases (a bright ellipsoid, label 1, in Gaussian
 * noise), a study file {@code study.segsense} with augmentation study "aug" of two U-Net variants ("plain": no
 * augmentation; "shifted": a catalogue intensity shift, p = 0.5) on 8³ patches with 2 base filters, seed 3, one
 * CPU thread, and a second study file {@code sensitivity.segsense} (same cases, no model) to add the networks to.
 */
public final class TinyAugmentationProjects {

	private TinyAugmentationProjects() {
	}

	/** Writes the project into {@code dir}; returns {@code study.segsense}. */
	public static Path project(Path dir, int iterations) throws Exception {
		Files.createDirectories(dir.resolve("data"));
		SyntheticProjects.writeTrainingCase(dir, "c1", 1);
		SyntheticProjects.writeTrainingCase(dir, "c2", 2);
		String settings = "<training iterations=\"" + iterations + "\" patchSize=\"8\" batchSize=\"1\" baseFilters=\"2\" depth=\"1\"/>";
		String cases = """
				  <cases id="c1">
				    <channels name="t1" path="data/c1.nii.gz"/>
				    <labelImage path="data/c1_label.nii.gz"/>
				  </cases>
				  <cases id="c2">
				    <channels name="t1" path="data/c2.nii.gz"/>
				    <labelImage path="data/c2_label.nii.gz"/>
				  </cases>
				""";
		String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<segsense:Study xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:segsense=\"http://segsense.org/model/study/1.0\"";
		Path file = dir.resolve("study.segsense");
		Files.writeString(file, head + " id=\"tiny\" name=\"Tiny\" seed=\"7\">\n" + cases + """
				  <augmentationStudies id="aug" name="Tiny augmentation study">
				    <variants id="plain" name="Plain" architecture="unet" seed="3">%1$s</variants>
				    <variants id="shifted" name="Shifted" architecture="unet" seed="3">%1$s
				      <augmentation>
				        <steps perturbationType="intensity-shift" probability="0.5"><ranges name="shift" minimum="-0.5" maximum="0.5"/></steps>
				      </augmentation>
				    </variants>
				  </augmentationStudies>
				  <metrics id="dice" metricType="dice"/>
				  <execution threads="1" device="cpu"/>
				</segsense:Study>
				""".formatted(settings));
		Files.writeString(dir.resolve("sensitivity.segsense"), head + " id=\"sens\" name=\"Sensitivity\" seed=\"7\">\n" + cases + """
				  <metrics id="dice" metricType="dice"/>
				</segsense:Study>
				""");
		return file;
	}
}
