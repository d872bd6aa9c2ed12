// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.study;

import org.osgi.service.component.annotations.Component;
import org.segsense.engine.store.JobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segsense.engine.Job;
import org.segsense.engine.PluginProvenance;
import org.segsense.engine.StudyChecks;
import org.segsense.engine.StudyPlan;
import org.segsense.engine.StudyRunException;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.ResultStore;
import org.segsense.model.ModelVariant;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.model.io.StudySaveException;
import org.segsense.workflows.WorkflowException;

/** The study service over the model's {@link StudyResources} and the engine's checks and plan. */
@Component(service = StudyService.class)
public final class StudyServiceImpl implements StudyService {

	public StudyServiceImpl() {
	}

	@Override
	public Created create(Path file, String id, boolean force) {
		Path target = file.toAbsolutePath().normalize();
		if (Files.exists(target) && !force) {
			throw WorkflowException.badInput(target + " already exists. Choose another file name, or pass --force to replace it.");
		}
		if (Files.isDirectory(target)) {
			throw WorkflowException.badInput(target + " is a folder. Give the path of the study file to create, e.g. "
					+ target.resolve("study.segsense") + ".");
		}
		Study study = StudyResources.newStudy(id != null ? id : defaultId(target));
		Path folder = target.getParent();
		try {
			if (folder != null && !Files.isDirectory(folder)) {
				Files.createDirectories(folder);
			}
		} catch (IOException e) {
			throw WorkflowException.failure("Cannot create the folder " + folder + " for " + target + ": " + e.getClass().getSimpleName() + " ("
					+ e.getMessage() + "). Choose a folder you can write to.", e);
		}
		try {
			StudyResources.save(study, target);
		} catch (StudySaveException e) {
			throw WorkflowException.failure(e.getMessage() + " Choose a folder you can write to.", e);
		}
		return new Created(target, study);
	}

	/** The file name without extension, reduced to the characters study ids allow. */
	static String defaultId(Path file) {
		String name = file.getFileName().toString();
		int dot = name.indexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String cleaned = stem.replaceAll("[^A-Za-z0-9_.-]", "-");
		return cleaned.isEmpty() || !Character.isLetterOrDigit(cleaned.charAt(0)) ? "study" + cleaned : cleaned;
	}

	@Override
	public Study load(Path file) {
		try {
			return StudyResources.load(file.toAbsolutePath().normalize());
		} catch (StudyLoadException e) {
			throw WorkflowException.badInput(e.getMessage(), e);
		}
	}

	@Override
	public Validation validate(Path file, Path project) {
		Path studyFile = file.toAbsolutePath().normalize();
		Study study = load(studyFile);
		Path projectDir = project != null ? project.toAbsolutePath().normalize() : studyFile.getParent();
		if (!Files.isDirectory(projectDir)) {
			throw WorkflowException.badInput("the project folder " + projectDir + " does not exist. Pass --project with "
					+ "the folder the study's relative paths refer to.");
		}
		// everything 'segsense run' checks before its first job: installed perturbations and metrics, files,
		// sizes, tiles against the model's margin; files outside the project are warnings (run refuses them)
		// (a run folder's copy also names the plug-ins its run recorded that are missing now)
		return new Validation(studyFile, projectDir, StudyChecks.problems(study, projectDir, PluginProvenance.recordedFor(studyFile, null)));
	}

	@Override
	public void save(Study study, Path file) {
		try {
			StudyResources.save(study, file.toAbsolutePath().normalize());
		} catch (StudySaveException e) {
			throw WorkflowException.failure(e.getMessage() + " Choose a folder you can write to.", e);
		}
	}

	@Override
	public StudyPlan expand(Study study) {
		try {
			return StudyPlan.expand(study);
		} catch (StudyRunException e) {
			throw WorkflowException.of(e);
		}
	}

	@Override
	public long countJobs(Study study) {
		return expand(study).jobs().size();
	}

	@Override
	public Estimate estimate(Study study, Map<String, Double> secondsPerInference, int workers) {
		if (workers < 1) {
			throw WorkflowException.badInput("The estimate needs at least one worker, not " + workers + ".");
		}
		Map<String, Long> perVariant = new LinkedHashMap<>();
		for (ModelVariant v : study.getModelVariants()) {
			perVariant.put(v.getId(), 0L);
		}
		List<Job> jobs = expand(study).jobs();
		for (Job j : jobs) {
			perVariant.merge(j.variantId(), 1L, Long::sum);
		}
		double total = 0;
		List<String> unmeasured = new ArrayList<>();
		Map<String, Double> used = new LinkedHashMap<>();
		for (Map.Entry<String, Long> e : perVariant.entrySet()) {
			Double t = secondsPerInference.get(e.getKey());
			if (t == null || !(t >= 0) || Double.isInfinite(t)) {
				unmeasured.add(e.getKey());
			} else {
				used.put(e.getKey(), t);
				total += e.getValue() * t;
			}
		}
		return new Estimate(jobs.size(), perVariant, used, workers, total / workers, unmeasured);
	}

	@Override
	public Map<String, Double> measuredInferenceSeconds(Path runDir) {
		Path store = runDir.toAbsolutePath().normalize().resolve(ResultStore.FILE);
		if (!Files.isRegularFile(store)) {
			throw WorkflowException.badInput(runDir + " is not a run folder (it has no " + ResultStore.FILE
					+ "); give the folder 'segsense run --out' wrote.");
		}
		Map<String, double[]> sums = new LinkedHashMap<>();
		try (ResultStore s = ResultStore.open(store)) {
			for (JobRecord j : s.jobs()) {
				if (j.status() == JobStatus.DONE && j.timings() != null) {
					double[] a = sums.computeIfAbsent(j.variant(), k -> new double[2]);
					a[0] += j.timings().inference() / 1000.0;
					a[1]++;
				}
			}
		} catch (SQLException e) {
			throw WorkflowException.failure("Cannot read " + store + ": " + e.getMessage(), e);
		}
		Map<String, Double> mean = new LinkedHashMap<>();
		sums.forEach((v, a) -> mean.put(v, a[0] / a[1]));
		return mean;
	}
}
