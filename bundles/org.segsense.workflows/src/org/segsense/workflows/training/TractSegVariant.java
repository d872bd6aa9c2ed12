// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.image.Image;
import org.segsense.image.Peaks;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;
import org.segsense.model.SegsensePackage;
import org.segsense.model.TrainingSettings;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.train.TractSegModel;
import org.segsense.train.TractSegTrainer;
import org.segsense.train.TrainingException;
import org.segsense.train.UNet2D;

/**
 * An augmentation variant with {@code architecture="tractseg"}: a TractSeg-like 2-D U-Net ({@link TractSegTrainer}).
 * <p>
 * Cases: the variant's training cases (else every case of the study with a label image). Every channel is fed to the
 * network in study order, as the engine feeds a case's channels; a channel whose name contains {@code peaks} and
 * whose file is 4-D with 3·k volumes is held as a peak image exactly as the engine holds it (world RAS, FSL's voxel
 * frame when the name also says {@code fsl}), so augmentation reorients its vectors as the study's perturbations do;
 * every case needs one. The label image is a 4-D file with one volume per bundle (bundles {@code bundle_1} …) or a
 * bundle folder ({@code bundle_segmentations/}, names = file names in natural order); every case must give the same
 * bundles. The trained model's labels are the bundles: value k+1 = bundle k ({@link #bundleNames}).
 * <p>
 * Settings ({@code TrainingSettings}): iterations, batchSize, learningRate, patchSize (one number: the square slice
 * window; default 32 rounded up to the U-Net's multiple), baseFilters, depth. Refused with the fix: an optimizer other
 * than adam, a loss other than crossentropy (binary, one sigmoid per bundle), a validationFraction or diceWeight
 * other than 0, a normalization other than none or the default zscore, a foregroundFraction other than the default
 * 0.5 (tractseg feeds peaks unnormalised and samples slices uniformly: those two settings are not used, so their
 * defaults, which EMF cannot tell from values set explicitly, are ignored), device gpu. Augmentation: the pipeline's catalogue steps, applied to the whole case
 * every {@link TractSegTrainer#AUGMENT_EVERY} iterations; the built-in presets are refused (only {@code none}).
 */
public final class TractSegVariant {

	private final AugmentationVariant variant;
	private final List<TractSegTrainer.Case> cases;
	private final List<String> bundleNames;
	private final TractSegTrainer.Options options;

	private TractSegVariant(AugmentationVariant variant, List<TractSegTrainer.Case> cases, List<String> bundleNames,
			TractSegTrainer.Options options) {
		this.variant = variant;
		this.cases = cases;
		this.bundleNames = bundleNames;
		this.options = options;
	}

	/** @return true when the variant's architecture is {@code tractseg} */
	public static boolean isTractSeg(AugmentationVariant v) {
		return TractSegTraining.isTractSeg(ArchitectureIds.migrate(v.getArchitecture()));
	}

