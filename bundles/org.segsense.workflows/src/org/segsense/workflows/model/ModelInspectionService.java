// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.workflows.WorkflowException;

/**
 * What {@code segsense model inspect} reports about a model folder, for the workbench: the engine that
 * recognises it, the signatures with their tensor shapes and the safety verdict — read from the files
 * without loading the model or running anything. Throws {@link WorkflowException} (bad input: a missing
 * folder, a folder that is not a model, an unreadable model) with a message that names the folder and the fix.
 */
public interface ModelInspectionService {

	/**
	 * The inspection of one model folder.
	 *
	 * @param folder the inspected folder (absolute)
	 * @param engine the name of the installed inference engine that recognises the folder, or null when none does
	 * @param tags the tags of the inspected meta graph
	 * @param signatures signature key → one line per input and output ({@code in image DT_FLOAT [-1, -1, -1, -1, 1] (image:0)})
	 * @param operationTypes distinct operation types
	 * @param nodes operation nodes (graph and function library)
	 * @param bytes total size of the folder's files
	 * @param safe every operation is on the allow-list
	 * @param verdict the verdict as the command line prints it
	 * @param unsafe one line per refused operation type (empty when safe)
	 */
	record Inspection(Path folder, String engine, List<String> tags, Map<String, List<String>> signatures, int operationTypes, int nodes,
			long bytes, boolean safe, String verdict, List<String> unsafe) {
	}

	/**
	 * Inspects a model folder.
	 *
	 * @param folder the model folder (the one that holds {@code saved_model.pb})
	 * @param monitor progress and cancellation (may be null)
	 * @return the inspection
	 * @throws WorkflowException bad input when the folder is missing or not a readable model
	 */
	Inspection inspect(Path folder, IProgressMonitor monitor);
}
