// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.segsense.image.Image;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.OutputKind;
import org.segsense.inference.Prediction;
import org.segsense.inference.Predictor;
import org.segsense.inference.spi.EngineModel;
import org.segsense.model.ModelVariant;
import org.segsense.model.NormalizationMethod;

/**
 * The "infer" stage's models: each inference thread loads its own model of each variant on first use
 * (a model that failed to load fails every later job of that variant on that thread with the same
 * message), and records the device each variant ran on.
 */
final class InferenceWorkers implements AutoCloseable {

	private final Map<String, ModelVariant> variants;
	private final Path project;
	private final InferenceEngines engines;
	private final LoadOptions loadOptions;
	private final BusyClock busy;
	private final Map<String, String> devices = new ConcurrentHashMap<>();
	private final Map<String, OutputKind> outputKinds = new ConcurrentHashMap<>();
	private final List<Worker> workers = Collections.synchronizedList(new ArrayList<>());
	private final ThreadLocal<Worker> worker = new ThreadLocal<>();

	/**
	 * @param variants the study's model variants by id
	 * @param project the folder their relative paths refer to
	 * @param engines the engines that load the models
	 * @param loadOptions device and threads
	 * @param busy the clock the engine's calls are timed on, or null
	 */
	InferenceWorkers(Map<String, ModelVariant> variants, Path project, InferenceEngines engines, LoadOptions loadOptions, BusyClock busy) {
		this.variants = variants;
		this.project = project;
		this.engines = engines;
		this.loadOptions = loadOptions;
		this.busy = busy;
	}

	/** @return the device each variant's model runs on, by variant id */
	Map<String, String> devices() {
		return devices;
	}

	/**
	 * @return whether the variant's model has overlapping binary outputs ({@link OutputKind#SIGMOID_MULTILABEL}, from its
	 *         descriptor): its labels are one 0/1 component per bundle. Known once a thread has loaded the model (after
	 *         its first {@link #predict}); false before.
	 */
	boolean isMultiLabel(String variantId) {
		return outputKinds.get(variantId) == OutputKind.SIGMOID_MULTILABEL;
	}

	/**
	 * @param roi the case's ROI on the grid of {@code channels} (moved with a spatial perturbation), or
	 *        null: the statistics region of the normalisation unless the study asks for all voxels
	 *        ({@code zscore}, {@code minMax}); without an ROI the normalisation takes the channel's
	 *        non-zero voxels
	 */
	Prediction predict(String variantId, List<Image> channels, byte[] roi) throws InferenceException {
		ModelVariant v = variants.get(variantId);
		EngineModel m = worker().model(variantId);
		Predictor p = new Predictor(m, VariantOptions.predictorOptions(v));
		byte[] mask = roi != null && !isEmpty(roi) ? roi : null;
		NormalizationMethod n = v.getNormalization();
		if (VariantOptions.isSet(v) && (n == NormalizationMethod.ZSCORE || n == NormalizationMethod.MIN_MAX)) {
			mask = new byte[(int) channels.get(0).voxelCount()];
			Arrays.fill(mask, (byte) 1);
		}
		return p.predict(channels, mask, INTERRUPTIBLE);
	}

	/** Closes every thread's models (call when no inference thread runs any more). */
	@Override
	public void close() {
		synchronized (workers) {
			workers.forEach(Worker::close);
		}
	}

	private static boolean isEmpty(byte[] mask) {
		for (byte b : mask) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	private Worker worker() {
		Worker w = worker.get();
		if (w == null) {
			w = new Worker();
			worker.set(w);
			workers.add(w);
		}
		return w;
	}

	/**
	 * A job in flight is not stopped by the run's monitor (a cancelled run commits it); only a hard stop — the
	 * worker thread interrupted when the run's thread was — abandons it between tile batches.
	 */
	private static final NullProgressMonitor INTERRUPTIBLE = new NullProgressMonitor() {
		@Override
		public boolean isCanceled() {
			return Thread.currentThread().isInterrupted();
		}
	};

	/** The models of one worker thread: one loaded model per variant. */
	private final class Worker {
		final Map<String, EngineModel> models = new LinkedHashMap<>();
		final Map<String, String> loadErrors = new LinkedHashMap<>();

		EngineModel model(String variantId) throws InferenceException {
			EngineModel m = models.get(variantId);
			if (m != null) {
				return m;
			}
			String error = loadErrors.get(variantId);
			if (error != null) {
				throw new InferenceException(error);
			}
			ModelVariant v = variants.get(variantId);
			try {
				m = engines.load(project.resolve(v.getSavedModel().getPath()), loadOptions);
				if (busy != null) {
					m = busy.clocked(m);
				}
			} catch (InferenceException e) {
				loadErrors.put(variantId, e.getMessage());
				throw e;
			}
			models.put(variantId, m);
			devices.putIfAbsent(variantId, m.device());
			outputKinds.putIfAbsent(variantId, m.descriptor().outputKind());
			return m;
		}

		void close() {
			models.values().forEach(EngineModel::close);
			models.clear();
		}
	}
}
