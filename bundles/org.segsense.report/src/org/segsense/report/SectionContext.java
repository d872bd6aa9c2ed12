// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.RunData;

/**
 * What a {@link ReportSection} works with. Charts: {@link org.segsense.report.render.Charts}; HTML helpers:
 * {@link org.segsense.report.render.Html}.
 */
public final class SectionContext {

	/** The folder, next to index.html, that holds every asset (SVG charts, PNG montages). */
	public static final String ASSETS = "assets";

	private final String sectionId;
	private final RunData run;
	private final Analysis analysis;
	private final List<String> summary;
	private final ReportOptions options;
	private final Path outputDir;
	private final SubMonitor monitor;
	private final ReportEvents events;

	SectionContext(String sectionId, RunData run, Analysis analysis, List<String> summary, ReportOptions options, Path outputDir,
			SubMonitor monitor, ReportEvents events) {
		this.sectionId = sectionId;
		this.run = run;
		this.analysis = analysis;
		this.summary = summary;
		this.options = options;
		this.outputDir = outputDir;
		this.monitor = monitor;
		this.events = events;
	}

	/** @return the id of the section being rendered */
	public String sectionId() {
		return sectionId;
	}

	/** @return the run's data */
	public RunData run() {
		return run;
	}

	/** @return the numbers (curves, tolerance ranges, comparisons) */
	public Analysis analysis() {
		return analysis;
	}

	/** @return the plain-language findings ({@link org.segsense.report.analysis.Findings}) */
	public List<String> summary() {
		return summary;
	}

	/** @return the report options */
	public ReportOptions options() {
		return options;
	}

	/** @return the folder of index.html */
	public Path outputDir() {
		return outputDir;
	}

	/**
	 * @return the section's share of the report's monitor: its sub-task, its work (set it with
	 *         {@link SubMonitor#setWorkRemaining}) and cancellation (a long section calls
	 *         {@link SubMonitor#checkCanceled} or {@link SubMonitor#split} between its units)
	 */
	public SubMonitor monitor() {
		return monitor;
	}

	/** @return where warnings go */
	public ReportEvents events() {
		return events;
	}

	/**
	 * Writes an asset.
	 *
	 * @param fileName a plain file name (letters, digits, '-', '_', '.'); prefix it with the section id to stay unique
	 * @param bytes its content
	 * @return the href to use in the HTML (relative to index.html)
	 * @throws IOException when it cannot be written
	 */
	public String writeAsset(String fileName, byte[] bytes) throws IOException {
		if (!fileName.matches("[A-Za-z0-9._-]+") || fileName.startsWith(".")) {
			throw new IllegalArgumentException("Asset names are plain file names, not '" + fileName + "'.");
		}
		Path dir = outputDir.resolve(ASSETS);
		Files.createDirectories(dir);
		Files.write(dir.resolve(fileName), bytes);
		return ASSETS + "/" + fileName;
	}

	/** @return the href of an SVG document written as an asset */
	public String writeSvg(String fileName, String svg) throws IOException {
		return writeAsset(fileName, svg.getBytes(StandardCharsets.UTF_8));
	}

	/** @return a file-name-safe form of any text (ids of axes, metrics, variants) */
	public static String safeName(String text) {
		return text.replaceAll("[^A-Za-z0-9_-]+", "_");
	}
}
