// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing.studies;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Study files over {@link SyntheticProjects#project}: cases c1, c2 ({@code images/ID.nii.gz} with
 * {@code images/ID_label.nii.gz}, optionally {@code images/ID_roi.nii.gz}), variants tight and wide (box
 * models), and by default the three axes scale (intensity-scale factor 0.8, 1.2), rot (rotation rz 0, 10)
 * and noise (gaussian-noise sigma 0.5) in a one-at-a-time design against the ground truth, metrics dice
 * and jaccard, two CPU threads: 2 × 2 × (1 + 2 + 2 + 1) = {@value #JOBS} jobs. Every part can be replaced:
 *
 * <pre>
 * Path file = SyntheticStudies.study("tiny").reference(SyntheticStudies.MAJORITY).metrics(SyntheticStudies.DICE).write(project);
 * </pre>
 */
public final class SyntheticStudies {

	public static final String NS = "http://segsense.org/model/study/1.0";
	/** Jobs of the default study: cases × variants × (baseline + swept values). */
	public static final int JOBS = 2 * 2 * (1 + 2 + 2 + 1);

	/** The default axes: scale (intensity-scale 0.8, 1.2), rot (rotation rz 0, 10), noise (gaussian-noise sigma 0.5). */
	public static final String THREE_AXES = """
			  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
			    <sweep xsi:type="segsense:ExplicitSweep" values="0.8 1.2"/>
			  </axes>
			  <axes id="rot" perturbationType="rotation" sweptParameter="rz">
			    <sweep xsi:type="segsense:ExplicitSweep" values="0 10"/>
			  </axes>
			  <axes id="noise" perturbationType="gaussian-noise" sweptParameter="sigma">
			    <sweep xsi:type="segsense:ExplicitSweep" values="0.5"/>
			  </axes>
			""";
	/** The default variants: tight and wide (box models {@code models/tight}, {@code models/wide}). */
	public static final String VARIANTS = """
			  <modelVariants id="tight"><savedModel path="models/tight"/></modelVariants>
			  <modelVariants id="wide"><savedModel path="models/wide"/></modelVariants>
			""";
	public static final String OAT = "<design xsi:type=\"segsense:OneAtATimeDesign\"/>";
	public static final String GROUND_TRUTH = "<reference xsi:type=\"segsense:GroundTruthReference\"/>";
	public static final String MAJORITY = "<reference xsi:type=\"segsense:MajorityVoteReference\" raters=\"//@modelVariants.0 //@modelVariants.1\"/>";
	public static final String BINARY_STAPLE = "<reference xsi:type=\"segsense:BinaryStapleReference\" raters=\"//@modelVariants.0 //@modelVariants.1\"/>";
	public static final String STAPLE = "<reference xsi:type=\"segsense:MultiLabelStapleReference\" raters=\"//@modelVariants.0 //@modelVariants.1\"/>";
	public static final String DICE_JACCARD = "<metrics id=\"dice\" metricType=\"dice\"/>\n  <metrics id=\"jaccard\" metricType=\"jaccard\"/>";
	/** dice, hd95, nsd (τ 1 mm) and jaccard. */
	public static final String FOUR_METRICS = "<metrics id=\"dice\" metricType=\"dice\"/>\n  <metrics id=\"hd95\" metricType=\"hd95\"/>\n"
			+ "  <metrics id=\"nsd1\" metricType=\"nsd\"><parameters name=\"tolerance\" value=\"1\"/></metrics>\n"
			+ "  <metrics id=\"jaccard\" metricType=\"jaccard\"/>";

	private SyntheticStudies() {
	}

	/** @return a builder of the default study with the given id (also its file name: {@code ID.segsense}) */
	public static Builder study(String id) {
		return new Builder(id);
	}

	/** One axis scale: intensity-scale factor over {@code steps} values from 0.5 to 1.5 (a range sweep). */
	public static String scaleRange(int steps) {
		return """
				  <axes id="scale" perturbationType="intensity-scale" sweptParameter="factor">
				    <sweep xsi:type="segsense:RangeSweep" start="0.5" stop="1.5" steps="%d"/>
				  </axes>
				""".formatted(steps);
	}

	/** A study file under construction; every setter returns this builder. */
	public static final class Builder {
		private final String id;
		private String fileName;
		private long seed = 7;
		private String attributes = "";
		private boolean roi;
		private String variants = VARIANTS;
		private String axes = THREE_AXES;
		private String design = OAT;
		private String reference = GROUND_TRUTH;
		private String metrics = DICE_JACCARD;
		private int threads = 2;

		private Builder(String id) {
			this.id = id;
			this.fileName = id + ".segsense";
		}

		public Builder fileName(String name) {
			this.fileName = name;
			return this;
		}

		public Builder seed(long s) {
			this.seed = s;
			return this;
		}

		/** Extra attributes of the Study element, e.g. {@code name="A study"}. */
		public Builder attributes(String a) {
			this.attributes = a;
			return this;
		}

		/** Each case gets {@code images/ID_roi.nii.gz} as its ROI mask (write them with {@link SyntheticProjects#roiMasks}). */
		public Builder roiMasks() {
			this.roi = true;
			return this;
		}

		public Builder variants(String xml) {
			this.variants = xml;
			return this;
		}

		public Builder axes(String xml) {
			this.axes = xml;
			return this;
		}

		public Builder design(String xml) {
			this.design = xml;
			return this;
		}

		public Builder reference(String xml) {
			this.reference = xml;
			return this;
		}

		public Builder metrics(String xml) {
			this.metrics = xml;
			return this;
		}

		public Builder threads(int n) {
			this.threads = n;
			return this;
		}

		/** @return the study's XMI text */
		public String xml() {
			StringBuilder cases = new StringBuilder();
			for (String c : new String[] { "c1", "c2" }) {
				cases.append("  <cases id=\"").append(c).append("\">\n")
						.append("    <channels name=\"t1\" path=\"images/").append(c).append(".nii.gz\"/>\n")
						.append("    <labelImage path=\"images/").append(c).append("_label.nii.gz\"/>\n");
				if (roi) {
					cases.append("    <roiMask path=\"images/").append(c).append("_roi.nii.gz\"/>\n");
				}
				cases.append("  </cases>\n");
			}
			return """
					<?xml version="1.0" encoding="UTF-8"?>
					<segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
					xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:segsense="%s" id="%s" seed="%d" %s>
					%s%s%s  %s
					  %s
					  %s
					  <execution threads="%d" device="cpu"/>
					</segsense:Study>
					""".formatted(NS, id, seed, attributes, cases, variants, axes, design, reference, metrics, threads);
		}

		/** Writes {@code project/ID.segsense} (or the {@link #fileName}); @return the file */
		public Path write(Path project) throws Exception {
			Path file = project.resolve(fileName);
			Files.writeString(file, xml(), StandardCharsets.UTF_8);
			return file;
		}
	}
}
