// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.PluginProvenance;
import org.segsense.report.analysis.Analysis;
import org.segsense.report.analysis.Findings;
import org.segsense.report.analysis.RunData;
import org.segsense.report.render.Charts;
import org.segsense.report.render.Html;

/**
 * Writes the HTML report of a run folder: one {@code index.html} (inline CSS) with its charts and
 * montages in {@code assets/} beside it. The sections come from the extension point
 * {@value ReportSections#EXTENSION_POINT}, ordered by their {@code order}; a section that fails is
 * replaced by its error message and the report is still written.
 * <p>
 * Progress: a unit for loading, for analysing, per section and for writing; cancellation is checked
 * between them (and inside a section that checks its {@link SectionContext#monitor()}). A cancelled report
 * throws {@link OperationCanceledException} and leaves no {@code index.html} (an earlier one would point
 * at assets that were cleared); the run folder is only read.
 */
public final class ReportGenerator {

	/** The report's file name. */
	public static final String INDEX = "index.html";
	/** The default report folder inside a run folder. */
	public static final String DEFAULT_FOLDER = "report";

	private ReportGenerator() {
	}

	/** {@link #generate(Path, ReportOptions, IProgressMonitor, ReportEvents)} without events. */
	public static ReportResult generate(Path runDir, ReportOptions options, IProgressMonitor monitor) throws ReportException {
		return generate(runDir, options, monitor, null);
	}

