// SPDX-License-Identifier: EPL-2.0
package org.segsense.train;

import java.util.Arrays;
import java.util.Objects;

import org.segsense.inference.DeviceChoice;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.train.augment.Augmentations;
import org.segsense.train.augment.PatchAugmentation;

/**
 * How a model is trained.
 *
 * @param architecture the network
 * @param patchSize patch size {x, y, z} (the order of image sizes; the trainer's tensors are z, y, x,
 *        converted by {@link org.segsense.inference.TensorAxes}); each a multiple of
 *        {@link Architecture#sizeMultiple()}
 * @param batchSize patches per iteration (≥ 1)
 * @param iterations optimiser steps (≥ 1)
 * @param learningRate Adam's learning rate (&gt; 0)
 * @param seed fixes the initial weights, the patch sampling and the augmentation
 * @param foregroundFraction share of patches centred on a foreground voxel (label ≠ the smallest
 *        label value), the rest on background voxels (DeepMedic-style class balancing), 0–1
 * @param normalization input normalisation per channel (recorded; {@link org.segsense.inference.Predictor} applies the same)
 * @param augmentation applied to every sampled patch
 * @param diceWeight weight of the soft Dice loss added to the cross-entropy (0: cross-entropy only)
 * @param classWeights cross-entropy weight per class (one per label value), or null for equal weights
 * @param threads TensorFlow intra-op threads (≥ 1; inter-op is 1)
 * @param device where to train ({@link DeviceChoice#CPU} for bitwise reproducible runs)
 */
public record TrainingOptions(Architecture architecture, int[] patchSize, int batchSize, int iterations, double learningRate,
		long seed, double foregroundFraction, Normalization normalization, PatchAugmentation augmentation, double diceWeight,
		double[] classWeights, int threads, DeviceChoice device) {

	public TrainingOptions {
		Objects.requireNonNull(architecture, "architecture");
		Objects.requireNonNull(normalization, "normalization");
		Objects.requireNonNull(augmentation, "augmentation");
		Objects.requireNonNull(device, "device");
		if (patchSize == null || patchSize.length != 3) {
			throw new IllegalArgumentException("The patch size needs 3 numbers (x, y, z).");
		}
		patchSize = patchSize.clone();
		int m = architecture.sizeMultiple();
		for (int p : patchSize) {
			if (p < m || p % m != 0 || p > 512) {
				throw new IllegalArgumentException("Every patch size must be a multiple of " + m + " (" + architecture.id()
						+ " pools by " + m + ") between " + m + " and 512; " + Arrays.toString(patchSize) + " is not.");
			}
		}
		if (batchSize < 1 || batchSize > 1024) {
			throw new IllegalArgumentException("The batch size must be between 1 and 1024, not " + batchSize + ".");
		}
		if (iterations < 1) {
			throw new IllegalArgumentException("The number of iterations must be at least 1, not " + iterations + ".");
		}
		if (!(learningRate > 0 && learningRate < 10)) {
			throw new IllegalArgumentException("The learning rate must be positive and below 10, not " + learningRate + ".");
		}
		if (!(foregroundFraction >= 0 && foregroundFraction <= 1)) {
			throw new IllegalArgumentException("The foreground fraction must be between 0 and 1, not " + foregroundFraction + ".");
		}
		if (!(diceWeight >= 0) || Double.isInfinite(diceWeight)) {
			throw new IllegalArgumentException("The Dice weight must be finite and ≥ 0, not " + diceWeight + ".");
		}
		if (classWeights != null) {
			classWeights = classWeights.clone();
			for (double w : classWeights) {
				if (!(w > 0) || Double.isInfinite(w)) {
					throw new IllegalArgumentException("Class weights must be positive and finite: " + Arrays.toString(classWeights));
				}
			}
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + threads + ".");
		}
	}

	/**
	 * Defaults: 32³ patches (rounded up to the architecture's multiple), batch 2, 200 iterations,
	 * learning rate 1e-3, seed 1, half the patches on foreground, z-score, no augmentation,
	 * cross-entropy only, all cores, CPU.
	 */
	public static TrainingOptions defaults(Architecture architecture) {
		int m = architecture.sizeMultiple();
		int p = (32 + m - 1) / m * m;
		return new TrainingOptions(architecture, new int[] { p, p, p }, 2, 200, 1e-3, 1L, 0.5, Normalization.ZSCORE,
				Augmentations.NONE, 0, null, Runtime.getRuntime().availableProcessors(), DeviceChoice.CPU);
	}

	@Override
	public int[] patchSize() {
		return patchSize.clone();
	}

	@Override
	public double[] classWeights() {
		return classWeights == null ? null : classWeights.clone();
	}

	/** @return a copy with the patch size {x, y, z} */
	public TrainingOptions withPatchSize(int... xyz) {
		return new TrainingOptions(architecture, xyz, batchSize, iterations, learningRate, seed, foregroundFraction, normalization,
				augmentation, diceWeight, classWeights, threads, device);
	}

	public TrainingOptions withBatchSize(int b) {
		return new TrainingOptions(architecture, patchSize, b, iterations, learningRate, seed, foregroundFraction, normalization,
				augmentation, diceWeight, classWeights, threads, device);
	}

	public TrainingOptions withIterations(int n) {
		return new TrainingOptions(architecture, patchSize, batchSize, n, learningRate, seed, foregroundFraction, normalization,
				augmentation, diceWeight, classWeights, threads, device);
	}

	public TrainingOptions withLearningRate(double lr) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, lr, seed, foregroundFraction, normalization,
				augmentation, diceWeight, classWeights, threads, device);
	}

	public TrainingOptions withSeed(long s) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, learningRate, s, foregroundFraction, normalization,
				augmentation, diceWeight, classWeights, threads, device);
	}

	public TrainingOptions withForegroundFraction(double f) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, learningRate, seed, f, normalization, augmentation,
				diceWeight, classWeights, threads, device);
	}

	public TrainingOptions withNormalization(Normalization n) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, learningRate, seed, foregroundFraction, n,
				augmentation, diceWeight, classWeights, threads, device);
	}

	public TrainingOptions withAugmentation(PatchAugmentation a) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, learningRate, seed, foregroundFraction,
				normalization, a, diceWeight, classWeights, threads, device);
	}

	public TrainingOptions withDiceWeight(double w) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, learningRate, seed, foregroundFraction,
				normalization, augmentation, w, classWeights, threads, device);
	}

	public TrainingOptions withClassWeights(double... w) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, learningRate, seed, foregroundFraction,
				normalization, augmentation, diceWeight, w, threads, device);
	}

	public TrainingOptions withThreads(int n) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, learningRate, seed, foregroundFraction,
				normalization, augmentation, diceWeight, classWeights, n, device);
	}

	public TrainingOptions withDevice(DeviceChoice d) {
		return new TrainingOptions(architecture, patchSize, batchSize, iterations, learningRate, seed, foregroundFraction,
				normalization, augmentation, diceWeight, classWeights, threads, d);
	}

	/** @return the loss as recorded in the metadata, e.g. {@code crossentropy} or {@code crossentropy+0.5*dice} */
	public String lossDescription() {
		String ce = classWeights == null ? "crossentropy" : "weightedCrossentropy" + Arrays.toString(classWeights).replace(" ", "");
		return diceWeight == 0 ? ce : ce + "+" + diceWeight + "*softDice";
	}
}
