// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.study.StudyService;
import org.segsense.workflows.study.StudyServiceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense study new FILE}: writes a starter study with SegSense's defaults. */
@Command(name = "new", description = {
		"Create a starter study.",
		"It has a ground-truth reference, Dice/HD95/NSD(2 mm) metrics, a one-at-a-time design and device "
				+ "auto. Add cases and model variants (workbench or editor), then run 'segsense study validate'." })
public final class StudyNewCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "The study file to create (*.segsense).")
	Path file;

	@Option(names = "--id", paramLabel = "ID", description = "Study id (default: the file name without extension).")
	String id;

	@Option(names = "--force", description = "Overwrite FILE if it exists.")
	boolean force;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		StudyService.Created created;
		try {
			created = new StudyServiceImpl().create(file, id, force);
		} catch (WorkflowException e) {
			throw WorkflowErrors.cli(e);
		}
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", created.file().toString());
			json.put("id", created.study().getId());
			out.println(JsonWriter.write(json));
		} else {
			out.println("Created study '" + created.study().getId() + "' in " + created.file() + ".");
			out.println("Next: add cases and model variants, then run 'segsense study validate " + file + "'.");
		}
		return ExitCodes.OK;
	}
}
