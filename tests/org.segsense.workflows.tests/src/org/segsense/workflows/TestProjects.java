// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.studies.SyntheticProjects;

/**
 * A tiny real study for the services' tests over {@link SyntheticProjects}' ellipsoid cases and box models:
 * cases c1, c2 (each with an ROI mask, a box around the centre), variants tight and wide, a one-at-a-time
 * design with the axes scale (intensity-scale factor 0.8, 1.2), rot (rotation rz 0, 10) and noise
 * (gaussian-noise sigma 0.5), metrics dice and jaccard: 2 × 2 × (1 + 2 + 2 + 1) = 24 jobs.
 */
public final class TestProjects {

	public static final String NS = "http://segsense.org/model/study/1.0";
	/** Jobs of {@link #study}: cases × variants × (baseline + swept values). */
	public static final int JOBS = 2 * 2 * (1 + 2 + 2 + 1);

	private TestProjects() {
	}

	/** @return the study file of a new project in {@code dir} */
	public static Path study(Path dir) throws Exception {
		Path project = SyntheticProjects.project(dir);
		int n = SyntheticProjects.N;
		for (String c : new String[] { "c1", "c2" }) {
			Image t1 = ImageIO.read(project.resolve("images/" + c + ".nii.gz"));
			byte[] roi = new byte[n * n * n];
			for (int z = 0, i = 0; z < n; z++) {
				for (int y = 0; y < n; y++) {
					for (int x = 0; x < n; x++, i++) {
						roi[i] = (byte) (x >= 3 && x < n - 3 && y >= 2 && y < n - 4 && z >= 4 && z < n - 2 ? 1 : 0);
					}
				}
			}
			ImageIO.write(Image.ofUInt8(t1.geometry(), roi), project.resolve("images/" + c + "_roi.nii.gz"));
		}
		Path file = project.resolve("study.segsense");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
				xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="%s" id="tiny" seed="7">
				  <cases id="c1">
				    <channels name="t1" path="images/c1.nii.gz"/>
				    <labelImage path="images/c1_label.nii.gz"/>
				    <roiMask path="images/c1_roi.nii.gz"/>
				  </cases>
				  <cases id="c2">
				    <channels name="t1" path="images/c2.nii.gz"/>
				    <labelImage path="images/c2_label.nii.gz"/>
				    <roiMask path="images/c2_roi.nii.gz"/>
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
				  <design xsi:type="segsense:OneAtATimeDesign"/>
				  <reference xsi:type="segsense:GroundTruthReference"/>
				  <metrics id="dice" metricType="dice"/>
				  <metrics id="jaccard" metricType="jaccard"/>
				  <execution threads="2" device="cpu"/>
				</segsense:Study>
				""".formatted(NS), StandardCharsets.UTF_8);
		return file;
	}
}
