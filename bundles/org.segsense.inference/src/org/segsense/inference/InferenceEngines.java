// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.segsense.image.registry.LiveService;
import org.segsense.inference.internal.ContributedEngines;
import org.segsense.inference.spi.EngineModel;

/**
 * The inference engines of this runtime: every contribution to {@value #EXTENSION_POINT}, in registry
 * order. Outside OSGi (plain Java) there are none unless assembled with {@link #of(List)}. Inside
 * OSGi the {@link InferenceEngineService} hands out the current engines.
 */
public final class InferenceEngines {

	/** The extension point engines are contributed to. */
	public static final String EXTENSION_POINT = "org.segsense.inference.engines";

	private static volatile InferenceEngines installed;

	private final List<EngineDescriptor> engines;
	private final List<String> problems;

	private InferenceEngines(List<EngineDescriptor> engines, List<String> problems) {
		this.engines = List.copyOf(engines);
		this.problems = List.copyOf(problems);
	}

	/**
	 * The engines of this runtime. Inside OSGi this is the live {@link InferenceEngineService} (an
	 * engine bundle installed at run time is seen); prefer injecting that service. Without it (plain
	 * Java, Declarative Services not running) this bridge reads the extension registry once.
	 *
	 * @return the engines contributed in this runtime
	 */
	public static InferenceEngines installed() {
		InferenceEngines live = LiveService.call(InferenceEngines.class, InferenceEngineService.class, InferenceEngineService::engines);
		if (live != null) {
			return live;
		}
		InferenceEngines e = installed;
		if (e == null) {
			synchronized (InferenceEngines.class) {
				e = installed;
				if (e == null) {
					List<EngineDescriptor> all = new ArrayList<>();
					List<String> problems = new ArrayList<>();
					ContributedEngines.read(all, problems);
					installed = e = new InferenceEngines(all, problems);
				}
			}
		}
		return e;
	}

	/**
	 * @param engines engines to use instead of the contributed ones (tests, embedding)
	 * @return a registry of exactly those
	 */
	public static InferenceEngines of(List<EngineDescriptor> engines) {
		return new InferenceEngines(engines, List.of());
	}

	/**
	 * @param engines the engines
	 * @param problems contributions that were ignored, with the reason
	 * @return a registry of exactly those (the engine service, embedding)
	 */
	public static InferenceEngines of(List<EngineDescriptor> engines, List<String> problems) {
		return new InferenceEngines(engines, problems);
	}

	/** @return the engines */
	public List<EngineDescriptor> all() {
		return engines;
	}

	/** @return contributions that were ignored, with the reason */
	public List<String> problems() {
		return problems;
	}

	/**
	 * @param id an engine id
	 * @return the engine, if installed
	 */
	public Optional<EngineDescriptor> byId(String id) {
		return engines.stream().filter(e -> e.id().equals(id)).findFirst();
	}

	/**
	 * Finds the engine that recognises a model folder and loads the model.
	 *
	 * @param modelDir the model folder
	 * @param options device, threads, safety
	 * @return the loaded model
	 * @throws InferenceException when the folder is missing, no engine recognises it, or loading fails
	 */
	public EngineModel load(Path modelDir, LoadOptions options) throws InferenceException {
		if (!Files.isDirectory(modelDir)) {
			throw new InferenceException("Model folder " + modelDir + " does not exist or is not a folder. Give the folder of a"
					+ " TensorFlow SavedModel (the one that holds saved_model.pb).");
		}
		for (EngineDescriptor e : engines) {
			if (e.engine().recognises(modelDir)) {
				return e.engine().load(modelDir, options);
			}
		}
		String known = engines.isEmpty() ? "none is installed"
				: "installed: " + engines.stream().map(EngineDescriptor::id).collect(Collectors.joining(", "));
		throw new InferenceException("No inference engine recognises " + modelDir + " as a model (" + known + "). A TensorFlow"
				+ " SavedModel folder holds saved_model.pb and variables/.");
	}
}
