// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.segsense.model.FileReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.model.validation.Problem;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.ui.editor.DefaultAxis;
import org.segsense.workflows.study.StudyService;

/**
 * What the New Study wizard puts into the starter study: the chosen cases (paired as Import Cases pairs them,
 * one image channel each), model variants (a SavedModel folder each, id its folder name), axes (each the
 * perturbation's {@link DefaultAxis}, as the study editor's Add makes it) and the design.
 *
 * @param cases the chosen cases; their files are in the project's {@code images/} folder
 * @param channel the name of each case's image channel
 * @param models the chosen SavedModel folders, relative to the project
 * @param perturbations the chosen perturbations, one axis each
 * @param factorial factorial design, else one-at-a-time
 */
record StudyChoices(List<CasePairing.PairedCase> cases, String channel, List<String> models, List<PerturbationDescriptor> perturbations,
		boolean factorial) {

	/** Adds the choices to {@code study} (a starter study). */
	void applyTo(Study study) {
		SegsenseFactory f = SegsenseFactory.eINSTANCE;
		cases.forEach(c -> study.getCases().add(SegSenseProjects.toCase(c, channel)));
		for (String model : models) {
			ModelVariant v = f.createModelVariant();
			String name = model.substring(model.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_.-]", "-");
			String base = name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "model-" + name : name;
			String id = base;
			for (int n = 2; taken(study, id); n++) {
				id = base + "-" + n;
			}
			v.setId(id);
			FileReference ref = f.createFileReference();
			ref.setPath(model);
			v.setSavedModel(ref);
			study.getModelVariants().add(v);
		}
		perturbations.forEach(d -> study.getAxes().add(DefaultAxis.of(d, study)));
		study.setDesign(factorial ? f.createFactorialDesign() : f.createOneAtATimeDesign());
	}

	private static boolean taken(Study study, String id) {
		return study.getModelVariants().stream().anyMatch(x -> id.equals(x.getId()));
	}

	/**
	 * Validates the study these choices make, as {@code segsense study validate} would once it is written.
	 *
	 * @return the problems (errors and warnings)
	 */
	static StudyService.Validation validate(Study study, Path project, StudyService studies) {
		Path tmp = null;
		try {
			tmp = Files.createTempFile("segsense-new-study", ".segsense");
			studies.save(study, tmp);
			return studies.validate(tmp, project);
		} catch (IOException e) {
			return new StudyService.Validation(project, project, List.of(new Problem(Problem.Severity.ERROR, "", "cannot write a temporary file to "
					+ "check the study: " + e.getMessage(), "io")));
		} finally {
			if (tmp != null) {
				try {
					Files.deleteIfExists(tmp);
				} catch (IOException e) {
					// a temporary file left behind
				}
			}
		}
	}
}
