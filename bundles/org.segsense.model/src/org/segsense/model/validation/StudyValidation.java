// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;
import org.segsense.model.util.SegsenseValidator;

/**
 * Validates a study and reports its problems as a flat list, in containment order.
 *
 * <p>Runs EMF's structural checks and every SegSense constraint declared in {@code segsense.ecore}
 * (through the generated {@link SegsenseValidator}), with a validator registry of its own, so it neither
 * needs nor changes the global {@link EValidator.Registry}. Thread-safe as long as the study is not modified
 * meanwhile.
 *
 * <pre>{@code
 * List<Problem> problems = StudyValidation.validate(study, studyFile.getParent(), catalog);
 * problems.forEach(System.out::println);
 * }</pre>
 */
public final class StudyValidation {

    /**
     * Context key for the project directory ({@link Path}) against which relative paths of a study are
     * resolved. When absent, the directory of the study's resource is used if it is a file; file existence
     * is not checked when neither is known.
     */
    public static final String PROJECT_DIRECTORY = "org.segsense.model.projectDirectory";

    private StudyValidation() {
    }

    /** Validates {@code study} without a perturbation catalog (checks against the catalog are skipped). */
    public static List<Problem> validate(Study study, Path projectDirectory) {
        return validate(study, projectDirectory, null);
    }

    /**
     * Validates {@code study}.
     *
     * @param study            the study to check
     * @param projectDirectory the directory relative paths are resolved against (normally the directory of the
     *                         study file); {@code null} to use the study resource's directory, if any
     * @param catalog          the installed perturbations, or {@code null} to skip the checks that need them
     * @return the problems, errors and warnings alike, in the order of the objects in the study; empty when
     *         the study is valid
     */
    public static List<Problem> validate(Study study, Path projectDirectory, ParameterCatalog catalog) {
        Diagnostician diagnostician = new Diagnostician(localRegistry());
        Map<Object, Object> context = diagnostician.createDefaultContext();
        if (projectDirectory != null) {
            context.put(PROJECT_DIRECTORY, projectDirectory);
        }
        if (catalog != null) {
            context.put(ParameterCatalog.class, catalog);
        }
        Diagnostic result = diagnostician.validate(study, context);
        List<Problem> problems = new ArrayList<>();
        collect(result, problems);
        checkJobCount(study, problems);
        return problems;
    }

    /** At most {@link StudyLimits#MAX_JOBS} jobs: checked on the numbers, before anything is expanded. */
    private static void checkJobCount(Study study, List<Problem> problems) {
        long jobs = StudyLimits.jobCount(study);
        if (jobs > StudyLimits.MAX_JOBS) {
            problems.add(new Problem(Problem.Severity.ERROR, ObjectPaths.pathOf(study), "The study expands into up to "
                    + StudyLimits.count(jobs) + " jobs (cases × model variants × (1 + perturbation settings)), more than the limit of "
                    + StudyLimits.count(StudyLimits.MAX_JOBS) + " per study; shorten the sweeps, use a one-at-a-time design, or split the "
                    + "cases over several studies and merge their runs.", "Study.jobLimit"));
        }
    }

    /** Whether {@code problems} contains an error. */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(problem -> problem.severity() == Problem.Severity.ERROR);
    }

    private static EValidator.Registry localRegistry() {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(SegsensePackage.eINSTANCE, SegsenseValidator.INSTANCE);
        return registry;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                problems.add(toProblem(diagnostic));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    private static Problem toProblem(Diagnostic diagnostic) {
        Problem.Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Problem.Severity.ERROR
                : diagnostic.getSeverity() == Diagnostic.WARNING ? Problem.Severity.WARNING : Problem.Severity.INFO;
        if (diagnostic instanceof RuleDiagnostic rule) {
            return new Problem(severity, ObjectPaths.pathOf(rule.target(), rule.feature()), diagnostic.getMessage(), rule.rule());
        }
        // EMF's own structural checks: data = [object, feature?, ...].
        EObject target = null;
        EStructuralFeature feature = null;
        List<?> data = diagnostic.getData();
        if (!data.isEmpty() && data.get(0) instanceof EObject object) {
            target = object;
        }
        if (data.size() > 1 && data.get(1) instanceof EStructuralFeature structuralFeature) {
            feature = structuralFeature;
        }
        String path = target == null ? "/" : ObjectPaths.pathOf(target, feature);
        return new Problem(severity, path, diagnostic.getMessage(), emfCode(diagnostic));
    }

    private static String emfCode(Diagnostic diagnostic) {
        if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            return diagnostic.getSource() + "." + diagnostic.getCode();
        }
        return switch (diagnostic.getCode()) {
            case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS -> "EObject.everyMultiplicityConforms";
            case EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES -> "EObject.everyProxyResolves";
            case EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED -> "EObject.everyReferenceIsContained";
            case EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS -> "EObject.everyDataValueConforms";
            case EObjectValidator.EOBJECT__EVERY_KEY_UNIQUE -> "EObject.everyKeyUnique";
            case EObjectValidator.EOBJECT__UNIQUE_ID -> "EObject.uniqueID";
            default -> "EObject." + diagnostic.getCode();
        };
    }
}
