// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segsense.metrics.MetricConventions;
import org.segsense.model.FactorialDesign;
import org.segsense.model.RunStatus;
import org.segsense.model.Study;
import org.segsense.model.validation.FileConstraints;
import org.segsense.model.validation.Problem;
import org.segsense.model.validation.StudyValidation;

/** The provenance and meta data a run records when it starts (keys and their order are the run folder's format). */
final class RunProvenance {

	private RunProvenance() {
	}

	/**
	 * @param oldProvenance the provenance of the run being resumed (its start time is kept), or empty
	 * @param existing whether the run is resumed
	 * @param checksums the input checksums ({@link Provenance#checksums})
	 * @param plugins the contributing plug-ins and the study's metric descriptions ({@link PluginProvenance#of})
	 */
	static Map<String, String> atStart(Study study, Path project, Path studyFile, String studySha, RunOptions options, ExecutionPolicy policy,
			Map<String, String> checksums, Map<String, String> plugins, Map<String, String> oldProvenance, boolean existing) {
		Map<String, String> provenance = new LinkedHashMap<>();
		String started = existing && oldProvenance.containsKey("run.started") ? oldProvenance.get("run.started") : Instant.now().toString();
		provenance.put("study.id", study.getId());
		provenance.put("study.file", studyFile.toString());
		provenance.put("study.sha256", studySha);
		provenance.put("study.seed", Long.toString(study.getSeed()));
		provenance.put("study.design", study.getDesign() instanceof FactorialDesign ? "factorial" : "oneAtATime");
		provenance.put("study.reference", ReferenceStrategies.name(study.getReference()));
		provenance.put("study.evaluationSpace", study.getEvaluationSpace().getLiteral());
		provenance.put("project.dir", project.toString());
		if (options.allowOutsideProject()) {
			provenance.put("run.allowOutsideProject", "true");
			provenance.put("run.outsideProject", String.join(" ", outsideProject(study, project)));
		}
		provenance.putAll(checksums);
		provenance.putAll(Provenance.environment());
		provenance.put("device.requested", policy.device().cliName());
		provenance.put("threads.workers", Integer.toString(policy.workers()));
		provenance.put("threads.inference", Integer.toString(policy.inferenceThreads()));
		provenance.put("threads.cpu", Integer.toString(policy.cpuThreads()));
		provenance.put("shard", options.shard().toString());
		provenance.put("seed.study", Long.toString(study.getSeed()));
		provenance.put("metrics.conventions.version", MetricConventions.VERSION);
		provenance.putAll(AggregationProvenance.of(study, project));
		provenance.putAll(plugins); // plugin.BUNDLE.{version,sha256,uses}, metric.ID.{name,unit,…}: PluginProvenance
		provenance.put("run.started", started);
		if (existing) {
			provenance.put("run.resumed", Instant.now().toString());
		}
		return provenance;
	}

	/** @return the store's meta data of a running run */
	static Map<String, String> meta(Study study, Path project, String studySha, Shard shard, int studyJobs, int shardJobs) {
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("study.id", study.getId());
		meta.put("study.sha256", studySha);
		meta.put("project.dir", project.toString());
		meta.put("shard", shard.toString());
		meta.put("jobs.study", Integer.toString(studyJobs));
		meta.put("jobs.shard", Integer.toString(shardJobs));
		meta.put("status", RunStatus.RUNNING.getLiteral());
		return meta;
	}

	/** The files of the study outside the project folder (the warnings of validation), for the provenance. */
	private static List<String> outsideProject(Study study, Path project) {
		List<String> paths = new ArrayList<>();
		for (Problem p : StudyValidation.validate(study, project)) {
			if (FileConstraints.OUTSIDE_PROJECT.equals(p.code())) {
				paths.add(p.path());
			}
		}
		return paths;
	}
}
