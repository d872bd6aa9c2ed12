// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segsense.model.Identified;
import org.segsense.model.ImageChannel;
import org.segsense.model.LabelDefinition;

/**
 * Readable, stable paths to objects of a study, for messages and scripts.
 *
 * <p>A path starts at the root with its class name in lower camel case and walks the containment features:
 * {@code /study[id=s1]/cases[id=c2]/labelImage}. An element of a list is keyed by its id (or a channel by
 * {@code name}, a label by {@code value}, an environment entry by {@code key}) when that key is file-name safe
 * and unique in the list, else by its position from 0, e.g. {@code /study[id=s1]/cases[3]}. A path may end in
 * an attribute or reference name when a problem is about that feature.
 */
public final class ObjectPaths {

    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._-]+");

    private ObjectPaths() {
    }

    /** The path of {@code object} within its containment tree. */
    public static String pathOf(EObject object) {
        StringBuilder path = new StringBuilder();
        for (EObject current = object; current != null; current = current.eContainer()) {
            path.insert(0, "/" + segment(current));
        }
        return path.toString();
    }

    /** The path of a feature of {@code object}, e.g. {@code /study[id=s1]/modelVariants[id=m1]/tileOverlap}. */
    public static String pathOf(EObject object, EStructuralFeature feature) {
        return feature == null ? pathOf(object) : pathOf(object) + "/" + feature.getName();
    }

    private static String segment(EObject object) {
        EReference containment = object.eContainmentFeature();
        if (containment == null) {
            String className = object.eClass().getName();
            String root = Character.toLowerCase(className.charAt(0)) + className.substring(1);
            String id = object instanceof Identified identified ? identified.getId() : null;
            return id != null && SAFE_KEY.matcher(id).matches() ? root + "[id=" + id + "]" : root;
        }
        if (!containment.isMany()) {
            return containment.getName();
        }
        @SuppressWarnings("unchecked")
        List<EObject> siblings = (List<EObject>) object.eContainer().eGet(containment, false);
        String keyName = keyName(object);
        String key = keyName == null ? null : key(object);
        if (key != null && SAFE_KEY.matcher(key).matches()
                && siblings.stream().filter(sibling -> key.equals(key(sibling))).count() == 1) {
            return containment.getName() + "[" + keyName + "=" + key + "]";
        }
        return containment.getName() + "[" + siblings.indexOf(object) + "]";
    }

    private static String keyName(EObject object) {
        if (object instanceof Identified) {
            return "id";
        } else if (object instanceof ImageChannel) {
            return "name";
        } else if (object instanceof LabelDefinition) {
            return "value";
        } else if (object instanceof java.util.Map.Entry<?, ?>) {
            return "key";
        }
        return null;
    }

    private static String key(EObject object) {
        if (object instanceof Identified identified) {
            return identified.getId();
        } else if (object instanceof ImageChannel channel) {
            return channel.getName();
        } else if (object instanceof LabelDefinition label) {
            return Integer.toString(label.getValue());
        } else if (object instanceof java.util.Map.Entry<?, ?> entry) {
            return entry.getKey() == null ? null : entry.getKey().toString();
        }
        return null;
    }
}
