// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.segsense.model.Identified;

/** Wording shared by the constraint messages, so that they read alike. */
final class StudyText {

    private StudyText() {
    }

    /** A number as a user writes it: {@code 2} rather than {@code 2.0}, {@code 0.5}, {@code 1.0E-5}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** The kind of an object in words: {@code ModelVariant} becomes "model variant". */
    static String kind(EClass eClass) {
        String name = eClass.getName();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordStart = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(name.charAt(i - 1)) || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
            if (wordStart) {
                words.append(' ');
            }
            words.append(c);
        }
        String text = words.toString();
        // Keep acronyms (e.g. STAPLE) as written; lower-case ordinary words.
        return java.util.Arrays.stream(text.split(" "))
                .map(word -> word.length() > 1 && word.chars().allMatch(Character::isUpperCase) ? word : word.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /** The object named for a message: {@code case "c2"}, or just {@code case} when it has no id. */
    static String named(EObject object) {
        String kind = kind(object.eClass());
        if (object instanceof Identified identified && identified.getId() != null && !identified.getId().isBlank()) {
            return kind + " " + quote(identified.getId());
        }
        return kind;
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }

    /** A list for a message, e.g. {@code "a", "b" and "c"}, shortened after ten entries. */
    static String list(Collection<String> items) {
        java.util.List<String> quoted = items.stream().limit(10).map(StudyText::quote).toList();
        String more = items.size() > 10 ? " and " + (items.size() - 10) + " more" : "";
        if (quoted.isEmpty()) {
            return "(none)";
        }
        if (quoted.size() == 1) {
            return quoted.get(0) + more;
        }
        String head = String.join(", ", quoted.subList(0, quoted.size() - 1));
        return more.isEmpty() ? head + " and " + quoted.get(quoted.size() - 1) : head + ", " + quoted.get(quoted.size() - 1) + more;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
