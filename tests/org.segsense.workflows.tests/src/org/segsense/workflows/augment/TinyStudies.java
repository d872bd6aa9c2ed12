// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import java.nio.file.Files;
import java.nio.file.Path;

import org.segsense.testing.studies.SyntheticProjects;

/**
 * Tiny synthetic augmentation studies: two 16³ cases (a bright ellipsoid, label 1, in Gaussian noise) and a study
 * file with an augmentation study "aug" of two U-Net variants ("plain": no augmentation; "shifted": a catalogue
 * intensity shift) trained 3 iterations on 8³ patches with seeds 3 and 4.
 */
final class TinyStudies {

	private TinyStudies() {
	}

	static final String VARIANT_SETTINGS = "<training iterations=\"3\" patchSize=\"8\" batchSize=\"1\" baseFilters=\"2\" depth=\"1\"/>";

	/** Writes the cases and {@code study.segsense} with the given augmentation-study XML; returns the study file. */
	static Path project(Path dir, String augmentationStudies) throws Exception {
		Files.createDirectories(dir.resolve("data"));
		SyntheticProjects.writeTrainingCase(dir, "c1", 1);
		SyntheticProjects.writeTrainingCase(dir, "c2", 2);
		Path file = dir.resolve("study.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<!-- a comment the user wrote -->
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="http://segsense.org/model/study/1.0" id="tiny" name="Tiny" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="data/c1.nii.gz"/>
				    <labelImage path="data/c1_label.nii.gz"/>
				  </cases>
				  <cases id="c2">
				    <channels name="t1" path="data/c2.nii.gz"/>
				    <labelImage path="data/c2_label.nii.gz"/>
				  </cases>
				  <modelVariants id="external" name="A network trained elsewhere"><savedModel path="models/external"/><labels value="1" name="ellipsoid"/></modelVariants>
				%s
				  <metrics id="dice" metricType="dice"/>
				</segsense:Study>
				""".formatted(augmentationStudies));
		return file;
	}

	/** The default study: variants plain and shifted, seeds 3 and 4. */
	static String twoVariants(String architecture) {
		return """
				  <augmentationStudies id="aug" name="Tiny augmentation study">
				    <variants id="plain" name="Plain" architecture="%1$s" seed="3">%2$s</variants>
				    <variants id="shifted" name="Shifted" architecture="%1$s" seed="3">%2$s
				      <augmentation>
				        <steps perturbationType="intensity-shift" probability="0.5"><ranges name="shift" minimum="-0.5" maximum="0.5"/></steps>
				      </augmentation>
				    </variants>
				    <seeds>3</seeds>
				    <seeds>4</seeds>
				  </augmentationStudies>
				""".formatted(architecture, VARIANT_SETTINGS);
	}
}
