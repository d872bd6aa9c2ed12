// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.LabelImages;
import org.segsense.image.io.ImageIO;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampler;
import org.segsense.image.transform.AffineTransform;
import org.segsense.inference.Prediction;
import org.segsense.model.Case;
import org.segsense.model.EvaluationSpace;
import org.segsense.model.Study;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;
import org.segsense.perturb.Seeds;

/**
 * The stages of one job up to its metrics — load case, perturb, infer, reference — each a method from one
 * typed value to the next, timed into the job's {@link Timings}. The run ({@link JobScheduler}) runs them on
 * its thread pools; {@link JobReplay} runs them one after the other on the calling thread. A job's values
 * depend only on the job (its key, seed and inputs).
 */
final class JobPipeline {

	/** After "load case": the case and its reference on the case's grid. */
	record Loaded(Job job, CaseData data, Image reference0) {
	}

	/**
	 * After "perturb": the perturbed channels, the map from their grid to the original one (null when no
	 * perturbation moved the image) and the case's ROI on their grid (null without an ROI).
	 */
	record Perturbed(Loaded loaded, List<Image> channels, AffineTransform toOriginal, byte[] movedRoi) {
	}

	/** After "infer": the network's prediction on the perturbed channels. */
	record Inferred(Perturbed input, Prediction prediction) {
	}

	/**
	 * After "reference": the case's channels, the perturbed channels, the prediction and the reference in
	 * the evaluation space (restricted to the ROI when the case has one), and the reference on the case's grid.
	 */
	record Evaluated(Job job, List<Image> input, List<Image> perturbed, Image predicted, Image reference, Image reference0, String evaluation) {
	}

	private final Study study;
	private final PerturbationCatalog perturbations;
	private final ReferenceStrategy reference;
	private final InferenceWorkers workers;
	private final BoundedCache<String, CaseData> caseCache;
	private final BoundedCache<String, Image> consensusCache;

	/**
	 * @param project the folder the study's relative paths refer to
	 * @param runDir the run folder (its consensus references)
	 * @param cacheSize how many cases (and consensus references) to keep loaded
	 */
	JobPipeline(Study study, Path project, Path runDir, int cacheSize, PerturbationCatalog perturbations, InferenceWorkers workers) {
		this.study = study;
		this.perturbations = perturbations;
		this.reference = ReferenceStrategies.of(study.getReference());
		this.workers = workers;
		Map<String, Case> cases = new java.util.LinkedHashMap<>();
		study.getCases().forEach(c -> cases.put(c.getId(), c));
		org.segsense.backend.ImageBackend backend = org.segsense.backend.ImageBackends.get(ImageBackendChoice.id(study));
		this.caseCache = new BoundedCache<>(cacheSize, id -> CaseData.load(cases.get(id), project, backend));
		this.consensusCache = new BoundedCache<>(cacheSize, id -> ImageIO.read(RunFolders.referenceFile(runDir, id)));
	}

	/** @return the case's data, from the cache */
	CaseData caseData(String caseId) throws Exception {
		return caseCache.get(caseId);
	}

	/** All stages of a job on the calling thread (replay). */
	Evaluated compute(Job job) throws Exception {
		Timings t = new Timings();
		return reference(infer(perturb(load(job, t), t), t), t);
	}

	/** Stage "load case" (CPU): the case's data and its reference. */
	Loaded load(Job job, Timings t) throws Exception {
		long t0 = System.nanoTime();
		CaseData cd = caseCache.get(job.caseId());
		Image reference0 = reference != null && !reference.isConsensus() ? cd.labels() : consensusCache.get(job.caseId());
		if (reference0 == null) {
			throw new IllegalArgumentException("case '" + job.caseId() + "' has no label image, which the ground-truth reference needs");
		}
		t.load = System.nanoTime() - t0;
		return new Loaded(job, cd, reference0);
	}

