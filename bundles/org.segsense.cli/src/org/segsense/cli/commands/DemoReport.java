package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The report step of {@code segsense demo}, kept in one place: it will call the HTML report of
 * {@code org.segsense.report} ({@code ReportGenerator.generate(runDir, ReportOptions.defaults(), progress)})
 * once that bundle provides it. Until then there is no report and the demo names the run folder instead.
 */
final class DemoReport {

	private DemoReport() {
	}

	/**
	 * @param runDir a completed run folder
	 * @param log progress lines
	 * @return the report's index.html, or empty when this build has no HTML report
	 */
	static Optional<Path> generate(Path runDir, PrintWriter log) {
		return Optional.empty();
	}
}
