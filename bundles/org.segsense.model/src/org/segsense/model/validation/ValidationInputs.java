// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Reads what constraints need from outside the model out of the validation context. */
final class ValidationInputs {

    private ValidationInputs() {
    }

    /** The project directory from the context, else the directory of the object's file resource, else {@code null}. */
    static Path projectDirectory(EObject object, Map<Object, Object> context) {
        Object given = context == null ? null : context.get(StudyValidation.PROJECT_DIRECTORY);
        if (given instanceof Path path) {
            return path;
        }
        if (given instanceof String text) {
            return Path.of(text);
        }
        Resource resource = object.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri != null && uri.isFile()) {
            try {
                Path file = Path.of(uri.toFileString()).toAbsolutePath();
                return file.getParent();
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    /** The perturbation catalog from the context, or {@code null} when the caller gave none. */
    static ParameterCatalog catalog(Map<Object, Object> context) {
        Object catalog = context == null ? null : context.get(ParameterCatalog.class);
        return catalog instanceof ParameterCatalog parameterCatalog ? parameterCatalog : null;
    }
}
