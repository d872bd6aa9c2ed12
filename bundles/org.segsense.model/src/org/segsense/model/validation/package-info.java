// SPDX-License-Identifier: EPL-2.0
/**
 * Validation of SegSense studies: the hand-written bodies of the constraints declared in
 * {@code model/segsense.ecore} ({@code *Constraints}, called by the generated
 * {@link org.segsense.model.util.SegsenseValidator}), and the {@link org.segsense.model.validation.StudyValidation}
 * entry point that turns EMF diagnostics into a flat list of {@link org.segsense.model.validation.Problem}s
 * with readable object paths.
 *
 * <p>Constraints that need information from outside the model read it from the validation context map:
 * the project directory under {@link org.segsense.model.validation.StudyValidation#PROJECT_DIRECTORY} and a
 * {@link org.segsense.model.validation.ParameterCatalog} under {@code ParameterCatalog.class}. A check whose
 * input is missing is skipped, never failed.
 */
package org.segsense.model.validation;
