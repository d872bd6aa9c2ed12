// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Labelled text fields of the study editor. A field commits its text when the user presses Enter or
 * leaves it (one command per edit, not per keystroke); {@link #commit} turns the text into an EMF
 * {@link SetCommand}, and text that does not parse is put back to the model's value.
 */
public final class Fields {

	private final StudyEditor editor;
	private final FormToolkit toolkit;
	private final Decorations decorations;

	public Fields(StudyEditor editor, FormToolkit toolkit, Decorations decorations) {
		this.editor = editor;
		this.toolkit = toolkit;
		this.decorations = decorations;
	}

	/** A label in the first column of a two-column grid. */
	public Label label(Composite parent, String text, String tooltip) {
		Label l = toolkit.createLabel(parent, text);
		l.setToolTipText(tooltip);
		l.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		return l;
	}

	/**
	 * A text field in the second column, committing through {@code onCommit}.
	 *
	 * @param id the widget id ({@link Ids})
	 */
	public Text text(Composite parent, String id, int style, Consumer<String> onCommit) {
		Text t = toolkit.createText(parent, "", style);
		t.setData(Ids.KEY, id);
		GridData gd = new GridData(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.FILL : SWT.CENTER, true, false);
		gd.horizontalIndent = 8; // room for the decoration
		if ((style & SWT.MULTI) != 0) {
			gd.heightHint = 48;
		}
		t.setLayoutData(gd);
		if ((style & SWT.MULTI) == 0) {
			t.addListener(SWT.DefaultSelection, e -> onCommit.accept(t.getText()));
		}
		t.addListener(SWT.FocusOut, e -> onCommit.accept(t.getText()));
		return t;
	}

	/** A text field bound to an attribute of the object {@code owner} gives, decorated with its problems. */
	public Text attribute(Composite parent, String id, int style, Supplier<EObject> owner, EStructuralFeature feature) {
		Text t = text(parent, id, style, s -> set(owner.get(), feature, s));
		decorations.add(t, owner, feature);
		return t;
	}

	/** Sets {@code feature} from text (empty text clears an optional string); unparsable text is ignored. */
	public void set(EObject owner, EStructuralFeature feature, String text) {
		if (owner == null || !feature.getEContainingClass().isInstance(owner)) {
			return; // e.g. a range field losing focus after the sweep became a list
		}
		Object value;
		try {
			value = parse(feature.getEType().getInstanceClass(), text.trim());
		} catch (NumberFormatException e) {
			editor.validate(); // puts the model's value back
			return;
		}
		if (!Objects.equals(value, owner.eGet(feature))) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), owner, feature, value));
		}
	}

	public static Object parse(Class<?> type, String text) {
		if (type == long.class || type == Long.class) {
			return Long.parseLong(text);
		}
		if (type == int.class || type == Integer.class) {
			return Integer.parseInt(text);
		}
		if (type == double.class || type == Double.class) {
			return Double.parseDouble(text);
		}
		return text.isEmpty() ? null : text;
	}

	/** Shows {@code value} in {@code t} unless the user is typing in it. */
	public static void show(Text t, Object value) {
		String s = value == null ? "" : String.valueOf(value);
		if (!t.isDisposed() && !t.getText().equals(s)) {
			t.setText(s);
		}
	}

	/** @return a number as a person writes it: {@code 2} rather than {@code 2.0} */
	public static String number(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
	}
}
