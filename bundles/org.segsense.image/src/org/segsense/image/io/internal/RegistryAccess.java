// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;

/** Reads format contributions from the Eclipse extension registry; loaded only when the registry is on the class path. */
final class RegistryAccess {

    private RegistryAccess() {
    }

    static <T> List<T> contributions(String pointId, String attribute, Class<T> type) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null || !Platform.isRunning()) {
            return new ArrayList<>();
        }
        return contributions(registry, pointId, attribute, type);
    }

    static <T> List<T> contributions(IExtensionRegistry registry, String pointId, String attribute, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(pointId)) {
            if (!"format".equals(e.getName()) || e.getAttribute(attribute) == null) {
                continue;
            }
            try {
                Object o = e.createExecutableExtension(attribute);
                if (type.isInstance(o)) {
                    result.add(type.cast(o));
                } else {
                    ILog.of(RegistryAccess.class).warn("Image format '" + e.getAttribute("id") + "' of " + e.getContributor().getName()
                            + ": class " + o.getClass().getName() + " is not an " + type.getSimpleName() + "; ignored.");
                }
            } catch (CoreException ex) {
                // A broken contribution must not disable the built-in formats.
                ILog.of(RegistryAccess.class).error("Image format '" + e.getAttribute("id") + "' of " + e.getContributor().getName()
                        + " could not be created; ignored.", ex);
            }
        }
        return result;
    }
}
