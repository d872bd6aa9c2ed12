package org.segsense.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.cli.output.Json;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.model.io.StudySaveException;

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
	public Integer call() throws IOException {
		Path target = file.toAbsolutePath().normalize();
		if (Files.exists(target) && !force) {
			throw CliException.badInput(target + " already exists. Choose another file name, or pass --force to replace it.");
		}
		if (Files.isDirectory(target)) {
			throw CliException.badInput(target + " is a folder. Give the path of the study file to create, e.g. "
					+ target.resolve("study.segsense") + ".");
		}
		String studyId = id != null ? id : defaultId(target);
		Study study = StudyResources.newStudy(studyId);
		Path folder = target.getParent();
		try {
			if (folder != null && !Files.isDirectory(folder)) {
				Files.createDirectories(folder);
			}
			StudyResources.save(study, target);
		} catch (StudySaveException e) {
			throw new CliException(ExitCodes.FAILURE, e.getMessage() + " Choose a folder you can write to.", e);
		} catch (IOException e) {
			throw new CliException(ExitCodes.FAILURE, "Cannot create the folder " + folder + " for " + target + ": " + e.getClass().getSimpleName()
					+ " (" + e.getMessage() + "). Choose a folder you can write to.", e);
		}
		PrintWriter out = spec.commandLine().getOut();
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", target.toString());
			json.put("id", study.getId());
			out.println(Json.write(json));
		} else {
			out.println("Created study '" + study.getId() + "' in " + target + ".");
			out.println("Next: add cases and model variants, then run 'segsense study validate " + file + "'.");
		}
		return ExitCodes.OK;
	}

	/** The file name without extension, reduced to the characters study ids allow. */
	static String defaultId(Path file) {
		String name = file.getFileName().toString();
		int dot = name.indexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String cleaned = stem.replaceAll("[^A-Za-z0-9_.-]", "-");
		return cleaned.isEmpty() || !Character.isLetterOrDigit(cleaned.charAt(0)) ? "study" + cleaned : cleaned;
	}
}