	/** Stage "perturb" (CPU): the job's perturbations, one after the other, on every channel. */
	Perturbed perturb(Loaded loaded, Timings t) throws Exception {
		long t1 = System.nanoTime();
		Job job = loaded.job();
		CaseData cd = loaded.data();
		List<Image> channels = cd.channels();
		AffineTransform toOriginal = null;
		int position = 0;
		for (JobSetting s : job.settings()) {
			PerturbationDescriptor p = perturbations.require(s.perturbationType());
			List<Image> next = new ArrayList<>(channels.size());
			AffineTransform tr = null;
			for (int c = 0; c < channels.size(); c++) {
				SplittableRandom random = new SplittableRandom(perturbationSeed(job.seed(), position, c, p.category()));
				// the ROI (case mask) defines the SD units of intensity perturbations; it is in the original grid
				byte[] roi = position == 0 ? cd.roi() : null;
				PerturbationResult r = p.apply(new PerturbationInput(channels.get(c), null, roi), s.values(), random);
				next.add(r.image());
				if (c == 0) {
					tr = r.perturbedToOriginal();
				}
			}
			channels = next;
			if (tr != null) {
				toOriginal = toOriginal == null ? tr : tr.andThen(toOriginal);
			}
			position++;
		}
		byte[] roi = cd.roi();
		if (roi != null && toOriginal != null) {
			// the ROI follows the anatomy: the perturbed image's voxel x shows what the original showed at toOriginal(x)
			Image caseGrid = loaded.reference0() != null ? loaded.reference0() : cd.channels().get(0);
			roi = nearest(Image.ofUInt8(caseGrid.geometry(), roi), toOriginal, channels.get(0).geometry()).bytes();
		}
		t.perturb = System.nanoTime() - t1;
		return new Perturbed(loaded, channels, toOriginal, roi);
	}

	/** Stage "infer" (inference worker): the network on the perturbed channels. */
	Inferred infer(Perturbed p, Timings t) throws Exception {
		long t2 = System.nanoTime();
		Prediction prediction = workers.predict(p.loaded().job().variantId(), p.loaded().data().modelInput(p.channels()), p.movedRoi());
		t.infer = System.nanoTime() - t2;
		t.engine = Math.max(0, prediction.engineNanos());
		return new Inferred(p, prediction);
	}

	/** Stage "reference" (CPU): prediction and reference in the study's evaluation space, restricted to the ROI. */
	Evaluated reference(Inferred s, Timings t) {
		long t3 = System.nanoTime();
		Perturbed p = s.input();
		CaseData cd = p.loaded().data();
		Image reference0 = p.loaded().reference0();
		AffineTransform toOriginal = p.toOriginal();
		Image predicted = s.prediction().labels();
		Image ref = reference0;
		byte[] roi = cd.roi();
		String evaluation = "original";
		if (toOriginal != null) {
			if (study.getEvaluationSpace() == EvaluationSpace.MAP_PREDICTION_BACK) {
				predicted = nearest(predicted, toOriginal.inverse().asAffine(), reference0.geometry());
				evaluation = "mapPredictionBack";
			} else {
				ref = moved(reference0, p, predicted.geometry());
				roi = p.movedRoi();
				evaluation = "transformReference";
			}
		}
		if (roi != null) {
			predicted = masked(predicted, roi);
			ref = masked(ref, roi);
		}
		t.reference = System.nanoTime() - t3;
		return new Evaluated(p.loaded().job(), cd.channels(), p.channels(), predicted, ref, reference0, evaluation);
	}

	/**
	 * Labels on the case's grid as the perturbed image shows them (nearest neighbour), as the stage
	 * "reference" moves the reference: unchanged when no perturbation moved the image.
	 *
	 * @param grid the grid to sample them on (the perturbed channels' or the prediction's)
	 */
	static Image moved(Image labels, Perturbed p, ImageGeometry grid) {
		return p.toOriginal() == null ? labels : nearest(labels, p.toOriginal(), grid);
	}

	/**
	 * The seed of perturbation {@code position} of a job on channel {@code channel}: one physical event for
	 * all channels of a case (the same bias field, spike, movement …), so every channel draws from the same
	 * stream; only noise (category {@code noise}) is independent per channel, as separate acquisitions are.
	 */
	static long perturbationSeed(long jobSeed, int position, int channel, String category) {
		return Seeds.perturbationSeed(jobSeed, position, channel, category);
	}

	private static Image nearest(Image labels, AffineTransform outputToInput, ImageGeometry grid) {
		return Resampler.of(labels).transform(outputToInput).interpolation(Interpolation.NEAREST).outputGeometry(grid).sameTypeOutput(true)
				.resample();
	}

	private static Image masked(Image labels, byte[] roi) {
		int[] v = LabelImages.toInts(labels).clone();
		for (int i = 0; i < v.length; i++) {
			if (roi[i] == 0) {
				v[i] = 0;
			}
		}
		return Image.of(labels.geometry(), v);
	}
}
