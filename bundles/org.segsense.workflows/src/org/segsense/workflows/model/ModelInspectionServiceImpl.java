// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.model;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.InferenceException;
import org.segsense.inference.tensorflow.ModelInspection;
import org.segsense.workflows.WorkflowException;

/**
 * The model inspection service over {@link ModelInspection} (what {@code segsense model inspect} prints) and the
 * installed {@link InferenceEngines} (which one recognises the folder). Reads {@code saved_model.pb} and the
 * folder's file sizes; does not compute the folder's SHA-256 (it would read every weight file). The TensorFlow engine
 * bundle is an optional requirement of this bundle (the headless core runs without it); without it inspection fails
 * with a message saying so.
 */
@Component(service = ModelInspectionService.class)
public final class ModelInspectionServiceImpl implements ModelInspectionService {

	@Override
	public Inspection inspect(Path folder, IProgressMonitor monitor) {
		SubMonitor m = SubMonitor.convert(monitor, "Inspecting " + folder.getFileName(), 2);
		Path dir = folder.toAbsolutePath().normalize();
		try {
			if (!Files.isDirectory(dir)) {
				throw WorkflowException.badInput("Model folder " + dir + (Files.exists(dir) ? " is a file, not a folder" : " does not exist")
						+ ". Set the variant's model path to the folder of a TensorFlow SavedModel (the one that holds saved_model.pb);"
						+ " a relative path is resolved against the study's folder.");
			}
			String engine = InferenceEngines.installed().all().stream().filter(e -> e.engine().recognises(dir)).map(EngineDescriptor::name)
					.findFirst().orElse(null);
			m.split(1);
			ModelInspection i = ModelInspection.of(dir);
			m.split(1);
			int nodes = i.opHistogram().values().stream().mapToInt(Integer::intValue).sum();
			return new Inspection(dir, engine, i.tags(), i.signatures(), i.opHistogram().size(), nodes, i.bytes(), i.safe(), i.verdict(),
					i.unsafe());
		} catch (InferenceException e) {
			throw WorkflowException.badInput(e.getMessage(), e);
		} catch (NoClassDefFoundError e) {
			throw WorkflowException.failure("Cannot inspect " + dir + ": the TensorFlow engine (bundle org.segsense.inference.tensorflow) is not"
					+ " installed in this runtime. Install it (the product's TensorFlow feature) to inspect SavedModels.", e);
		} finally {
			m.done();
		}
	}
}
