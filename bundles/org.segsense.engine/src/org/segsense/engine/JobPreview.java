// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.List;

import org.segsense.image.Image;
import org.segsense.model.Study;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.Seeds;

/**
 * What a job sees before inference — its perturbed channels, the case's ROI and label map moved with them —
 * computed by the run's own stages ({@link JobPipeline}: "load case" and "perturb", with the job's seed), so a
 * preview is exactly the network's input of that job. Nothing is inferred or written.
 *
 * <p>The job of (case, variant, axis, value) is the one-axis job of that axis at that value, its seed
 * {@code Seeds.derive(study seed, job key)} as in {@link StudyPlan}: for a one-at-a-time design it is a job of the
 * run; for a factorial design (whose jobs combine every axis) and for values outside the sweep it is the job a
 * one-at-a-time run would compute. A null axis gives the baseline (the channels as read).
 */
public final class JobPreview {

	/**
	 * The perturbed input of one job.
	 *
	 * @param jobKey the job's key (as in jobs.csv)
	 * @param seed the job's seed
	 * @param channels the perturbed channels, in the study's order (the network's input before normalisation)
	 * @param roi the case's ROI on the perturbed grid (uint8, 1 inside), or null when the case has none
	 * @param labels the case's label image on the perturbed grid (nearest neighbour), or null when it has none
	 * @param moved whether a perturbation moved the image (else ROI and labels are the case's own)
	 */
	public record Images(String jobKey, long seed, List<Image> channels, Image roi, Image labels, boolean moved) {
	}

	private JobPreview() {
	}

	/**
	 * @param study a valid study ({@link StudyRunner#loadValid})
	 * @param project the folder its relative paths refer to
	 * @param caseId a case of the study
	 * @param variantId a model variant of the study (the job seed depends on it), or null for the first
	 * @param axisId an axis of the study, or null for the baseline
	 * @param value the swept parameter's value (ignored for the baseline)
	 * @param perturbations the perturbation catalogue the run uses
	 * @throws StudyRunException (bad input) for an unknown case, variant or axis; (failure) when the case cannot
	 *         be read or a perturbation fails
	 */
	public static Images compute(Study study, Path project, String caseId, String variantId, String axisId, double value,
			PerturbationCatalog perturbations) throws StudyRunException {
		Job job = job(study, caseId, variantId, axisId, value);
		JobPipeline pipeline = new JobPipeline(study, project, null, 1, perturbations, null);
		try {
			CaseData cd = pipeline.caseData(caseId);
			Timings t = new Timings();
			JobPipeline.Perturbed p = pipeline.perturb(new JobPipeline.Loaded(job, cd, cd.labels()), t);
			Image grid = p.channels().get(0);
			Image roi = p.movedRoi() == null ? null : Image.ofUInt8(grid.geometry(), p.movedRoi());
			Image labels = cd.labels() == null ? null : JobPipeline.moved(cd.labels(), p, grid.geometry());
			return new Images(job.key(), job.seed(), p.channels(), roi, labels, p.toOriginal() != null);
		} catch (StudyRunException e) {
			throw e;
		} catch (Exception e) {
			throw StudyRunException.failure("The preview of job '" + job.key() + "' failed: " + Failures.message(e), e);
		}
	}

	/** The one-axis job of (case, variant, axis, value) with its key and seed as {@link StudyPlan} makes them. */
	static Job job(Study study, String caseId, String variantId, String axisId, double value) throws StudyRunException {
		if (study.getCases().stream().noneMatch(c -> c.getId().equals(caseId))) {
			throw StudyRunException.badInput("The study has no case '" + caseId + "'; give one of its case ids.");
		}
		String variant = variantId;
		if (variant == null) {
			if (study.getModelVariants().isEmpty()) {
				throw StudyRunException.badInput("The study has no model variant; add one before previewing its jobs.");
			}
			variant = study.getModelVariants().get(0).getId();
		} else if (study.getModelVariants().stream().noneMatch(v -> v.getId().equals(variantId))) {
			throw StudyRunException.badInput("The study has no model variant '" + variantId + "'; give one of its variant ids.");
		}
		List<JobSetting> settings = List.of();
		if (axisId != null) {
			JobSetting template = null;
			for (Job j : StudyPlan.expand(study).jobs()) {
				for (JobSetting s : j.settings()) {
					if (s.axisId().equals(axisId)) {
						template = s;
						break;
					}
				}
				if (template != null) {
					break;
				}
			}
			if (template == null) {
				throw StudyRunException.badInput("The study's design has no axis '" + axisId + "'; give one of the axes it sweeps.");
			}
			settings = List.of(new JobSetting(axisId, template.perturbationType(), template.parameter(), value, template.fixed()));
		}
		String key = JobKeys.of(caseId, variant, settings);
		return new Job(-1, key, caseId, variant, settings, Seeds.derive(study.getSeed(), key));
	}
}
