// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.report.ReportOptions;
import org.segsense.report.ReportResult;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.report.ReportListener;
import org.segsense.workflows.report.ReportServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense report RUN [--out DIR] [--no-montages] [--montage-values N] [--montage-at AXIS=V,…] [--montage-case ID]}. */
@Command(name = "report", description = {
		"Write the HTML report of a run folder.",
		"Sensitivity curves (mean and 95 %% CI per variant), change from baseline, tolerance ranges, Wilcoxon"
				+ " comparisons of the variants (Holm-corrected), slice montages, STAPLE raters, provenance, and a "
				+ "plain-language summary (printed too). Sections are plug-ins (extension point "
				+ "org.segsense.report.sections)." })
public final class ReportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RUN", description = "The run folder (what 'segsense run STUDY --out DIR' wrote).")
	Path run;

	@Option(names = "--out", paramLabel = "DIR", description = "Folder of index.html and its assets (default: RUN/report).")
	Path out;

	@Option(names = "--no-montages", negatable = false, description = "Leave out the slice montages (they re-run the chosen jobs).")
	boolean noMontages;

	@Option(names = "--montage-values", paramLabel = "N", defaultValue = "" + ReportOptions.DEFAULT_MONTAGE_VALUES,
			description = "Swept values per axis that get a montage, the extremes first (default: ${DEFAULT-VALUE}).")
	int montageValues;

	@Option(names = "--montage-at", paramLabel = "AXIS=V1,V2", description = "Swept values of an axis that get a montage, instead of --montage-values on that axis "
			+ "(repeatable; e.g. --montage-at rotation=-20,20 --montage-at noise=0.3).")
	List<String> montageAt = new ArrayList<>();

	@Option(names = "--montage-case", paramLabel = "ID", description = "The case the montages show (default: the study's first case).")
	String montageCase;

	@Spec
	CommandSpec spec;

	/** @return axis id → values of the --montage-at options */
	private Map<String, List<Double>> montageValuesByAxis() {
		Map<String, List<Double>> m = new LinkedHashMap<>();
		for (String spec : montageAt) {
			int eq = spec.indexOf('=');
			if (eq <= 0 || eq == spec.length() - 1) {
				throw CliException.badInput("--montage-at " + spec + ": write AXIS=V1,V2 (an axis id of the study, then swept values).");
			}
			List<Double> values = m.computeIfAbsent(spec.substring(0, eq).trim(), k -> new ArrayList<>());
			for (String v : spec.substring(eq + 1).split(",")) {
				try {
					values.add(Double.parseDouble(v.trim()));
				} catch (NumberFormatException e) {
					throw CliException.badInput("--montage-at " + spec + ": '" + v + "' is not a number.");
				}
			}
		}
		return m;
	}

	@Override
	public Integer call() {
		if (montageValues < 0) {
			throw CliException.badInput("--montage-values must be 0 or positive, not " + montageValues + ".");
		}
		boolean json = RootCommand.of(spec).json;
		PrintWriter err = spec.commandLine().getErr();
		ReportListener progress = new ReportListener() {
			@Override
			public void phase(String text) {
				if (!json) {
					err.println("report: " + text);
					err.flush();
				}
			}

			@Override
			public void warning(String text) {
				err.println("report: warning: " + text);
				err.flush();
			}
		};
		ReportOptions options = ReportOptions.defaults().withOutputDir(out).withMontages(!noMontages).withMontageValuesPerAxis(montageValues)
				.withMontageAt(montageValuesByAxis()).withMontageCase(montageCase);
		ReportResult r;
		try {
			r = new ReportServiceImpl().generate(run, options, progress, new NullProgressMonitor());
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		}
		PrintWriter o = spec.commandLine().getOut();
		if (json) {
			Map<String, Object> j = new LinkedHashMap<>();
			j.put("report", r.indexHtml().toString());
			j.put("summary", r.summary());
			o.println(JsonWriter.write(j));
		} else {
			for (String s : r.summary()) {
				o.println("  " + s);
			}
			o.println("Report: " + r.indexHtml());
		}
		return ExitCodes.OK;
	}
}