	/**
	 * Reads the variant's cases and checks its settings (before any training).
	 *
	 * @param v the variant, inside a study
	 * @param projectDir the folder the study's paths are relative to
	 * @param threads TensorFlow threads (≥ 1)
	 * @param device cpu or auto (gpu is refused)
	 * @param catalog the perturbation catalogue of the pipeline's steps
	 * @return the loaded variant
	 * @throws TrainingServiceException (bad input) naming the variant or file, the problem and the fix
	 */
	public static TractSegVariant load(AugmentationVariant v, Path projectDir, int threads, String device, PerturbationCatalog catalog) {
		String where = "augmentation variant '" + v.getId() + "' (tractseg)";
		if (device != null && device.trim().equalsIgnoreCase("gpu")) {
			throw TrainingServiceException.badInput(where + " trains on the CPU; leave out --device gpu.");
		}
		TrainingSettings s = VariantOptions.settings(v);
		refuse(s, where);
		List<Case> model = TrainingCases.casesOf(v);
		if (model.isEmpty()) {
			throw TrainingServiceException.badInput(where + " has no training case: no case of the study has a label image. Add a case with"
					+ " a labelImage (a 4-D bundle file or a bundle folder), or name trainingCases in the variant.");
		}
		List<TractSegTrainer.Case> cases = new ArrayList<>();
		List<String> names = null;
		for (Case c : model) {
			if (c.getLabelImage() == null || c.getLabelImage().getPath() == null) {
				throw TrainingServiceException.badInput("Case '" + c.getId() + "' (a training case of " + where + ") has no label image; add a"
						+ " labelImage (a 4-D bundle file or a bundle folder) or leave it out of trainingCases.");
			}
			List<Image> channels = new ArrayList<>();
			Map<Integer, Peaks.Frame> frames = new HashMap<>();
			Path first = null;
			for (ImageChannel ch : c.getChannels()) {
				Path p = projectDir.resolve(ch.getPath());
				first = first == null ? p : first;
				Image file = TrainingCases.read(p);
				String name = ch.getName() == null ? "" : ch.getName().toLowerCase(Locale.ROOT);
				Peaks.Frame frame = name.contains("peaks") ? TractSegTraining.peakFrame(name, file) : null;
				if (frame != null) {
					frames.put(channels.size(), frame);
				}
				channels.add(frame != null ? Peaks.fromVolumes(file, frame) : TractSegTraining.components(p, file));
			}
			if (frames.isEmpty()) {
				throw TrainingServiceException.badInput("Case '" + c.getId() + "' (a training case of " + where + ") has no peak channel; tractseg"
						+ " trains on fibre peaks: give the case a channel whose name contains 'peaks' and whose file is 4-D with 3·k volumes"
						+ " (e.g. <channels name=\"peaks\" path=\"…/peaks.nii.gz\"/>).");
			}
			Path lp = projectDir.resolve(c.getLabelImage().getPath());
			TractSegTraining.Bundles b = TractSegTraining.bundles(lp, List.of());
			if (!b.masks().geometry().sameGridAs(channels.get(0).geometry(), TrainingCases.GRID_TOLERANCE)) {
				throw TrainingServiceException.badInput(lp + " is not on the grid of " + first + " (bundles " + b.masks().geometry() + ", input "
						+ channels.get(0).geometry() + "). Resample the bundle masks onto the input grid with nearest neighbour first.");
			}
			if (names != null && !names.equals(b.names())) {
				throw TrainingServiceException.badInput(lp + " holds the bundles " + b.names() + " but the first case of " + where + " " + names
						+ "; every case needs the same bundles in the same order.");
			}
			names = b.names();
			try {
				cases.add(new TractSegTrainer.Case(c.getId(), channels, b.masks(), frames));
			} catch (IllegalArgumentException e) {
				throw TrainingServiceException.badInput("Case '" + c.getId() + "': " + e.getMessage(), e);
			}
		}
		TractSegTrainer.Options o = options(v, s, where, names, threads, catalog, cases.get(0).bundles().geometry().spacing());
		return new TractSegVariant(v, List.copyOf(cases), List.copyOf(names), o);
	}

	private static void refuse(TrainingSettings s, String where) {
		if (!"adam".equalsIgnoreCase(s.getOptimizer().trim())) {
			throw TrainingServiceException.badInput(where + ": optimizer '" + s.getOptimizer() + "' is not available; SegSense trains with adam"
					+ " (set optimizer=\"adam\" or leave it out).");
		}
		String loss = s.getLoss().trim().toLowerCase(Locale.ROOT);
		if (!loss.equals("crossentropy") && !loss.equals("cross_entropy")) {
			throw TrainingServiceException.badInput(where + ": loss '" + s.getLoss() + "' is not available; tractseg trains with binary"
					+ " cross-entropy, one sigmoid per bundle (set loss=\"crossentropy\" or leave it out).");
		}
		if (s.getValidationFraction() != 0) {
			throw TrainingServiceException.badInput(where + ": validationFraction " + s.getValidationFraction() + " cannot be honoured; the"
					+ " trainer holds no case out (set validationFraction=\"0\").");
		}
		if (s.getDiceWeight() != 0) {
			throw TrainingServiceException.badInput(where + ": diceWeight " + s.getDiceWeight() + " cannot be honoured; tractseg trains with"
					+ " binary cross-entropy only (set diceWeight=\"0\" or leave it out).");
		}
		String norm = s.getNormalization() == null ? "none" : s.getNormalization().trim();
		if (s.eIsSet(SegsensePackage.Literals.TRAINING_SETTINGS__NORMALIZATION) && !norm.equalsIgnoreCase("none")) { // set and not the default
			throw TrainingServiceException.badInput(where + ": normalization '" + norm + "' cannot be honoured; tractseg feeds the peaks"
					+ " unnormalised (their lengths are the amplitudes). Leave normalization out or set it to \"none\".");
		}
		if (s.eIsSet(SegsensePackage.Literals.TRAINING_SETTINGS__FOREGROUND_FRACTION)) {
			throw TrainingServiceException.badInput(where + ": foregroundFraction cannot be honoured; tractseg samples slices uniformly."
					+ " Leave foregroundFraction out.");
		}
	}

