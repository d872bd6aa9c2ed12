// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.segsense.model.validation.ObjectPaths;
import org.segsense.model.validation.Problem;

/**
 * Validation problems shown on the fields they concern: a field registers the object and feature it edits
 * (the object may change, e.g. the selected axis), and {@link #show} puts an error or warning decoration
 * with the problem's message on each field whose object path ({@link ObjectPaths}) a problem names —
 * the feature's own path, or the object's path for a problem about the object as a whole.
 */
public final class Decorations {

	private record Field(ControlDecoration decoration, Supplier<EObject> owner, EStructuralFeature feature) {
	}

	private final List<Field> fields = new ArrayList<>();

	/** Decorates {@code control} with the problems of {@code feature} of the object {@code owner} gives. */
	public ControlDecoration add(Control control, Supplier<EObject> owner, EStructuralFeature feature) {
		ControlDecoration d = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		d.setMarginWidth(2);
		d.hide();
		control.setData(Ids.DECORATION, d);
		fields.add(new Field(d, owner, feature));
		return d;
	}

	public void show(List<Problem> problems) {
		for (Field f : fields) {
			if (f.decoration().getControl() == null || f.decoration().getControl().isDisposed()) {
				continue;
			}
			EObject owner = f.owner().get();
			List<Problem> mine = owner == null || owner.eResource() == null ? List.of() : problems.stream().filter(p -> concerns(p, owner, f.feature())).toList();
			if (mine.isEmpty()) {
				f.decoration().setDescriptionText(null);
				f.decoration().hide();
				continue;
			}
			boolean error = mine.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
			f.decoration().setImage(FieldDecorationRegistry.getDefault()
					.getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
			f.decoration().setDescriptionText(mine.stream().map(Problem::message).collect(Collectors.joining("\n")));
			f.decoration().show();
		}
	}

	private static boolean concerns(Problem p, EObject owner, EStructuralFeature feature) {
		return p.path().equals(ObjectPaths.pathOf(owner, feature)) || feature != null && p.path().equals(ObjectPaths.pathOf(owner));
	}
}
