// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.segsense.testing.studies.SyntheticProjects;


/** Study files for the engine tests over {@link SyntheticProjects}' ellipsoid cases and box models. */
final class TestStudies {

	static final String NS = "http://segsense.org/model/study/1.0";
	static final int N = SyntheticProjects.N;

	private TestStudies() {
	}

	static Path boxModel(Path dir, float bias) throws Exception {
		return SyntheticProjects.boxModel(dir, bias);
	}

	static void writeCase(Path project, String id, long seed) throws Exception {
		SyntheticProjects.writeCase(project, id, seed);
	}

	static Path project(Path dir) throws Exception {
		return SyntheticProjects.project(dir);
	}

	/**
	 * A study over the project: axes scale (intensity-scale factor 0.8, 1.2), rot (rotation rz 0, 10),
	 * noise (gaussian-noise sigma 0.5); metrics dice, hd95, nsd (τ 1 mm), jaccard.
	 *
	 * @param design e.g. {@code <design xsi:type="segsense:OneAtATimeDesign"/>}
	 * @param reference e.g. {@code <reference xsi:type="segsense:GroundTruthReference"/>}
	 * @param attributes extra attributes of the Study element
	 */
	static Path study(Path project, String name, String design, String reference, String attributes) throws Exception {
		Path file = project.resolve(name + ".segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="%s" id="%s" seed="7" %s>
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nii.gz"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				  </cases>
				  <cases id="c2">
				    <channels name="t1" path="images/c2.nii.gz"/>
				    <labelImage path="images/c2_label.nii.gz"/>
				  </cases>
				  <modelVariants id="tight"><savedModel path="models/tight"/></modelVariants>
				  <modelVariants id="wide"><savedModel path="models/wide"/></modelVariants>
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.8 1.2"/>
				  </axes>
				  <axes id="rot" perturbationType="rotation" sweptParameter="rz">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0 10"/>
				  </axes>
				  <axes id="noise" perturbationType="gaussian-noise" sweptParameter="sigma">
				    <sweep xsi:type="segsense:ExplicitSweep" values="0.5"/>
				  </axes>
				  %s
				  %s
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="hd95" metricType="hd95"/>
				  <metrics id="nsd1" metricType="nsd"><parameters name="tolerance" value="1"/></metrics>
				  <metrics id="jaccard" metricType="jaccard"/>
				  <execution threads="2" device="cpu"/>
				</segsense:Study>
				""".formatted(NS, name, attributes, design, reference), StandardCharsets.UTF_8);
		return file;
	}

	static final String OAT = "<design xsi:type=\"segsense:OneAtATimeDesign\"/>";
	static final String GROUND_TRUTH = "<reference xsi:type=\"segsense:GroundTruthReference\"/>";
	static final String MAJORITY = "<reference xsi:type=\"segsense:MajorityVoteReference\" raters=\"//@modelVariants.0 //@modelVariants.1\"/>";
	static final String BINARY_STAPLE = "<reference xsi:type=\"segsense:BinaryStapleReference\" raters=\"//@modelVariants.0 //@modelVariants.1\"/>";
	static final String STAPLE = "<reference xsi:type=\"segsense:MultiLabelStapleReference\" raters=\"//@modelVariants.0 //@modelVariants.1\"/>";
}