	private static TractSegTrainer.Options options(AugmentationVariant v, TrainingSettings s, String where, List<String> names, int threads,
			PerturbationCatalog catalog, double[] spacing) {
		TractSegTrainer.Options o;
		try {
			UNet2D net = new UNet2D(s.getBaseFilters(), s.getDepth());
			String patch = VariantOptions.patch(s.getPatchSize());
			int window = patch == null ? (32 + net.sizeMultiple() - 1) / net.sizeMultiple() * net.sizeMultiple() : TractSegTraining.window(patch);
			o = new TractSegTrainer.Options(net, window, s.getBatchSize(), s.getIterations(), s.getLearningRate(), 0, Math.max(1, threads), names);
		} catch (IllegalArgumentException e) {
			throw TrainingServiceException.badInput(where + ": " + e.getMessage() + " (settings baseFilters, depth, patchSize, batchSize,"
					+ " iterations, learningRate)", e);
		} catch (TrainingServiceException e) {
			throw TrainingServiceException.badInput(where + ": " + e.getMessage(), e);
		}
		try {
			return o.withAugmentation(TractSegTraining.augmentation(VariantOptions.builtIn(v), VariantOptions.steps(v), catalog, spacing,
					"the augmentation's builtIn"), TractSegTrainer.AUGMENT_EVERY);
		} catch (IllegalArgumentException e) {
			throw TrainingServiceException.badInput(where + ": " + e.getMessage(), e);
		}
	}

	/** @return the bundle names: the model's label value k+1 is bundle k */
	public List<String> bundleNames() {
		return bundleNames;
	}

	/** @return 0 (background) then 1 … K, one value per bundle */
	public int[] labelValues() {
		int[] v = new int[bundleNames.size() + 1];
		for (int i = 0; i < v.length; i++) {
			v[i] = i;
		}
		return v;
	}

	/**
	 * Trains one seed and exports the SavedModel into {@code out} (which must hold no model; the caller applies the
	 * folder's overwrite policy).
	 *
	 * @throws TrainingServiceException on bad input or a training failure
	 */
	public TrainingResult train(long seed, Path out, IProgressMonitor monitor, TrainingEvents events) {
		TractSegTrainer.Options o = options.withSeed(seed);
		TrainingEvents ev = events == null ? TrainingEvents.NONE : events;
		ev.started(String.format(Locale.ROOT, "Training a TractSeg-like 2-D U-Net (%s) on %d case(s), %d iterations, window %d, batch %d, lr %s,"
				+ " seed %d, augmentation %s", o.net().describe(), cases.size(), o.iterations(), o.patch(), o.batchSize(), o.learningRate(), seed,
				o.augmentation().describe()));
		if (monitor != null && monitor.isCanceled()) {
			throw new org.eclipse.core.runtime.OperationCanceledException();
		}
		TractSegModel model;
		try {
			model = TractSegTrainer.train(cases, o);
			model.export(out);
		} catch (TrainingException e) {
			throw new TrainingServiceException(e.badInput(), "augmentation variant '" + variant.getId() + "': " + e.getMessage(), e);
		}
		return TractSegTraining.result(model, out, seed, labelValues(), cases.stream().map(TractSegTrainer.Case::name).toList(), ev);
	}
}