	/**
	 * Writes RUN/report/index.html (or options.outputDir()/index.html) with its assets.
	 *
	 * @param runDir the run folder
	 * @param options where and what; null = {@link ReportOptions#defaults()}
	 * @param monitor progress (the phase as sub-task) and cancellation; null = none
	 * @param events warnings; null = none
	 * @return where it is and the summary
	 * @throws ReportException (bad input) for a folder that is not a readable run; (failure) when the report cannot be written
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public static ReportResult generate(Path runDir, ReportOptions options, IProgressMonitor monitor, ReportEvents events) throws ReportException {
		SubMonitor sub = SubMonitor.convert(monitor, "Report of " + runDir.getFileName(), 4);
		try {
			return write(runDir, options == null ? ReportOptions.defaults() : options, sub, events == null ? ReportEvents.NONE : events);
		} finally {
			sub.done();
		}
	}

	private static ReportResult write(Path runDir, ReportOptions o, SubMonitor sub, ReportEvents p) throws ReportException {
		Charts.ensureHeadless();
		sub.split(1).subTask("loading " + runDir);
		RunData run = RunData.load(runDir);
		sub.split(1).subTask("analysing " + run.doneJobs() + " job(s)");
		Analysis analysis = Analysis.of(run);
		List<String> summary = Findings.of(analysis);
		sub.checkCanceled();
		Path out = (o.outputDir() != null ? o.outputDir() : run.runDir().resolve(DEFAULT_FOLDER)).toAbsolutePath().normalize();
		try {
			Files.createDirectories(out);
		} catch (IOException e) {
			throw ReportException.failure("Cannot create the report folder " + out + " (" + e.getMessage() + "); choose another with --out.", e);
		}
		try {
			clearAssets(out.resolve(SectionContext.ASSETS));
			Files.deleteIfExists(out.resolve(INDEX)); // it would point at the cleared assets
		} catch (IOException e) {
			throw ReportException.failure("Cannot clear " + out.resolve(SectionContext.ASSETS) + " (" + e.getMessage() + "); choose another folder with --out.", e);
		}
		List<String> problems = new ArrayList<>();
		List<ReportSections.Descriptor> sections = ReportSections.installed(problems);
		problems.forEach(p::warning);
		if (sections.isEmpty()) {
			p.warning("no report sections are installed (extension point " + ReportSections.EXTENSION_POINT + "); the report holds the summary only");
		}
		SubMonitor sectionsWork = sub.split(1).setWorkRemaining(Math.max(1, sections.size()));
		StringBuilder body = new StringBuilder();
		StringBuilder toc = new StringBuilder();
		Map<String, String> plugins = new TreeMap<>(); // contributor → version and checksum, printed in the header
		for (ReportSections.Descriptor d : sections) {
			sectionsWork.checkCanceled(); // split alone checks only every few trivially small units
			SubMonitor sectionWork = sectionsWork.split(1);
			sectionWork.subTask("section: " + d.name());
			String fragment;
			try {
				fragment = d.section().render(new SectionContext(d.id(), run, analysis, summary, o, out, sectionWork, p));
			} catch (OperationCanceledException e) {
				throw e;
			} catch (Exception | LinkageError e) {
				p.warning("section '" + d.id() + "' of " + d.contributor() + " failed: " + e);
				fragment = "<p class=\"error\">This section could not be made: " + Html.esc(String.valueOf(e.getMessage() == null ? e : e.getMessage()))
						+ "</p>";
			}
			if (fragment == null) {
				continue;
			}
			String plugin = plugins.computeIfAbsent(d.contributor(), c -> c + " " + PluginProvenance.describeBundle(c));
			String anchor = "sec-" + SectionContext.safeName(d.id());
			toc.append("<li><a href=\"#").append(anchor).append("\">").append(Html.esc(d.name())).append("</a></li>");
			body.append("<section id=\"").append(anchor).append("\" data-section=\"").append(Html.esc(d.id())).append("\" data-plugin=\"")
					.append(Html.esc(plugin)).append("\">\n<h2>")
					.append(Html.esc(d.name())).append("</h2>\n").append(fragment).append("\n</section>\n");
		}
		if (sections.isEmpty()) {
			body.append("<section id=\"sec-summary\"><h2>Summary</h2><ul>");
			summary.forEach(s -> body.append("<li>").append(Html.esc(s)).append("</li>"));
			body.append("</ul></section>");
		}
		Path index = out.resolve(INDEX);
		sub.split(1).subTask("writing " + index);
		String title = "SegSense report: " + run.study().getId();
		String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Html.esc(title) + "</title>\n<style>\n" + CSS
				+ "</style>\n</head>\n<body>\n<header><h1>" + Html.esc(title) + "</h1>\n<p class=\"meta\">Run folder " + Html.esc(run.runDir().toString())
				+ " · report written " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "</p>\n"
				+ (plugins.isEmpty() ? "" : "<p class=\"meta\">Sections by " + Html.esc(String.join("; ", plugins.values())) + "</p>\n") + "<nav><ol>" + toc + "</ol></nav></header>\n<main>\n" + body
				+ "</main>\n</body>\n</html>\n";
		try {
			Files.writeString(index, html, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw ReportException.failure("Cannot write " + index + " (" + e.getMessage() + "); choose another folder with --out.", e);
		}
		return new ReportResult(index, summary);
	}

	/** The assets folder belongs to the report: files of an earlier report (e.g. montages now left out) must not linger. */
	private static void clearAssets(Path assets) throws IOException {
		if (!Files.isDirectory(assets)) {
			return;
		}
		try (var files = Files.list(assets)) {
			for (Path f : files.toList()) {
				if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.delete(f);
				}
			}
		}
	}

	private static final String CSS = """
			body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1240px; padding: 0 1.5em 3em; color: #222; line-height: 1.45; }
			header { border-bottom: 2px solid #1f77b4; margin-bottom: 1em; }
			h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; } h3 { margin-top: 1.4em; }
			.meta { color: #666; font-size: 0.9em; }
			nav ol { columns: 3; font-size: 0.95em; }
			table { border-collapse: collapse; margin: 0.6em 0 1.2em; font-size: 0.9em; }
			th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
			th { background: #f0f4f8; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
			td.undefined { color: #999; } tr.significant td { background: #fff6e0; }
			.charts { display: flex; flex-wrap: wrap; gap: 1em; } .charts figure { margin: 0; } .charts img { border: 1px solid #eee; }
			figcaption { font-size: 0.85em; color: #555; max-width: 560px; }
			.warning { background: #fff3cd; border-left: 4px solid #e0a800; padding: 0.6em 1em; }
			.error { background: #fde2e1; border-left: 4px solid #c00; padding: 0.6em 1em; }
			.note { color: #555; font-size: 0.9em; }
			.summary li { margin-bottom: 0.3em; }
			img.montage { image-rendering: pixelated; border: 1px solid #ddd; }
			""";
}
