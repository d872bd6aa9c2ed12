package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.report.ReportEvents;
import org.segsense.report.ReportException;
import org.segsense.report.ReportGenerator;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportResult;

/** The report step of {@code segsense demo}: the HTML report of a run folder, its summary on the log. */
final class DemoReport {

	private DemoReport() {
	}

	/**
	 * @param runDir a completed run folder
	 * @param log progress lines and the report's summary sentences
	 * @return the report's index.html
	 */
	static Optional<Path> generate(Path runDir, PrintWriter log) {
		ReportEvents warnings = new ReportEvents() {
			@Override
			public void warning(String text) {
				log.println("demo: report: warning: " + text);
				log.flush();
			}
		};
		try {
			ReportResult r = ReportGenerator.generate(runDir, ReportOptions.defaults(), new PhaseMonitor(log, "demo: report: "), warnings);
			r.summary().forEach(line -> log.println("demo:   " + line));
			log.flush();
			return Optional.of(r.indexHtml());
		} catch (ReportException e) {
			throw new CliException(ExitCodes.FAILURE, "the report of " + runDir + " failed: " + e.getMessage(), e);
		}
	}
}
