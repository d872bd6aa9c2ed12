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
import org.segsense.model.ConsensusReference;
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

	/**
	 * After "load case": the case and its reference on the case's grid, and its label image when the consensus
	 * reference is also scored against the truth (else null).
	 */
	record Loaded(Job job, CaseData data, Image reference0, Image truth0) {

		Loaded(Job job, CaseData data, Image reference0) {
			this(job, data, reference0, null);
		}
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
	 * the evaluation space (restricted to the ROI when the case has one), and the reference on the case's grid;
	 * whether the prediction is multi-label (one 0/1 component per bundle); the case's label image in the
	 * evaluation space and on the case's grid when the study scores against the truth too (else null).
	 */
	record Evaluated(Job job, List<Image> input, List<Image> perturbed, Image predicted, Image reference, Image reference0, String evaluation,
			boolean multiLabel, Image truth, Image truth0) {
	}

	private final Study study;
	private final PerturbationCatalog perturbations;
	private final ReferenceStrategy reference;
	private final InferenceWorkers workers;
	private final BoundedCache<String, CaseData> caseCache;
	private final BoundedCache<String, Image> consensusCache;
	private final Path project;
	private final Path runDir;
	private final Map<String, Case> cases;
	private final boolean scoreAgainstTruth;

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
		this.project = project;
		this.runDir = runDir;
		this.scoreAgainstTruth = study.getReference() instanceof ConsensusReference cr && cr.isScoreAgainstTruth();
		Map<String, Case> cases = new java.util.LinkedHashMap<>();
		study.getCases().forEach(c -> cases.put(c.getId(), c));
		this.cases = cases;
		org.segsense.backend.ImageBackend backend = org.segsense.backend.ImageBackends.get(ImageBackendChoice.id(study));
		this.caseCache = new BoundedCache<>(cacheSize, id -> CaseData.load(cases.get(id), project, backend));
		this.consensusCache = new BoundedCache<>(cacheSize, id -> BundleLabels.fromFile(ImageIO.read(RunFolders.referenceFile(runDir, id))));
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
		Image truth0 = null;
		if (scoreAgainstTruth && reference != null && reference.isConsensus()) {
			truth0 = cd.labels();
			if (truth0 == null) {
				throw new IllegalArgumentException("case '" + job.caseId() + "' has no label image, which scoring against the truth"
						+ " (scoreAgainstTruth of the study's reference) needs; add it or turn scoreAgainstTruth off");
			}
		}
		t.load = System.nanoTime() - t0;
		return new Loaded(job, cd, reference0, truth0);
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
		Job job = p.loaded().job();
		CaseData cd = p.loaded().data();
		Image reference0 = p.loaded().reference0();
		Image truth0 = p.loaded().truth0();
		AffineTransform toOriginal = p.toOriginal();
		Image predicted = s.prediction().labels();
		boolean multiLabel = workers != null && workers.isMultiLabel(job.variantId());
		checkBundles(job, reference0, predicted, multiLabel, reference != null && reference.isConsensus() ? RunFolders.referenceFile(runDir, job.caseId()) : labelFile(job));
		if (truth0 != null) {
			checkBundles(job, truth0, predicted, multiLabel, labelFile(job));
		}
		boolean back = toOriginal != null && study.getEvaluationSpace() == EvaluationSpace.MAP_PREDICTION_BACK;
		String evaluation = toOriginal == null ? "original" : back ? "mapPredictionBack" : "transformReference";
		if (back) {
			predicted = nearest(predicted, toOriginal.inverse().asAffine(), reference0.geometry());
		}
		byte[] roi = toOriginal != null && !back ? p.movedRoi() : cd.roi();
		if (roi != null) {
			predicted = masked(predicted, roi);
		}
		Image ref = inEvaluationSpace(reference0, p, predicted, back, roi);
		Image truth = truth0 == null ? null : inEvaluationSpace(truth0, p, predicted, back, roi);
		t.reference = System.nanoTime() - t3;
		return new Evaluated(job, cd.channels(), p.channels(), predicted, ref, reference0, evaluation, multiLabel, truth, truth0);
	}

	/** A reference on the case's grid in the evaluation space: moved with the content unless the prediction was mapped back, masked by the ROI. */
	private static Image inEvaluationSpace(Image labels0, Perturbed p, Image predicted, boolean back, byte[] roi) {
		Image ref = p.toOriginal() == null || back ? labels0 : moved(labels0, p, predicted.geometry());
		return roi == null ? ref : masked(ref, roi);
	}

	/** The case's label image as the study names it (for messages). */
	private Path labelFile(Job job) {
		Case c = cases.get(job.caseId());
		return c == null || c.getLabelImage() == null ? null : project.resolve(c.getLabelImage().getPath());
	}

	/**
	 * A multi-label model is scored bundle by bundle: its reference must hold as many bundles (components, the
	 * volumes of a 4-D file or the masks of a bundle folder) as the model outputs; a one-label model's
	 * reference must be one label image.
	 *
	 * @throws IllegalArgumentException naming the reference file, the counts and the fix
	 */
	static void checkBundles(Job job, Image reference0, Image predicted, boolean multiLabel, Path file) {
		int k = predicted.components();
		int r = reference0.components();
		if (multiLabel && r != k) {
			throw new IllegalArgumentException("The reference " + file + " of case '" + job.caseId() + "' holds " + r + " bundle(s), but the"
					+ " multi-label model of variant '" + job.variantId() + "' outputs " + k + "; give a 4-D label image with one volume per"
					+ " bundle (or a bundle folder) in the model's bundle order, with " + k + " bundle(s).");
		}
		if (!multiLabel && r != 1) {
			throw new IllegalArgumentException("The reference " + file + " of case '" + job.caseId() + "' holds " + r + " bundle volumes, but"
					+ " the model of variant '" + job.variantId() + "' is not multi-label (sigmoidMultilabel); give a 3-D label image.");
		}
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
		if (labels.components() > 1) {
			return BundleLabels.masked(labels, roi);
		}
		int[] v = LabelImages.toInts(labels).clone();
		for (int i = 0; i < v.length; i++) {
			if (roi[i] == 0) {
				v[i] = 0;
			}
		}
		return Image.of(labels.geometry(), v);
	}
}
