// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.model.validation.Problem;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.study.StudyService;
import org.segsense.workflows.study.StudyServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense study validate FILE}: loads a study and lists every problem with its object path. */
@Command(name = "validate", description = {
		"Check a study as 'segsense run' does before its first job.",
		"Checks file format and version, unique ids, sweeps and sizes, reference settings, metrics, "
				+ "referenced files (warning for files outside the project, which run refuses) and tiles. Exit 0 when "
				+ "valid (warnings allowed), 2 when the file cannot be read or has errors." })
public final class StudyValidateCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "The study file (*.segsense).")
	Path file;

	@Option(names = "--project", paramLabel = "DIR",
			description = "Folder that relative paths in the study refer to (default: the study file's folder).")
	Path project;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		StudyService.Validation v;
		try {
			v = new StudyServiceImpl().validate(file, project);
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		}
		Path studyFile = v.file();
		List<Problem> problems = v.problems();
		boolean valid = v.valid();
		long errors = v.errors();
		long warnings = v.warnings();
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", studyFile.toString());
			json.put("valid", valid);
			json.put("errors", errors);
			json.put("warnings", warnings);
			json.put("problems", problems.stream().map(p -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
				m.put("path", p.path());
				m.put("message", p.message());
				m.put("code", p.code());
				return m;
			}).toList());
			out.println(JsonWriter.write(json));
		} else {
			for (Problem p : problems) {
				out.println(p.severity().name() + "  " + p.path() + ": " + p.message());
			}
			out.println(studyFile.getFileName() + ": " + (valid ? "valid" : "invalid") + " (" + errors + " error"
					+ (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ")");
		}
		return valid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
	}
}
