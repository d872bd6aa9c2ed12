// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.model.ModelInspectionService;

/**
 * What the Models view shows of one model, read off the UI thread: the inspection of
 * {@link ModelInspectionService} ({@code segsense model inspect}: engine, signatures, safety verdict) and the
 * {@link TrainingFacts}. Either part may fail on its own; its message is kept instead.
 *
 * @param folder the model folder
 * @param inspection the inspection, or null when it failed
 * @param inspectionError why the inspection failed (the service's message), or null
 * @param signatures the inspection's signatures as rows (empty without an inspection)
 * @param training the training rows (empty when SegSense did not train the model)
 * @param trainingError why the training files could not be read, or null
 */
public record ModelDetails(Path folder, ModelInspectionService.Inspection inspection, String inspectionError, List<SignatureRow> signatures,
		List<TrainingFacts.Row> training, String trainingError) {

	/** Reads the details of {@code folder} (call off the UI thread: inspection reads {@code saved_model.pb}). */
	public static ModelDetails read(Path folder, ModelInspectionService service, IProgressMonitor monitor) {
		ModelInspectionService.Inspection inspection = null;
		String inspectionError = null;
		try {
			inspection = service.inspect(folder, monitor);
		} catch (WorkflowException e) {
			inspectionError = e.getMessage();
		} catch (RuntimeException | LinkageError e) {
			inspectionError = "Inspecting " + folder + " failed: " + e;
		}
		List<TrainingFacts.Row> training = List.of();
		String trainingError = null;
		try {
			training = TrainingFacts.of(folder);
		} catch (IOException | IllegalArgumentException e) {
			trainingError = "The training metadata of " + folder + " cannot be read: " + e.getMessage();
		}
		return new ModelDetails(folder, inspection, inspectionError, inspection == null ? List.of() : SignatureRow.of(inspection.signatures()),
				training, trainingError);
	}

	/** @return the safety verdict with one line per refused operation type, or the inspection's error */
	public String safety() {
		if (inspection == null) {
			return inspectionError;
		}
		StringBuilder s = new StringBuilder(inspection.verdict());
		inspection.unsafe().forEach(u -> s.append('\n').append("    ").append(u));
		return s.toString();
	}

	/** @return {@code 812 bytes}, {@code 12.3 kB} or {@code 4.5 MB} */
	static String size(long bytes) {
		return bytes < 1000 ? bytes + " bytes" : bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
				: String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
	}
}
